package routes.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.store.JobView;
import routes.store.NoSuchJobException;

/** Reads a product's history and a job's changes. */
@Component
public class HistoryStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public HistoryStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public ProductHistory productHistory(long productId) {
        List<Map<String, Object>> product = jdbc.queryForList("SELECT url, title FROM product WHERE id = ?", productId);
        if (product.isEmpty()) {
            throw new NoSuchProductException(productId);
        }
        List<ProductHistory.Observation> observations = jdbc.query("""
                SELECT job_id, observed_at, price, list_price, currency, availability, title, variants::text AS variants
                FROM product_observation WHERE product_id = ? ORDER BY id
                """, (rs, row) -> new ProductHistory.Observation(rs.getLong("job_id"),
                rs.getTimestamp("observed_at").toInstant(), rs.getBigDecimal("price"), rs.getBigDecimal("list_price"),
                rs.getString("currency"), rs.getString("availability"), rs.getString("title"),
                read(rs.getString("variants"))), productId);
        return new ProductHistory(productId, (String) product.get(0).get("url"), (String) product.get(0).get("title"),
                observations);
    }

    /** A page of the job's changes, of one kind or all, by kind then product. */
    public JobChanges jobChanges(long jobId, Change change, int page, int size) {
        String label = change == null ? null : change.label();
        List<Map<String, Object>> job = jdbc.queryForList("""
                SELECT j.compared_with_job_id,
                       count(x.product_id) FILTER (WHERE x.change = 'new')          AS changes_new,
                       count(x.product_id) FILTER (WHERE x.change = 'gone')         AS gone,
                       count(x.product_id) FILTER (WHERE x.change = 'price_up')     AS price_up,
                       count(x.product_id) FILTER (WHERE x.change = 'price_down')   AS price_down,
                       count(x.product_id) FILTER (WHERE x.change = 'availability') AS availability,
                       count(x.product_id) FILTER (WHERE ?::text IS NULL OR x.change = ?) AS total
                FROM crawl_job j LEFT JOIN job_change x ON x.job_id = j.id
                WHERE j.id = ? GROUP BY j.id
                """, label, label, jobId);
        if (job.isEmpty()) {
            throw new NoSuchJobException(jobId);
        }
        Map<String, Object> row = job.get(0);
        List<JobChanges.Item> items = jdbc.query("""
                SELECT x.product_id, p.url, p.title, x.change, x.old_value, x.new_value
                FROM job_change x JOIN product p ON p.id = x.product_id
                WHERE x.job_id = ? AND (?::text IS NULL OR x.change = ?)
                ORDER BY x.change, x.product_id LIMIT ? OFFSET ?
                """, (rs, n) -> new JobChanges.Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)), jobId, label, label, size, (long) page * size);
        Number comparedWith = (Number) row.get("compared_with_job_id");
        return new JobChanges(jobId, comparedWith == null ? null : comparedWith.longValue(),
                new JobView.ChangeCounts(count(row, "changes_new"), count(row, "gone"), count(row, "price_up"),
                        count(row, "price_down"), count(row, "availability")),
                items, page, size, count(row, "total"));
    }

    private static long count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private JsonNode read(String variants) {
        try {
            return json.readTree(variants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored variants are not JSON", e);
        }
    }
}
