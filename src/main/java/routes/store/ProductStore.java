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
     * Upserts the product and finishes its task in one transaction. The task row is locked first,
     * so a re-run of a finished task changes nothing, and a listing page adding a category to this
     * URL at the same moment waits for us (or we for it) instead of missing the link. The rest is
     * one statement: it starts after the lock is held, so it sees every category committed before.
     */
    public void save(CrawlTask task, ProductData product) {
        tx.executeWithoutResult(status -> {
            List<String> state = jdbc.queryForList("SELECT status FROM crawl_task WHERE id = ? FOR NO KEY UPDATE", String.class, task.id());
            if (state.isEmpty() || !"QUEUED".equals(state.get(0))) {
                return;
            }
            jdbc.update("""
                    WITH stored AS (
                        INSERT INTO product (url, site, title, price, currency, sku, availability, images, description, structured_data, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (url) DO UPDATE SET
                            title = EXCLUDED.title, price = EXCLUDED.price, currency = EXCLUDED.currency, sku = EXCLUDED.sku,
                            availability = EXCLUDED.availability, images = EXCLUDED.images, description = EXCLUDED.description,
                            structured_data = EXCLUDED.structured_data, source = EXCLUDED.source, updated_at = now()
                        RETURNING id),
                    linked AS (
                        INSERT INTO product_category (product_id, category_id)
                        SELECT stored.id, c.category_id FROM stored, task_category c WHERE c.task_id = ?
                        ON CONFLICT DO NOTHING)
                    UPDATE crawl_task SET status = 'DONE', product_id = (SELECT id FROM stored), finished_at = now()
                    WHERE id = ?
                    """, task.url(), CrawlTask.siteOf(task.url()), product.title(), product.price(),
                    product.currency(), product.sku(), product.availability(), product.images().toArray(String[]::new),
                    product.description(), product.structuredData(), product.source(), task.id(), task.id());
        });
    }
}
