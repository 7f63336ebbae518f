package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.model.CrawlTask;
import routes.model.PageValidators;
import routes.model.Pricing;
import routes.model.ProductData;

/**
 * Stores a parsed product, once per URL, with its variants, linked to every category its job found
 * it under; records an observation of it when what it costs, its availability, title or variants
 * changed; and keeps its page's validators for the next job's conditional request.
 */
@Component
public class ProductStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final TextMapJson maps;

    public ProductStore(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, TextMapJson maps) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.maps = maps;
    }

    /**
     * Upserts the product under its identity — its canonical URL, or the row of another URL with the
     * same SKU on the site — and finishes its task in one transaction. The task row is locked first,
     * so a re-run of a finished task changes nothing, and a listing page adding a category to this
     * task at the same moment waits for us (or we for it) instead of missing the link; so is the
     * SKU (an advisory lock), so two pages of one product stored at once make one row. The rest is
     * one statement: it starts after the locks are held, so it sees every row committed before. The
     * variants are replaced whole (the rows the statement deletes are those it could see, never the
     * ones it inserts). The observation is inserted only if it differs from the product's latest
     * (or there is none): history grows with changes, not with crawls. The page's validators are
     * kept under the URL the task requested (a redirect's target answered them for it), and
     * forgotten when the page stopped sending any.
     */
    public void save(CrawlTask task, ProductData product, PageValidators validators) {
        String site = CrawlTask.siteOf(product.url());
        Pricing pricing = product.pricing();
        String variants = product.variants().isEmpty() ? null : variantsJson(product);
        String etag = validators == null ? null : validators.etag();
        String lastModified = validators == null ? null : validators.lastModified();
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
                        INSERT INTO product (url, site, title, price, list_price, low_price, high_price, currency, sku, brand,
                                             gtin, mpn, availability, images, description, structured_data, source,
                                             field_sources, extraction_problems)
                        SELECT identity.url, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb FROM identity
                        ON CONFLICT (url) DO UPDATE SET
                            title = EXCLUDED.title, price = EXCLUDED.price, list_price = EXCLUDED.list_price,
                            low_price = EXCLUDED.low_price, high_price = EXCLUDED.high_price, currency = EXCLUDED.currency,
                            sku = EXCLUDED.sku, brand = EXCLUDED.brand, gtin = EXCLUDED.gtin, mpn = EXCLUDED.mpn,
                            availability = EXCLUDED.availability, images = EXCLUDED.images, description = EXCLUDED.description,
                            structured_data = EXCLUDED.structured_data, source = EXCLUDED.source,
                            field_sources = EXCLUDED.field_sources, extraction_problems = EXCLUDED.extraction_problems,
                            updated_at = now()
                        RETURNING id, price, list_price, currency, availability, title),
                    incoming_variants AS (
                        SELECT * FROM jsonb_to_recordset(coalesce(?::jsonb, '[]')) AS v(position INT, sku TEXT, name TEXT,
                             attributes JSONB, price NUMERIC, list_price NUMERIC, currency TEXT, availability TEXT, url TEXT,
                             gtin TEXT, image TEXT)),
                    old_variants AS (
                        DELETE FROM product_variant WHERE product_id = (SELECT id FROM stored)),
                    new_variants AS (
                        INSERT INTO product_variant (product_id, position, sku, name, attributes, price, list_price, currency,
                                                     availability, url, gtin, image)
                        SELECT stored.id, v.position, v.sku, v.name, coalesce(v.attributes, '{}'), v.price, v.list_price,
                               v.currency, v.availability, v.url, v.gtin, v.image
                        FROM stored, incoming_variants v),
                    observed AS (
                        SELECT stored.id AS product_id, stored.price, stored.list_price, stored.currency, stored.availability,
                               stored.title,
                               (SELECT coalesce(jsonb_agg(jsonb_build_object('sku', v.sku, 'name', v.name, 'price', v.price,
                                           'listPrice', v.list_price, 'availability', v.availability) ORDER BY v.position), '[]')
                                FROM incoming_variants v) AS variants
                        FROM stored),
                    history AS (
                        INSERT INTO product_observation (product_id, job_id, price, list_price, currency, availability, title, variants)
                        SELECT o.product_id, ?, o.price, o.list_price, o.currency, o.availability, o.title, o.variants
                        FROM observed o
                        WHERE NOT EXISTS (
                            SELECT 1 FROM (SELECT * FROM product_observation l WHERE l.product_id = o.product_id
                                           ORDER BY l.id DESC LIMIT 1) latest
                            WHERE (latest.price, latest.list_price, latest.currency, latest.availability, latest.title, latest.variants)
                                  IS NOT DISTINCT FROM (o.price, o.list_price, o.currency, o.availability, o.title, o.variants))),
                    validated AS (
                        INSERT INTO page_validator (url, site, etag, last_modified, product_id)
                        SELECT ?, ?, ?, ?, stored.id FROM stored WHERE ?::text IS NOT NULL OR ?::text IS NOT NULL
                        ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
                            product_id = EXCLUDED.product_id, updated_at = now()),
                    unvalidated AS (
                        DELETE FROM page_validator WHERE url = ? AND ?::text IS NULL AND ?::text IS NULL),
                    linked AS (
                        INSERT INTO product_category (job_id, product_id, category_id)
                        SELECT ?, stored.id, c.category_id FROM stored, task_category c WHERE c.task_id = ?
                        ON CONFLICT DO NOTHING)
                    UPDATE crawl_task SET status = 'DONE', product_id = (SELECT id FROM stored), finished_at = now()
                    WHERE id = ?
                    """, site, product.sku(), product.url(), product.url(),
                    site, product.title(), pricing.price(), pricing.listPrice(), pricing.lowPrice(), pricing.highPrice(),
                    pricing.currency(), product.sku(), product.brand(), product.gtin(), product.mpn(), product.availability(),
                    product.images().toArray(String[]::new), product.description(), product.structuredData(), product.source(),
                    maps.write(product.sources()), maps.write(product.problems()), variants, task.jobId(),
                    task.url(), CrawlTask.siteOf(task.url()), etag, lastModified, etag, lastModified, task.url(), etag, lastModified,
                    task.jobId(), task.id(), task.id());
        });
    }

    /**
     * What the task's page answered last time (in any job), to ask it whether it changed since; null
     * if nothing, or if the job has CSS selectors of its own: they may read the page differently
     * from the job that stored it, so it is read whole.
     */
    public PageValidators validators(CrawlTask task) {
        if (!task.selectors().isEmpty()) {
            return null;
        }
        return jdbc.query("SELECT etag, last_modified FROM page_validator WHERE url = ?",
                rs -> rs.next() ? PageValidators.of(rs.getString(1), rs.getString(2)) : null, task.url());
    }

    /**
     * The task's page answered 304 Not Modified: the product its validators were stored with is
     * still what the page says. The task is finished with that product (its job saw it) and the
     * categories this job found it under are linked, as {@link #save} would; nothing is parsed or
     * observed. Locked and skipped when already finished, as {@link #save} is.
     */
    public void unchanged(CrawlTask task) {
        tx.executeWithoutResult(status -> {
            List<String> state = jdbc.queryForList("SELECT status FROM crawl_task WHERE id = ? FOR NO KEY UPDATE",
                    String.class, task.id());
            if (state.isEmpty() || !"QUEUED".equals(state.get(0))) {
                return;
            }
            int finished = jdbc.update("""
                    WITH known AS (
                        SELECT product_id FROM page_validator WHERE url = ?),
                    linked AS (
                        INSERT INTO product_category (job_id, product_id, category_id)
                        SELECT ?, known.product_id, c.category_id FROM known, task_category c WHERE c.task_id = ?
                        ON CONFLICT DO NOTHING)
                    UPDATE crawl_task SET status = 'DONE', product_id = known.product_id, not_modified = true, finished_at = now()
                    FROM known WHERE id = ?
                    """, task.url(), task.jobId(), task.id(), task.id());
            if (finished == 0) {
                // its validators were forgotten since they were sent (the page was stored again without any)
                throw new IllegalStateException("304 Not Modified for " + task.url() + ", whose page has no stored product");
            }
        });
    }

    /** The variants as rows for jsonb_to_recordset: amounts as JSON strings, so no digit is lost. */
    private String variantsJson(ProductData product) {
        var rows = json.createArrayNode();
        for (int i = 0; i < product.variants().size(); i++) {
            var v = product.variants().get(i);
            var row = rows.addObject().put("position", i).put("sku", v.sku()).put("name", v.name())
                    .put("currency", v.currency()).put("availability", v.availability()).put("url", v.url())
                    .put("gtin", v.gtin()).put("image", v.image());
            row.put("price", v.price() == null ? null : v.price().toPlainString());
            row.put("list_price", v.listPrice() == null ? null : v.listPrice().toPlainString());
            row.set("attributes", json.valueToTree(v.attributes()));
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variants cannot be written as JSON", e);
        }
    }
}
