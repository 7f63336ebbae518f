package routes.fetch;

/**
 * The URL's host has no address. Retried briefly (a resolver's hiccup passes in seconds), not with
 * the long backoff of a site that answered badly: a name that does not resolve usually never will.
 */
public class UnresolvedHostException extends TransientFetchException {

    public UnresolvedHostException(String url, String host, Throwable cause) {
        super(url, "cannot resolve host " + host, null, cause);
    }
}
