package routes.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends a job when its last task has finished. Called after every task's own transaction has
 * committed, so whichever task finishes last is sure to see all the others finished: no timer,
 * no polling guess. A job whose first task (the one it was submitted with) failed ends FAILED, and
 * so does a full-site job that found no product page at all: zero products is a failure to say,
 * not a DONE to trust. When only deferred tasks are left (product pages that only a sitemap
 * linked), they are queued instead.
 */
@Component
public class JobCompletion {

    private final JdbcTemplate jdbc;
    private final FrontierStore frontier;

    public JobCompletion(JdbcTemplate jdbc, FrontierStore frontier) {
        this.jdbc = jdbc;
        this.frontier = frontier;
    }

    /** @return the deferred tasks queued now, for the route to enqueue (usually none) */
    public List<CrawlTask> check(long jobId) {
        // One statement: the end sees the snapshot from before the release, so a job with deferred
        // tasks left is never ended by the same call that queues them.
        Long[] released = jdbc.queryForList("""
                WITH released AS (
                    UPDATE crawl_task t SET status = 'QUEUED' FROM crawl_job j
                    WHERE t.job_id = ? AND t.status = 'DEFERRED' AND j.id = t.job_id AND j.status IN ('DISCOVERING', 'RUNNING')
                      AND NOT EXISTS (SELECT 1 FROM crawl_task q WHERE q.job_id = t.job_id AND q.status = 'QUEUED')
                    RETURNING t.id),
                outcome AS (
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
                      AND NOT EXISTS (SELECT 1 FROM crawl_task t WHERE t.job_id = j.id AND t.status IN ('QUEUED', 'DEFERRED'))
                    RETURNING j.id, j.status),
                event AS (
                    INSERT INTO job_event (job_id, type, data)
                    SELECT id, 'job_status', jsonb_build_object('status', status) FROM ended)
                SELECT id FROM released
                """, Long.class, jobId, jobId, jobId, jobId).toArray(Long[]::new);
        return released.length == 0 ? List.of() : frontier.queuedTasksIn(released);
    }
}
