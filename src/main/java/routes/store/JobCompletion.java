package routes.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends a job when its last task has finished. Called after every task's own transaction has
 * committed, so whichever task finishes last is sure to see all the others finished: no timer,
 * no polling guess. A job whose first task (the one it was submitted with) failed ends FAILED, and
 * so does a full-site job that found no product page at all: zero products is a failure to say,
 * not a DONE to trust.
 */
@Component
public class JobCompletion {

    private final JdbcTemplate jdbc;
    private final JobEvents events;

    public JobCompletion(JdbcTemplate jdbc, JobEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void check(long jobId) {
        int ended = jdbc.update("""
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
                        status = CASE WHEN outcome.failure IS NULL THEN 'DONE' ELSE 'FAILED' END,
                        error = outcome.failure,
                        finished_at = now()
                    FROM outcome
                    WHERE j.id = ? AND j.status IN ('QUEUED', 'DISCOVERING', 'RUNNING')
                      AND NOT EXISTS (SELECT 1 FROM crawl_task t WHERE t.job_id = j.id AND t.status = 'QUEUED')
                    RETURNING j.id, j.status)
                INSERT INTO job_event (job_id, type, data)
                SELECT id, 'job_status', jsonb_build_object('status', status) FROM ended
                """, jobId, jobId, jobId);
        if (ended > 0) {
            events.announceWhenCommitted(jobId);
        }
    }
}
