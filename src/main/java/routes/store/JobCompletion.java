package routes.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends a job when its last task has finished. Called after every task's own transaction has
 * committed, so whichever task finishes last is sure to see all the others finished: no timer,
 * no polling guess. A job whose first task (the one it was submitted with) failed ends FAILED.
 */
@Component
public class JobCompletion {

    private final JdbcTemplate jdbc;

    public JobCompletion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void check(long jobId) {
        jdbc.update("""
                WITH ended AS (
                UPDATE crawl_job j SET
                    status = CASE WHEN root.status = 'FAILED' THEN 'FAILED' ELSE 'DONE' END,
                    error = CASE WHEN root.status = 'FAILED' THEN root.error END,
                    finished_at = now()
                FROM (SELECT status, error FROM crawl_task WHERE job_id = ? ORDER BY id LIMIT 1) root
                WHERE j.id = ? AND j.status IN ('QUEUED', 'DISCOVERING', 'RUNNING')
                  AND NOT EXISTS (SELECT 1 FROM crawl_task t WHERE t.job_id = j.id AND t.status = 'QUEUED')
                RETURNING j.id, j.status)
                INSERT INTO job_event (job_id, type, data)
                SELECT id, 'job_status', jsonb_build_object('status', status) FROM ended
                """, jobId, jobId);
    }
}
