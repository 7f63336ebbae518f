package routes.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Dead letters a page at a time, and a job's progress per category. (A job's products are read
 * with sql/job-products.sql, mapped by {@link ResultRows}.)
 */
@Component
public class ResultQueries {

    private final JdbcTemplate jdbc;
    private final JobStore jobs;

    public ResultQueries(JdbcTemplate jdbc, JobStore jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
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
}
