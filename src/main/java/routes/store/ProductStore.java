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
     * URL at the same moment waits for us (or we for it) instead of missing the link.
     */
    public void save(CrawlTask task, ProductData product) {
        tx.executeWithoutResult(status -> {
            List<String> state = jdbc.queryForList("SELECT status FROM crawl_task WHERE id = ? FOR NO KEY UPDATE", String.class, task.id());
            if (state.isEmpty() || !"QUEUED".equals(state.get(0))) {
                return;
            }
            long productId = jdbc.queryForObject("""
                    INSERT INTO product (url, site, title, price, currency, sku, availability, images, description, structured_data, source)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        title = EXCLUDED.title, price = EXCLUDED.price, currency = EXCLUDED.currency, sku = EXCLUDED.sku,
                        availability = EXCLUDED.availability, images = EXCLUDED.images, description = EXCLUDED.description,
                        structured_data = EXCLUDED.structured_data, source = EXCLUDED.source, updated_at = now()
                    RETURNING id
                    """, Long.class, task.url(), CrawlTask.siteOf(task.url()), product.title(), product.price(),
                    product.currency(), product.sku(), product.availability(), product.images().toArray(String[]::new),
                    product.description(), product.structuredData(), product.source());
            jdbc.update("""
                    INSERT INTO product_category (product_id, category_id)
                    SELECT ?, category_id FROM task_category WHERE task_id = ? ON CONFLICT DO NOTHING
                    """, productId, task.id());
            jdbc.update("UPDATE crawl_task SET status = 'DONE', product_id = ?, finished_at = now() WHERE id = ?",
                    productId, task.id());
        });
    }
}
