package routes.webhook;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.TaskKind;
import routes.model.WebhookEvent;
import routes.queue.Priority;
import routes.store.JobEndStep;

/**
 * A job that names a webhook gets, in the transaction that ends it, a task of kind webhook that
 * delivers the end: from that commit on it is as durable as any task of the frontier (outbox,
 * leases, retries, dead letter). It runs after the job's changes are recorded (that step is
 * first), so it knows whether a webhook that wants only job.changes has anything to be told. A job
 * that ends again (run again after a replay) queues the same task again, to deliver that end.
 */
@Component
@Order(2)
public class WebhookEndStep implements JobEndStep {

    private final JdbcTemplate jdbc;

    public WebhookEndStep(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CrawlTask> jobEnded(long jobId, JobStatus status) {
        // not counted in task_count: a webhook spends nothing of the job's page budget
        return jdbc.query("""
                WITH queued AS (
                    INSERT INTO crawl_task (job_id, kind, url)
                    SELECT id, ?, webhook_url FROM crawl_job WHERE id = ? AND webhook_url IS NOT NULL
                      -- a webhook that only wants changes is told nothing when there are none
                      AND (? = ANY(webhook_events) OR EXISTS (SELECT 1 FROM job_change c WHERE c.job_id = crawl_job.id))
                    ON CONFLICT (job_id, kind, url) DO UPDATE SET status = 'QUEUED', error = NULL, finished_at = NULL
                    RETURNING id, url)
                SELECT queued.id, queued.url, j.priority FROM queued, crawl_job j WHERE j.id = ?
                """, (rs, row) -> new CrawlTask(rs.getLong("id"), jobId, TaskKind.WEBHOOK, rs.getString("url"),
                Priority.of(rs.getString("priority")), null, Map.of(), null),
                TaskKind.WEBHOOK.label(), jobId, WebhookEvent.JOB_ENDED.label(), jobId);
    }
}
