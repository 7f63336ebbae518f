package routes.store;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.TaskOffer;

/**
 * The outbox between the frontier and the queue (table task_outbox). Whatever fails between a
 * stage's commit and its enqueue — Redis down past every retry, the worker killed — the row stays
 * and the reconciler re-offers its tasks, so PostgreSQL's frontier alone decides what must run.
 */
@Component
public class TaskOutbox {

    private final JdbcTemplate jdbc;
    private final Duration grace;

    public TaskOutbox(JdbcTemplate jdbc, @Value("${caravan.queue.outbox-grace}") Duration grace) {
        this.jdbc = jdbc;
        this.grace = grace;
    }

    /** Records the tasks to offer; call it inside the transaction that adds them. */
    TaskOffer record(List<CrawlTask> tasks) {
        if (tasks.isEmpty()) {
            return TaskOffer.none();
        }
        Long[] ids = tasks.stream().map(CrawlTask::id).toArray(Long[]::new);
        long outboxId = jdbc.queryForObject("INSERT INTO task_outbox (task_ids) VALUES (?) RETURNING id", Long.class,
                (Object) ids);
        return new TaskOffer(outboxId, tasks);
    }

    /** Redis has the offer's tasks: the row has done its job. */
    public void delivered(TaskOffer offer) {
        if (offer.outboxId() != 0) {
            jdbc.update("DELETE FROM task_outbox WHERE id = ?", offer.outboxId());
        }
    }

    /**
     * Takes up to {@code limit} rows older than the grace period, oldest first, and moves their
     * clock on, so that no other reconciler takes them meanwhile (SKIP LOCKED) and one whose offer
     * fails again comes round after another grace period.
     */
    public List<StrandedTasks> claimStranded(int limit) {
        return jdbc.query("""
                UPDATE task_outbox SET offered_at = now(), attempts = attempts + 1
                WHERE id IN (SELECT id FROM task_outbox WHERE offered_at < now() - make_interval(secs => ?)
                             ORDER BY offered_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, task_ids
                """, (rs, row) -> new StrandedTasks(rs.getLong("id"), (Long[]) rs.getArray("task_ids").getArray()),
                grace.toMillis() / 1000.0, limit);
    }

    /** Tasks in rows older than the grace period: committed, and not known to be in Redis. */
    public long strandedTaskCount() {
        Long count = jdbc.queryForObject("""
                SELECT coalesce(sum(cardinality(task_ids)), 0) FROM task_outbox
                WHERE offered_at < now() - make_interval(secs => ?)
                """, Long.class, grace.toMillis() / 1000.0);
        return count == null ? 0 : count;
    }

    /** An outbox row whose tasks may not have reached the queue. */
    public record StrandedTasks(long outboxId, Long[] taskIds) {

        @Override
        public String toString() {
            return "outbox row " + outboxId + " " + Arrays.toString(taskIds);
        }
    }
}
