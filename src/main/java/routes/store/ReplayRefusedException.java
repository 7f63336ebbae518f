package routes.store;

/** A dead letter that cannot be replayed as asked: already replayed, or its job was cancelled. */
public class ReplayRefusedException extends RuntimeException {

    public ReplayRefusedException(String message) {
        super(message);
    }
}
