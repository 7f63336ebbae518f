package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job's history: each event is written in the same transaction as the change it reports, so
 * the history never claims something that did not happen (or misses something that did).
 */
@Component
public class JobEvents {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JobEvents(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
