package routes.fetch;

/** A page could not be fetched; subclasses say whether trying again can help. */
public abstract class FetchException extends RuntimeException {

    private final String url;

    protected FetchException(String url, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
