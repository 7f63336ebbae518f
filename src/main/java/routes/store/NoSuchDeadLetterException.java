package routes.store;

/** The API was asked about a dead letter that does not exist. */
public class NoSuchDeadLetterException extends RuntimeException {

    public NoSuchDeadLetterException(long id) {
        super("no dead letter with id " + id);
    }
}
