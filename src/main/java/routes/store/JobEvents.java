package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A job's history: each event is written in the same transaction as the change it reports, so
 * the history never claims something that did not happen (or misses something that did). Once
 * that transaction has committed, the job's id is published on a Redis channel, so the API
 * processes streaming the job read the new events at once (26-job-event-notifications).
 */
@Component
public class JobEvents {

    private static final Logger log = LoggerFactory.getLogger(JobEvents.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final StringRedisTemplate redis;
    private final String channel;

    public JobEvents(JdbcTemplate jdbc, ObjectMapper json, StringRedisTemplate redis,
                     @Value("${caravan.events.channel}") String channel) {
        this.jdbc = jdbc;
        this.json = json;
        this.redis = redis;
        this.channel = channel;
    }

    /** One event as the API shows it; ids increase, so a client can ask for what came after one. */
    public record JobEvent(long id, long jobId, String type, JsonNode data, Instant createdAt) {
    }

    void record(long jobId, String type, Map<String, ?> data) {
        try {
            jdbc.update("INSERT INTO job_event (job_id, type, data) VALUES (?, ?, ?::jsonb)",
                    jobId, type, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable", e);
        }
        announceWhenCommitted(jobId);
    }

    /**
     * Tells the API processes that the job has new events, after the current transaction (if any)
     * has committed: a stream woken earlier would not see them yet.
     */
    void announceWhenCommitted(long jobId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            announce(jobId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                announce(jobId);
            }
        });
    }

    private void announce(long jobId) {
        try {
            redis.convertAndSend(channel, String.valueOf(jobId));
        } catch (RuntimeException e) {
            // the event is committed; the streams' fallback poll delivers it a little later
            log.debug("Cannot announce new events of job {}: {}", jobId, e.getMessage());
        }
    }

    public List<JobEvent> after(long jobId, long afterId, int limit) {
        return jdbc.query("SELECT * FROM job_event WHERE job_id = ? AND id > ? ORDER BY id LIMIT ?",
                (rs, row) -> new JobEvent(rs.getLong("id"), jobId, rs.getString("type"), read(rs.getString("data")),
                        rs.getTimestamp("created_at").toInstant()), jobId, afterId, limit);
    }

    private JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data is not JSON", e);
        }
    }
}
