package routes.store;

import java.time.Instant;

/**
 * A validated schedule, ready to be stored.
 *
 * @param jobRequest the job's options as a POST /api/jobs body (JSON), parsed again at every fire
 * @param site       scheme://host[:port] of the job's url
 * @param cron       5-field cron or macro, or null for an interval schedule
 * @param intervalSeconds the interval, or null for a cron schedule
 */
public record NewSchedule(String name, String jobRequest, String site, String cron, String timeZone,
                          Long intervalSeconds, Instant nextFireAt) {
}
