package routes.fetch;

/** A failure that retrying cannot fix (404, a refused host, an oversized body, a redirect loop). */
public class PermanentFetchException extends FetchException {

    public PermanentFetchException(String url, String message) {
        super(url, message, null);
    }
}
