package routes.store;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.TaskKind;
import routes.model.TaskOffer;

/** Tasks that failed for good, with their error, kept for inspection and replay. */
@Component
public class DeadLetterStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JobEvents events;
    private final JobLifecycle lifecycle;
    private final FrontierStore frontier;

    public DeadLetterStore(JdbcTemplate jdbc, TransactionTemplate tx, JobEvents events, JobLifecycle lifecycle,
                           FrontierStore frontier) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.lifecycle = lifecycle;
        this.frontier = frontier;
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

    /** Dead letters of every job not replayed yet. */
    public long waiting() {
        return jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE replayed_at IS NULL", Long.class);
    }

    /**
     * Replays one dead letter: its task goes back to the frontier and its job, if it had ended, runs
     * again. A webhook's dead letter only sends the delivery again: the job stays as it ended (a
     * cancelled one included).
     */
    public ReplayResult replay(long deadLetterId) {
        return tx.execute(status -> {
            List<Map<String, Object>> found = jdbc.queryForList("""
                    SELECT d.replayed_at, d.kind, j.status FROM dead_letter d JOIN crawl_job j ON j.id = d.job_id
                    WHERE d.id = ? FOR NO KEY UPDATE OF j
                    """, deadLetterId);
            if (found.isEmpty()) {
                throw new NoSuchDeadLetterException(deadLetterId);
            }
            if (found.get(0).get("replayed_at") != null) {
                throw new ReplayRefusedException("dead letter " + deadLetterId + " was already replayed");
            }
            if (!TaskKind.WEBHOOK.label().equals(found.get(0).get("kind"))) {
                refuseIfCancelled(String.valueOf(found.get(0).get("status")));
            }
            return replayWhere("d.id = ?", deadLetterId);
        });
    }

    /** Replays every dead letter of the job not replayed yet; of a cancelled job, only its webhook's. */
    public ReplayResult replayJob(long jobId) {
        return tx.execute(status -> {
            List<String> job = jdbc.queryForList("SELECT status FROM crawl_job WHERE id = ? FOR NO KEY UPDATE", String.class, jobId);
            if (job.isEmpty()) {
                throw new NoSuchJobException(jobId);
            }
            // a cancelled job's crawl stays cancelled, but its webhook may still be told
            boolean cancelled = JobStatus.valueOf(job.get(0)) == JobStatus.CANCELLED;
            ReplayResult replayed = replayWhere(cancelled ? "d.job_id = ? AND d.kind = 'webhook'" : "d.job_id = ?", jobId);
            if (cancelled && replayed.replayed() == 0) {
                refuseIfCancelled(job.get(0));
            }
            return replayed;
        });
    }

    /** Called with the job row locked, so the job cannot end or grow while its tasks are reopened. */
    private ReplayResult replayWhere(String condition, long value) {
        List<Map<String, Object>> letters = jdbc.queryForList("""
                UPDATE dead_letter d SET replayed_at = now() WHERE %s AND d.replayed_at IS NULL
                RETURNING d.task_id, d.job_id, d.kind
                """.formatted(condition), value);
        if (letters.isEmpty()) {
            return new ReplayResult(0, TaskOffer.none());
        }
        Long[] taskIds = letters.stream().map(l -> ((Number) l.get("task_id")).longValue()).toArray(Long[]::new);
        long jobId = ((Number) letters.get(0).get("job_id")).longValue();
        jdbc.update("UPDATE crawl_task SET status = 'QUEUED', error = NULL, finished_at = NULL WHERE id = ANY(?) AND status = 'FAILED'",
                (Object) taskIds);
        // a webhook announces the job's end: sending it again is no reason to reopen the job
        if (letters.stream().anyMatch(l -> !TaskKind.WEBHOOK.label().equals(l.get("kind")))) {
            lifecycle.reopened(jobId);
        }
        events.record(jobId, "dead_letters_replayed", Map.of("count", letters.size()));
        return new ReplayResult(letters.size(), frontier.offer(frontier.queuedTasksIn(taskIds)));
    }

    private static void refuseIfCancelled(String jobStatus) {
        if (JobStatus.valueOf(jobStatus) == JobStatus.CANCELLED) {
            throw new ReplayRefusedException("the job was cancelled; submit it again instead");
        }
    }
}
