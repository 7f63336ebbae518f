package routes.store;

/** A job submission as it reaches the store: the job, and what makes a resubmission recognisable. */
public record Submission(NewJob job, String idempotencyKey, String requestHash) {
}
