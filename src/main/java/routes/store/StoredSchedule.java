package routes.store;

import java.time.Instant;

/** A schedule as stored: its job request (JSON text) and when it fires. */
public record StoredSchedule(long id, String name, String jobRequest, String site, String cron, String timeZone,
                             Long intervalSeconds, boolean paused, Instant nextFireAt, Instant createdAt) {
}
