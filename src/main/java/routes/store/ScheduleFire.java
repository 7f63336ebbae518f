package routes.store;

import java.time.Instant;
import routes.model.JobStatus;

/**
 * One fire time of a schedule and what came of it.
 *
 * @param outcome   started (jobId: the job it started), skipped_running (jobId: the site's job
 *                  still active) or refused (error: why the stored job request no longer passes)
 * @param jobStatus the status of that job now, or null when it was deleted
 */
public record ScheduleFire(Instant fireTime, String outcome, Long jobId, JobStatus jobStatus, String error,
                           Instant firedAt) {

    public static final String STARTED = "started";
    public static final String SKIPPED_RUNNING = "skipped_running";
    public static final String REFUSED = "refused";
}
