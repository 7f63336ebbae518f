package routes.store;

import java.time.Instant;

/** A task parked after its last attempt; replayedAt is set once it was sent back to work. */
public record DeadLetterView(long id, long jobId, long taskId, String kind, String url, String error,
                             int attempts, Instant createdAt, Instant replayedAt) {
}
