package routes.history;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.store.JobEndStep;

/**
 * When a job ends DONE, records what changed since the site's previous DONE job (same site, lower
 * id): products new to it, gone from it, cheaper, dearer or of another availability, each product's
 * state taken as of each job (its latest observation with job_id up to that job). Runs in the
 * transaction that ends the job, so the changes, the counts and their events are there exactly when
 * the job is seen DONE. "Gone" needs a complete crawl (full site, no category filter, page budget
 * not used up), and a product whose page failed in this job is not gone: it was not seen either way.
 * A job of a site with no previous DONE job compares with nothing (compared_with_job_id stays NULL).
 */
@Component
@Order(1)
public class JobChangeRecorder implements JobEndStep {

    private final JdbcTemplate jdbc;
    private final int maxEvents;

    public JobChangeRecorder(JdbcTemplate jdbc, @Value("${caravan.changes.max-events}") int maxEvents) {
        this.jdbc = jdbc;
        this.maxEvents = maxEvents;
    }

    @Override
    public List<CrawlTask> jobEnded(long jobId, JobStatus status) {
        if (status != JobStatus.DONE) {
            return List.of();
        }
        List<Map<String, Object>> previous = jdbc.queryForList("""
                SELECT p.id AS previous_id,
                       j.type = 'full_site' AND cardinality(j.category_filter) = 0 AND j.task_count < j.max_pages AS complete
                FROM crawl_job j JOIN crawl_job p ON p.site = j.site AND p.id < j.id AND p.status = 'DONE'
                WHERE j.id = ? ORDER BY p.id DESC LIMIT 1
                """, jobId);
        if (previous.isEmpty()) {
            return List.of();
        }
        long previousId = ((Number) previous.get(0).get("previous_id")).longValue();
        boolean complete = (Boolean) previous.get(0).get("complete");
        recordChanges(jobId, previousId, complete);
        jdbc.update("UPDATE crawl_job SET compared_with_job_id = ? WHERE id = ?", previousId, jobId);
        recordEvents(jobId, previousId);
        return List.of();
    }

    private void recordChanges(long jobId, long previousId, boolean complete) {
        jdbc.update("""
                WITH seen_now AS (
                    SELECT DISTINCT product_id FROM crawl_task
                    WHERE job_id = ? AND kind = 'product' AND status = 'DONE' AND product_id IS NOT NULL),
                seen_before AS (
                    SELECT DISTINCT product_id FROM crawl_task
                    WHERE job_id = ? AND kind = 'product' AND status = 'DONE' AND product_id IS NOT NULL),
                not_seen_now AS (
                    SELECT url FROM crawl_task WHERE job_id = ? AND kind = 'product' AND status <> 'DONE'),
                state_now AS (
                    SELECT DISTINCT ON (o.product_id) o.product_id, o.price, o.currency, o.availability
                    FROM product_observation o JOIN seen_now USING (product_id) WHERE o.job_id <= ?
                    ORDER BY o.product_id, o.job_id DESC, o.id DESC),
                state_before AS (
                    SELECT DISTINCT ON (o.product_id) o.product_id, o.price, o.currency, o.availability
                    FROM product_observation o JOIN seen_before USING (product_id) WHERE o.job_id <= ?
                    ORDER BY o.product_id, o.job_id DESC, o.id DESC),
                changed (product_id, change, old_value, new_value) AS (
                    SELECT n.product_id, 'new', NULL, s.price::text
                    FROM seen_now n LEFT JOIN state_now s USING (product_id)
                    WHERE n.product_id NOT IN (SELECT product_id FROM seen_before)
                    UNION ALL
                    SELECT b.product_id, 'gone', s.price::text, NULL
                    FROM seen_before b JOIN product p ON p.id = b.product_id LEFT JOIN state_before s USING (product_id)
                    WHERE ? AND b.product_id NOT IN (SELECT product_id FROM seen_now)
                      -- its page (under its canonical URL or the URL the previous job found it at) failed now
                      AND p.url NOT IN (SELECT url FROM not_seen_now)
                      AND NOT EXISTS (SELECT 1 FROM crawl_task t WHERE t.job_id = ? AND t.product_id = b.product_id
                                      AND t.url IN (SELECT url FROM not_seen_now))
                    UNION ALL
                    SELECT n.product_id, CASE WHEN n.price > b.price THEN 'price_up' ELSE 'price_down' END,
                           b.price::text, n.price::text
                    FROM state_now n JOIN state_before b USING (product_id)
                    -- amounts in two currencies do not compare
                    WHERE n.price <> b.price AND n.currency IS NOT DISTINCT FROM b.currency
                    UNION ALL
                    SELECT n.product_id, 'availability', b.availability, n.availability
                    FROM state_now n JOIN state_before b USING (product_id)
                    WHERE n.availability IS DISTINCT FROM b.availability)
                INSERT INTO job_change (job_id, product_id, change, old_value, new_value)
                SELECT ?, product_id, change, old_value, new_value FROM changed
                """, jobId, previousId, jobId, jobId, previousId, complete, previousId, jobId);
    }

    /**
     * The job's {@code changes} event (the counts), then one {@code product_changed} event per
     * change up to caravan.changes.max-events. Inserted here in bulk: the job's end announces its
     * new events to the streams once its transaction has committed.
     */
    private void recordEvents(long jobId, long previousId) {
        jdbc.update("""
                INSERT INTO job_event (job_id, type, data)
                SELECT ?, 'changes', jsonb_build_object('comparedWithJobId', ?::bigint,
                       'new', count(*) FILTER (WHERE change = 'new'),
                       'gone', count(*) FILTER (WHERE change = 'gone'),
                       'priceUp', count(*) FILTER (WHERE change = 'price_up'),
                       'priceDown', count(*) FILTER (WHERE change = 'price_down'),
                       'availability', count(*) FILTER (WHERE change = 'availability'),
                       'eventsListed', least(count(*), ?))
                FROM job_change WHERE job_id = ?
                """, jobId, previousId, maxEvents, jobId);
        jdbc.update("""
                INSERT INTO job_event (job_id, type, data)
                SELECT c.job_id, 'product_changed', jsonb_build_object('productId', c.product_id, 'url', p.url,
                       'title', p.title, 'change', c.change, 'old', c.old_value, 'new', c.new_value)
                FROM job_change c JOIN product p ON p.id = c.product_id
                WHERE c.job_id = ? ORDER BY c.change, c.product_id LIMIT ?
                """, jobId, maxEvents);
    }
}
