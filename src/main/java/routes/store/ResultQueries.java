package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a job produced: its products (with categories) and its dead letters, a page at a time. */
@Component
public class ResultQueries {

    private static final TypeReference<List<ProductView.CategoryView>> CATEGORIES = new TypeReference<>() { };
    private static final TypeReference<List<ProductView.VariantView>> VARIANTS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final JobStore jobs;
    private final TextMapJson maps;

    public ResultQueries(JdbcTemplate jdbc, ObjectMapper json, JobStore jobs, TextMapJson maps) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobs = jobs;
        this.maps = maps;
    }

    public PageOf<ProductView> products(long jobId, ProductFilter filter, int page, int size) {
        jobs.get(jobId);
        // one entry per product, however many of the job's URLs led to it; its categories are this job's
        String found = """
                WITH found AS (
                    SELECT product_id, min(id) AS first_task FROM crawl_task
                    WHERE job_id = ? AND product_id IS NOT NULL GROUP BY product_id)
                """;
        String matching = """
                FROM found JOIN product p ON p.id = found.product_id
                WHERE (?::text IS NULL OR p.availability = ?) AND (?::numeric IS NULL OR p.price >= ?)
                  AND (?::numeric IS NULL OR p.price <= ?)
                """;
        Object[] conditions = {filter.availability(), filter.availability(), filter.minPrice(), filter.minPrice(),
                filter.maxPrice(), filter.maxPrice()};
        List<ProductView> items = jdbc.query(found + """
                SELECT p.*, (SELECT coalesce(json_agg(json_build_object('name', c.name, 'path', c.path,
                                       'kind', c.kind, 'parentPath', c.parent_path) ORDER BY c.path), '[]')
                             FROM product_category pc JOIN category c ON c.id = pc.category_id
                             WHERE pc.product_id = p.id AND pc.job_id = ?) AS categories,
                            (SELECT coalesce(json_agg(json_build_object('sku', v.sku, 'name', v.name,
                                       'attributes', v.attributes, 'price', v.price, 'listPrice', v.list_price,
                                       'currency', v.currency, 'availability', v.availability, 'url', v.url,
                                       'gtin', v.gtin, 'image', v.image) ORDER BY v.position), '[]')
                             FROM product_variant v WHERE v.product_id = p.id) AS variants
                """ + matching + " ORDER BY found.first_task LIMIT ? OFFSET ?",
                (rs, row) -> new ProductView(rs.getString("url"), rs.getString("sku"), rs.getString("title"),
                        rs.getBigDecimal("price"), rs.getBigDecimal("list_price"), rs.getBigDecimal("low_price"),
                        rs.getBigDecimal("high_price"), rs.getString("currency"), rs.getString("availability"),
                        rs.getString("brand"), rs.getString("gtin"), rs.getString("mpn"),
                        JobStore.strings(rs.getArray("images")), rs.getString("description"),
                        read(rs.getString("variants"), VARIANTS), read(rs.getString("categories"), CATEGORIES),
                        maps.read(rs.getString("field_sources")), maps.read(rs.getString("extraction_problems"))),
                args(new Object[] {jobId, jobId}, conditions, new Object[] {size, (long) page * size}));
        Long total = jdbc.queryForObject(found + "SELECT count(*) " + matching, Long.class,
                args(new Object[] {jobId}, conditions));
        return new PageOf<>(items, page, size, total);
    }

    public PageOf<DeadLetterView> deadLetters(Long jobId, int page, int size) {
        List<DeadLetterView> items = jdbc.query("""
                SELECT * FROM dead_letter WHERE (?::bigint IS NULL OR job_id = ?) ORDER BY id LIMIT ? OFFSET ?
                """, (rs, row) -> new DeadLetterView(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("task_id"),
                rs.getString("kind"), rs.getString("url"), rs.getString("error"), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("replayed_at") == null ? null : rs.getTimestamp("replayed_at").toInstant()),
                jobId, jobId, size, (long) page * size);
        Long total = jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE (?::bigint IS NULL OR job_id = ?)",
                Long.class, jobId, jobId);
        return new PageOf<>(items, page, size, total);
    }

    /** The job's counts and its progress per category (product pages found under it, and stored). */
    public JobProgress progress(long jobId) {
        JobView job = jobs.get(jobId);
        List<JobProgress.CategoryProgress> categories = jdbc.query("""
                SELECT c.name, c.path, count(*) AS found, count(*) FILTER (WHERE t.status = 'DONE') AS stored
                FROM crawl_task t JOIN task_category tc ON tc.task_id = t.id JOIN category c ON c.id = tc.category_id
                WHERE t.job_id = ? AND t.kind = 'product'
                GROUP BY c.id, c.name, c.path ORDER BY c.path
                """, (rs, row) -> new JobProgress.CategoryProgress(rs.getString("name"), rs.getString("path"),
                rs.getLong("found"), rs.getLong("stored")), jobId);
        return new JobProgress(jobId, job.status(), job.counts(), categories);
    }

    private <T> T read(String aggregate, TypeReference<T> type) {
        try {
            return json.readValue(aggregate, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("product aggregate is not JSON", e);
        }
    }

    private static Object[] args(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }
}
