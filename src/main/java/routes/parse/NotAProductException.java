package routes.parse;

/** The page has neither a product title nor a price: nothing to store, and retrying will not change that. */
public class NotAProductException extends RuntimeException {

    public NotAProductException(String url) {
        super("no product found at " + url + " (no title or price in JSON-LD, microdata, OpenGraph or selectors)");
    }
}
