package routes.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job's progress, per category. (Its products and dead letters are read by the job-queries
 * routes' SQL, 25-job-queries.camel.yaml, and turned into views by {@link ResultRows}.)
 */
@Component
public class ResultQueries {

    private final JdbcTemplate jdbc;
    private final JobStore jobs;

    public ResultQueries(JdbcTemplate jdbc, JobStore jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
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
