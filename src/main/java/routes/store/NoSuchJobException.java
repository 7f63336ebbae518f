package routes.store;

/** The API was asked about a job that does not exist. */
public class NoSuchJobException extends RuntimeException {

    public NoSuchJobException(long id) {
        super("no job with id " + id);
    }
}
