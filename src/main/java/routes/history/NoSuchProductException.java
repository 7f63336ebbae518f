package routes.history;

/** The API was asked about a product that does not exist. */
public class NoSuchProductException extends RuntimeException {

    public NoSuchProductException(long id) {
        super("no product with id " + id);
    }
}
