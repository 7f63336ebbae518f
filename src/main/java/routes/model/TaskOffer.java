package routes.model;

import java.util.List;

/**
 * Tasks just committed to the frontier and still to be put on the queue, with the outbox row that
 * vouches for them until Redis has them ({@code outboxId} 0: nothing to offer, no row).
 */
public record TaskOffer(long outboxId, List<CrawlTask> tasks) {

    public static TaskOffer none() {
        return new TaskOffer(0, List.of());
    }
}
