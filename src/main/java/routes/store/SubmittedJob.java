package routes.store;

import java.util.List;

/**
 * The outcome of a submission: the job, the tasks to put on the queue, and whether the job
 * already existed under the same Idempotency-Key.
 */
public record SubmittedJob(JobView job, List<CrawlTask> tasksToQueue, boolean replayed) {
}
