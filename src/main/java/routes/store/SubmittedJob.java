package routes.store;

import routes.model.TaskOffer;

/**
 * The outcome of a submission: the job, the tasks to put on the queue (with their outbox row), and whether the job
 * already existed under the same Idempotency-Key.
 */
public record SubmittedJob(JobView job, TaskOffer offer, boolean replayed) {
}
