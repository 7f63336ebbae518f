package routes.queue;

import java.time.Duration;
import java.util.List;

/**
 * What one claim leased, and when the next lane that waits (on its politeness moment or its
 * capacity) may be claimed from: {@code null} when no lane waits.
 */
public record Claim(List<LeasedMessage> leased, Duration nextLaneReadyIn) {
}
