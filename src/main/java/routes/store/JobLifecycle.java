package routes.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.TaskKind;
import routes.model.TaskOffer;

/**
 * The one place a job's status changes: QUEUED → DISCOVERING → RUNNING → DONE, FAILED or
 * CANCELLED, and back to RUNNING when its dead letters are replayed. Every move is conditional on
 * the status it leaves, so concurrent workers cannot move a job twice, and each move that happens
 * records its {@code job_status} event in the same transaction. A job's end also runs every
 * {@link JobEndStep} in that transaction, before its status event: the end is the last thing a
 * job's history says (its event stream closes on it).
 */
@Component
public class JobLifecycle {

    static final String STATUS_EVENT = "job_status";
    private static final Set<JobStatus> ENDED_BY_TASKS = Set.of(JobStatus.DONE, JobStatus.FAILED);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JobEvents events;
    private final TaskOutbox outbox;
    private final List<JobEndStep> endSteps;

    public JobLifecycle(JdbcTemplate jdbc, TransactionTemplate tx, JobEvents events, TaskOutbox outbox,
                        List<JobEndStep> endSteps) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.outbox = outbox;
        this.endSteps = List.copyOf(endSteps);
    }

    /** A job just inserted (QUEUED by the table's default) says so first in its history. */
    void created(long jobId) {
        events.record(jobId, STATUS_EVENT, Map.of("status", JobStatus.QUEUED));
    }

    /** The job's first task to run moves it out of QUEUED: discovery first, or straight to running. */
    void started(long jobId, TaskKind firstKind) {
        JobStatus next = firstKind == TaskKind.DISCOVER ? JobStatus.DISCOVERING : JobStatus.RUNNING;
        tx.executeWithoutResult(t -> move(jobId, Set.of(JobStatus.QUEUED), next, ", started_at = now()"));
    }

    /** Discovery has queued the job's listing and product tasks; called inside its transaction. */
    void discovered(long jobId) {
        move(jobId, Set.of(JobStatus.DISCOVERING), JobStatus.RUNNING, "");
    }

    /**
     * Cancels an active job and its queued tasks, inside the cancelling transaction; returns what
     * the job's end steps queued, or null if the job was not active.
     */
    TaskOffer cancelled(long jobId) {
        if (!transition(jobId, JobStatus.ACTIVE, JobStatus.CANCELLED, ", finished_at = now()")) {
            return null;
        }
        jdbc.update("UPDATE crawl_task SET status = 'CANCELLED', finished_at = now() WHERE job_id = ? AND status = 'QUEUED'",
                jobId);
        return end(jobId, JobStatus.CANCELLED);
    }

    /**
     * A job that ended by its tasks runs again (its dead letters were replayed); inside that
     * transaction. What its end found changed is forgotten: its next end compares afresh.
     */
    void reopened(long jobId) {
        if (move(jobId, ENDED_BY_TASKS, JobStatus.RUNNING, ", finished_at = NULL, error = NULL, compared_with_job_id = NULL")) {
            jdbc.update("DELETE FROM job_change WHERE job_id = ?", jobId);
        }
    }

    /**
     * Ends the job if no task of it is left: called after every task's own transaction has
     * committed, so whichever task finishes last is sure to see all the others finished (no timer,
     * no polling guess). A job whose first task (the one it was submitted with) failed ends FAILED,
     * and so does a full-site job that found no product page at all: zero products is a failure to
     * say, not a DONE to trust. Returns what the job's end steps queued (nothing, mostly).
     */
    public TaskOffer endIfFinished(long jobId) {
        // one read per task; only the last one opens a transaction. A webhook still waiting from an
        // earlier end (the job runs again after a replay) is no work of the job: the end offers it again.
        Boolean finished = jdbc.queryForObject("""
                SELECT j.status = ANY(?) AND NOT EXISTS (SELECT 1 FROM crawl_task t WHERE t.job_id = j.id AND t.status = 'QUEUED'
                                                         AND t.kind <> 'webhook')
                FROM crawl_job j WHERE j.id = ?
                """, Boolean.class, names(JobStatus.ACTIVE), jobId);
        if (!Boolean.TRUE.equals(finished)) {
            return TaskOffer.none();
        }
        return tx.execute(t -> {
            List<String> ended = jdbc.queryForList("""
                    WITH outcome AS (
                        SELECT CASE WHEN root.status = 'FAILED' THEN coalesce(root.error, 'its first task failed')
                                    -- (unless its page budget ran out before a product page was reached)
                                    WHEN j.type = 'full_site' AND j.task_count < j.max_pages AND NOT EXISTS (
                                        SELECT 1 FROM crawl_task p WHERE p.job_id = j.id AND p.kind = 'product')
                                    THEN 'no product found: ' || (SELECT count(*) FROM crawl_task l WHERE l.job_id = j.id AND l.kind = 'listing')
                                         || ' possible category pages from the navigation and sitemaps (profile '
                                         || coalesce(j.profile, 'none') || ') link to no product page'
                               END AS failure
                        FROM crawl_job j, (SELECT status, error FROM crawl_task WHERE job_id = ? ORDER BY id LIMIT 1) root
                        WHERE j.id = ?),
                    ended AS (
                        UPDATE crawl_job j SET
                            status = CASE WHEN outcome.failure IS NULL THEN ? ELSE ? END,
                            error = outcome.failure,
                            finished_at = now()
                        FROM outcome
                        WHERE j.id = ? AND j.status = ANY(?)
                          AND NOT EXISTS (SELECT 1 FROM crawl_task t WHERE t.job_id = j.id AND t.status = 'QUEUED'
                                          AND t.kind <> 'webhook')
                        RETURNING j.status)
                    SELECT status FROM ended
                    """, String.class, jobId, jobId, JobStatus.DONE.name(), JobStatus.FAILED.name(), jobId,
                    names(JobStatus.ACTIVE));
            return ended.isEmpty() ? TaskOffer.none() : end(jobId, JobStatus.valueOf(ended.get(0)));
        });
    }

    /** The job has just ended: its end steps, then its status event, last in its history. */
    private TaskOffer end(long jobId, JobStatus status) {
        List<CrawlTask> queued = new ArrayList<>();
        for (JobEndStep step : endSteps) {
            queued.addAll(step.jobEnded(jobId, status));
        }
        events.record(jobId, STATUS_EVENT, Map.of("status", status));
        return outbox.record(queued);
    }

    /** The statuses as the crawl_job.status column holds them, for {@code status = ANY(?)}. */
    static String[] names(Set<JobStatus> statuses) {
        return statuses.stream().map(JobStatus::name).toArray(String[]::new);
    }

    private boolean move(long jobId, Set<JobStatus> from, JobStatus to, String alsoSet) {
        boolean moved = transition(jobId, from, to, alsoSet);
        if (moved) {
            events.record(jobId, STATUS_EVENT, Map.of("status", to));
        }
        return moved;
    }

    /** The status change alone, conditional on the status it leaves; says whether it happened. */
    private boolean transition(long jobId, Set<JobStatus> from, JobStatus to, String alsoSet) {
        return jdbc.update("UPDATE crawl_job SET status = ?" + alsoSet + " WHERE id = ? AND status = ANY(?)",
                to.name(), jobId, names(from)) == 1;
    }
}
