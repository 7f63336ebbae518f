package routes.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.WebhookEvent;
import routes.store.JobStore;
import routes.store.NoSuchJobException;
import routes.store.PageOf;

/** Webhook tasks' state in PostgreSQL: what is left to deliver, and the log of every attempt (webhook_delivery). */
@Component
public class WebhookDeliveries {

    private static final Set<String> ENDED = Set.of(JobStatus.DONE.name(), JobStatus.FAILED.name(), JobStatus.CANCELLED.name());

    private final JdbcTemplate jdbc;
    private final JobStore jobs;

    public WebhookDeliveries(JdbcTemplate jdbc, JobStore jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /**
     * What the task still has to deliver, read afresh on every attempt: null once it is not queued
     * any more, or while its job runs again (its next end offers the task again). An event already
     * answered 2xx for this end (the worker stopped before it could finish the task) is not sent
     * again, so the events left may be none.
     */
    public PendingDelivery pending(CrawlTask task) {
        List<Waiting> found = jdbc.query("""
                SELECT j.status, j.webhook_secret, j.webhook_events,
                       (SELECT count(*) FROM job_event e WHERE e.job_id = j.id AND e.type = 'job_status'
                            AND e.data ->> 'status' = ANY(?)) AS ends,
                       EXISTS (SELECT 1 FROM job_change c WHERE c.job_id = j.id) AS changed
                FROM crawl_task t JOIN crawl_job j ON j.id = t.job_id
                WHERE t.id = ? AND t.status = 'QUEUED'
                """, (rs, row) -> waiting(rs), ENDED.toArray(String[]::new), task.id());
        if (found.isEmpty() || found.get(0).status().isActive()) {
            return null;
        }
        Waiting waiting = found.get(0);
        PendingDelivery all = new PendingDelivery(task, jobs.get(task.jobId()), waiting.secret(), waiting.events(), waiting.ends());
        List<WebhookEvent> unanswered = all.events().stream().filter(event -> !answered(task.id(), all.deliveryId(event))).toList();
        return new PendingDelivery(task, all.job(), all.secret(), unanswered, all.end());
    }

    /** The events the job's webhook wants, in their order: job.changes only when the job found some. */
    private static Waiting waiting(ResultSet rs) throws SQLException {
        boolean changed = rs.getBoolean("changed");
        List<WebhookEvent> events = Arrays.stream((String[]) rs.getArray("webhook_events").getArray())
                .map(label -> WebhookEvent.fromLabel(label).orElseThrow())
                .filter(event -> event != WebhookEvent.JOB_CHANGES || changed)
                .sorted().toList();
        return new Waiting(JobStatus.valueOf(rs.getString("status")), rs.getString("webhook_secret"), events, rs.getInt("ends"));
    }

    /** A webhook task's row and its job's, as read. */
    private record Waiting(JobStatus status, String secret, List<WebhookEvent> events, int ends) {
    }

    private boolean answered(long taskId, String deliveryId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM webhook_delivery WHERE task_id = ? AND delivery_id = ?
                               AND status_code BETWEEN 200 AND 299)
                """, Boolean.class, taskId, deliveryId));
    }

    /** Logs one attempt; its number counts every earlier attempt of the same delivery, by any worker. */
    void logAttempt(PendingDelivery delivery, WebhookEvent event, Integer statusCode, String error, long durationMs) {
        String deliveryId = delivery.deliveryId(event);
        jdbc.update("""
                INSERT INTO webhook_delivery (job_id, task_id, attempt, event, delivery_id, status_code, error, duration_ms)
                SELECT ?, ?, coalesce(max(attempt), 0) + 1, ?, ?, ?, ?, ?
                FROM webhook_delivery WHERE task_id = ? AND delivery_id = ?
                """, delivery.job().id(), delivery.task().id(), event.label(), deliveryId, statusCode, error, durationMs,
                delivery.task().id(), deliveryId);
    }

    /** Every event of the task was answered 2xx. */
    public void delivered(CrawlTask task) {
        jdbc.update("UPDATE crawl_task SET status = 'DONE', finished_at = now() WHERE id = ? AND status = 'QUEUED'", task.id());
    }

    /** The job's delivery attempts, oldest first. */
    public PageOf<WebhookAttempt> attempts(long jobId, int page, int size) {
        Long total = jdbc.queryForObject("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM crawl_job WHERE id = ?)
                            THEN (SELECT count(*) FROM webhook_delivery WHERE job_id = ?) END
                """, Long.class, jobId, jobId);
        if (total == null) {
            throw new NoSuchJobException(jobId);
        }
        List<WebhookAttempt> items = jdbc.query("""
                SELECT * FROM webhook_delivery WHERE job_id = ? ORDER BY id LIMIT ? OFFSET ?
                """, (rs, row) -> new WebhookAttempt(rs.getLong("id"), rs.getLong("task_id"), rs.getInt("attempt"),
                rs.getString("event"), rs.getString("delivery_id"), (Integer) rs.getObject("status_code", Integer.class),
                rs.getString("error"), rs.getLong("duration_ms"), rs.getTimestamp("attempted_at").toInstant()),
                jobId, size, (long) page * size);
        return new PageOf<>(items, page, size, total);
    }
}
