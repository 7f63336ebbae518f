package routes.fetch;

import java.time.Duration;

/** A failure that may pass (timeout, reset, 429, 5xx): worth retrying, after {@link #retryAfter()} if the site said. */
public class TransientFetchException extends FetchException {

    private final Duration retryAfter;

    public TransientFetchException(String url, String message, Duration retryAfter, Throwable cause) {
        super(url, message, cause);
        this.retryAfter = retryAfter;
    }

    /** The site's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
