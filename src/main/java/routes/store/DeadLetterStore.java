package routes.store;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Tasks that failed for good, with their error, kept for inspection and replay. */
@Component
public class DeadLetterStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JobEvents events;

    public DeadLetterStore(JdbcTemplate jdbc, TransactionTemplate tx, JobEvents events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    /**
     * Parks the task and finishes it as FAILED; a task already finished is left alone.
     *
     * @param retries how many retries were made before giving up (null: none)
     */
    public void record(CrawlTask task, Throwable failure, Integer retries) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        int attempts = 1 + (retries == null ? 0 : retries);
        tx.executeWithoutResult(status -> {
            int failed = jdbc.update("""
                    UPDATE crawl_task SET status = 'FAILED', error = ?, finished_at = now()
                    WHERE id = ? AND status = 'QUEUED'
                    """, error, task.id());
            if (failed == 1) {
                jdbc.update("INSERT INTO dead_letter (job_id, task_id, kind, url, error, attempts) VALUES (?, ?, ?, ?, ?, ?)",
                        task.jobId(), task.id(), task.kind().label(), task.url(), error, attempts);
                events.record(task.jobId(), "task_failed", Map.of("kind", task.kind(), "url", task.url(),
                        "error", error, "attempts", attempts));
            }
        });
    }
}
