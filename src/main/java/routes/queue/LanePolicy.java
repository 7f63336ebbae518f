package routes.queue;

/**
 * How the queue serves each lane (each host): at most {@code capacity} of its tasks leased at once,
 * and claims from it spaced to {@code claimsPerSecond}. 0 means no limit for either.
 */
public record LanePolicy(int capacity, double claimsPerSecond) {

    public static final LanePolicy UNLIMITED = new LanePolicy(0, 0);

    public LanePolicy {
        if (capacity < 0 || claimsPerSecond < 0) {
            throw new IllegalArgumentException("lane capacity and rate must not be negative");
        }
    }

    /** Milliseconds between two claims from one lane (0: no spacing). */
    double spacingMillis() {
        return claimsPerSecond > 0 ? 1000 / claimsPerSecond : 0;
    }
}
