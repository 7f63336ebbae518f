package routes.queue;

/**
 * How the queue serves each lane (each host): at most {@code capacity} of its tasks leased at once,
 * and claims from it spaced to {@code claimsPerSecond} (0 means no limit for either), each claimed
 * up to {@code claimAheadMillis} before its moment, so that it is at its host on time.
 */
public record LanePolicy(int capacity, double claimsPerSecond, long claimAheadMillis) {

    public static final LanePolicy UNLIMITED = new LanePolicy(0, 0, 0);

    public LanePolicy(int capacity, double claimsPerSecond) {
        this(capacity, claimsPerSecond, 0);
    }

    public LanePolicy {
        if (capacity < 0 || claimsPerSecond < 0 || claimAheadMillis < 0) {
            throw new IllegalArgumentException("lane capacity, rate and claim-ahead must not be negative");
        }
    }

    /** Milliseconds between two claims from one lane (0: no spacing). */
    double spacingMillis() {
        return claimsPerSecond > 0 ? 1000 / claimsPerSecond : 0;
    }
}
