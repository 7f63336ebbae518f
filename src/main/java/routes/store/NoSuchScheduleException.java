package routes.store;

/** The API was asked about a schedule that does not exist (or was deleted). */
public class NoSuchScheduleException extends RuntimeException {

    public NoSuchScheduleException(long id) {
        super("no schedule with id " + id);
    }
}
