package routes.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import routes.store.ScheduleFire;

/**
 * A schedule as the API shows it.
 *
 * @param interval      ISO-8601 (PT6H), or null for a cron schedule
 * @param job           the job's options, as a POST /api/jobs body
 * @param nextFireTimes the next five fire times (none while paused)
 * @param fires         its latest fires, newest first, with the jobs they started or were skipped for
 *                      (on GET /api/schedules/{id} only)
 */
public record ScheduleView(long id, String name, String cron, String timeZone, String interval, JsonNode job,
                           String site, boolean paused, Instant nextFireAt, List<Instant> nextFireTimes,
                           Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<ScheduleFire> fires) {
}
