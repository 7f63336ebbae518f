package routes.fetch;

import java.time.Duration;

/**
 * The host may not be sent to for a while (its politeness limits, or its circuit breaker open):
 * the task hands itself back to the queue for that long instead of holding a worker meanwhile.
 * Not a failure of the task: it is neither retried nor dead-lettered.
 */
public class HostNotReadyException extends RuntimeException {

    private final String host;
    private final Duration wait;

    public HostNotReadyException(String host, Duration wait, String reason) {
        super(host + " not ready for " + wait.toMillis() + " ms: " + reason, null, false, false);
        this.host = host;
        this.wait = wait;
    }

    public String host() {
        return host;
    }

    public long getWaitMillis() {
        return wait.toMillis();
    }

    /** The wait of the HostNotReadyException in this failure's cause chain (Camel wraps what a bean expression throws). */
    public static long waitMillisOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HostNotReadyException notReady) {
                return notReady.getWaitMillis();
            }
        }
        throw new IllegalArgumentException("no HostNotReadyException in " + failure, failure);
    }
}
