package routes.store;

import java.time.Instant;

/** A task parked after its last attempt. */
public record DeadLetterView(long id, long jobId, long taskId, String kind, String url, String error,
                             int attempts, Instant createdAt) {
}
