package routes.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import routes.history.JobChanges;

/**
 * A job's changes against the site's previous DONE job (job_change), by change then product as
 * the JSON page lists them (routes.history.HistoryStore): each line of JSON Lines is an item of
 * that page, a CSV record the same fields.
 */
@Component
class ChangeRows implements ExportedRows<JobChanges.Item> {

    @Override
    public String name() {
        return "changes";
    }

    @Override
    public String query() {
        return """
                SELECT x.product_id, p.url, p.title, x.change, x.old_value, x.new_value
                FROM job_change x JOIN product p ON p.id = x.product_id
                WHERE x.job_id = :#jobId AND (CAST(:#change AS text) IS NULL OR x.change = :#change)
                ORDER BY x.change, x.product_id
                """;
    }

    @Override
    public String countQuery() {
        return """
                SELECT (SELECT count(*) FROM crawl_job WHERE id = :#jobId) AS job_found,
                       (SELECT count(*) FROM job_change
                        WHERE job_id = :#jobId AND (CAST(:#change AS text) IS NULL OR change = :#change)) AS total
                """;
    }

    @Override
    public JobChanges.Item item(Map<String, Object> row) {
        return new JobChanges.Item(((Number) row.get("product_id")).longValue(), (String) row.get("url"),
                (String) row.get("title"), (String) row.get("change"), (String) row.get("old_value"),
                (String) row.get("new_value"));
    }

    @Override
    public List<String> csvColumns() {
        return List.of("productId", "url", "title", "change", "old", "new");
    }

    @Override
    public List<Object> csvRecord(JobChanges.Item change) {
        return Arrays.asList(change.productId(), change.url(), change.title(), change.change(), change.oldValue(),
                change.newValue());
    }
}
