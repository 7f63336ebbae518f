package routes.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.parse.ProductData;

/** Stores a parsed product, once per URL, linked to every category its job found it under. */
@Component
public class ProductStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public ProductStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Upserts the product under its identity — its canonical URL, or the row of another URL with the
     * same SKU on the site — and finishes its task in one transaction. The task row is locked first,
     * so a re-run of a finished task changes nothing, and a listing page adding a category to this
     * task at the same moment waits for us (or we for it) instead of missing the link; so is the
     * SKU (an advisory lock), so two pages of one product stored at once make one row. The rest is
     * one statement: it starts after the locks are held, so it sees every row committed before.
     */
    public void save(CrawlTask task, ProductData product) {
        String site = CrawlTask.siteOf(product.url());
        tx.executeWithoutResult(status -> {
            List<String> state = jdbc.queryForList("""
                    SELECT status FROM crawl_task, LATERAL (SELECT pg_advisory_xact_lock(hashtext(?))) sku_lock
                    WHERE id = ? FOR NO KEY UPDATE OF crawl_task
                    """, String.class, site + " " + (product.sku() == null ? product.url() : product.sku()), task.id());
            if (state.isEmpty() || !"QUEUED".equals(state.get(0))) {
                return;
            }
            jdbc.update("""
                    WITH identity AS (
                        SELECT coalesce((SELECT url FROM product WHERE site = ? AND sku = ? AND url <> ? ORDER BY id LIMIT 1), ?) AS url),
                    stored AS (
                        INSERT INTO product (url, site, title, price, currency, sku, availability, images, description, structured_data, source)
                        SELECT identity.url, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ? FROM identity
                        ON CONFLICT (url) DO UPDATE SET
                            title = EXCLUDED.title, price = EXCLUDED.price, currency = EXCLUDED.currency, sku = EXCLUDED.sku,
                            availability = EXCLUDED.availability, images = EXCLUDED.images, description = EXCLUDED.description,
                            structured_data = EXCLUDED.structured_data, source = EXCLUDED.source, updated_at = now()
                        RETURNING id),
                    linked AS (
                        INSERT INTO product_category (job_id, product_id, category_id)
                        SELECT ?, stored.id, c.category_id FROM stored, task_category c WHERE c.task_id = ?
                        ON CONFLICT DO NOTHING)
                    UPDATE crawl_task SET status = 'DONE', product_id = (SELECT id FROM stored), finished_at = now()
                    WHERE id = ?
                    """, site, product.sku(), product.url(), product.url(),
                    site, product.title(), product.price(), product.currency(), product.sku(), product.availability(),
                    product.images().toArray(String[]::new), product.description(), product.structuredData(), product.source(),
                    task.jobId(), task.id(), task.id());
        });
    }
}
