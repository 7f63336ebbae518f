package routes.store;

/** An Idempotency-Key was reused for a different request: answering with the old job would hide the new one. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String key, long jobId) {
        super("Idempotency-Key '" + key + "' was already used for a different request (job " + jobId + ")");
    }
}
