package routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import routes.history.HistoryStore;
import routes.history.JobChangeRecorder;
import routes.history.JobChanges;
import routes.history.ProductHistory;
import routes.model.CategoryLink;
import routes.model.CrawlTask;
import routes.model.JobType;
import routes.model.PageValidators;
import routes.model.Pricing;
import routes.model.ProductData;
import routes.model.ProductVariant;
import routes.parse.DiscoveredSite;
import routes.parse.ListingPage;

/**
 * A product's history across a site's jobs and what a job changed, over a real PostgreSQL as the
 * stage routes drive the stores: observations stored only on change, each job compared with the
 * site's previous DONE job as of each job, "gone" only after a complete crawl.
 */
class ProductHistoryTest {

    private static final String IN_STOCK = "https://schema.org/InStock";
    private static final String OUT_OF_STOCK = "https://schema.org/OutOfStock";

    private final StoreDatabase db = new StoreDatabase();
    private final ProductStore products = new ProductStore(db.jdbc, db.tx, new ObjectMapper(), db.maps);
    private final JobLifecycle lifecycle = new JobLifecycle(db.jdbc, db.tx, db.events, db.outbox,
            List.of(new JobChangeRecorder(db.jdbc, 3)));
    private final HistoryStore history = new HistoryStore(db.jdbc, new ObjectMapper());
    /** Each test its own site: jobs compare with their site's previous one. */
    private final String shop = "http://shop-" + UUID.randomUUID() + ".example";

    @Test
    void anObservationIsStoredOnlyWhenATrackedFieldChanged() {
        long first = crawl(Map.of("/p/1", offer("10.00", IN_STOCK)));
        long second = crawl(Map.of("/p/1", offer("10.0", IN_STOCK)));
        long third = crawl(Map.of("/p/1", offer("12.50", IN_STOCK)));
        long fourth = crawl(Map.of("/p/1", offer("12.50", IN_STOCK).withVariant("S", "12.50")));
        crawl(Map.of("/p/1", offer("12.50", IN_STOCK).withVariant("S", "12.50")));

        ProductHistory product = history.productHistory(productId("/p/1"));
        assertThat(product.url()).isEqualTo(shop + "/p/1");
        assertThat(product.observations()).extracting(ProductHistory.Observation::jobId)
                .as("the same price written another way is no change").containsExactly(first, third, fourth);
        assertThat(product.observations().get(1).price()).isEqualByComparingTo("12.50");
        assertThat(product.observations().get(2).variants().get(0).get("sku").asText()).isEqualTo("S");
        assertThat(history.jobChanges(second, null, 0, 20).counts()).isEqualTo(new JobView.ChangeCounts(0, 0, 0, 0, 0));
    }

    @Test
    void aJobIsComparedWithTheSitesPreviousDoneJobAsOfEachJob() {
        long first = crawl(Map.of("/p/1", offer("10.00", IN_STOCK), "/p/2", offer("20.00", IN_STOCK)));
        // unchanged here: no observation of job 2, its state is job 1's
        long second = crawl(Map.of("/p/1", offer("10.00", IN_STOCK), "/p/2", offer("20.00", IN_STOCK)));
        long third = crawl(Map.of("/p/1", offer("11.00", IN_STOCK), "/p/2", offer("20.00", IN_STOCK)));

        JobChanges changes = history.jobChanges(third, null, 0, 20);
        assertThat(changes.comparedWithJobId()).isEqualTo(second);
        assertThat(changes.items()).extracting(this::describe).containsExactly("price_up /p/1 10.00 -> 11.00");
        assertThat(history.jobChanges(second, null, 0, 20).comparedWithJobId()).isEqualTo(first);
        assertThat(history.jobChanges(second, null, 0, 20).items()).isEmpty();
    }

    @Test
    void aCompleteCrawlReportsNewGonePriceAndAvailabilityChangesAndNothingElse() {
        crawl(Map.of("/p/1", offer("10.00", IN_STOCK), "/p/2", offer("20.00", IN_STOCK), "/p/3", offer("30.00", IN_STOCK),
                "/p/4", offer("40.00", IN_STOCK), "/p/5", offer("50.00", IN_STOCK), "/p/6", offer("60.00", IN_STOCK)));
        Map<String, Offer> second = new LinkedHashMap<>();
        second.put("/p/1", offer("12.00", IN_STOCK));
        second.put("/p/2", offer("15.00", IN_STOCK));
        second.put("/p/3", offer("30.00", OUT_OF_STOCK));
        second.put("/p/4", offer("40.00", IN_STOCK));
        second.put("/p/6", null); // its page fails now: not seen, yet not gone
        second.put("/p/7", offer("70.00", IN_STOCK));
        long job = crawl(second); // /p/5 is no longer listed

        JobChanges changes = history.jobChanges(job, null, 0, 20);
        assertThat(changes.items()).extracting(this::describe).containsExactly(
                "availability /p/3 " + IN_STOCK + " -> " + OUT_OF_STOCK,
                "gone /p/5 50.00 -> null",
                "new /p/7 null -> 70.00",
                "price_down /p/2 20.00 -> 15.00",
                "price_up /p/1 10.00 -> 12.00");
        assertThat(changes.counts()).isEqualTo(new JobView.ChangeCounts(1, 1, 1, 1, 1));
        assertThat(history.jobChanges(job, routes.history.Change.PRICE_DOWN, 0, 20).items()).extracting(this::describe)
                .containsExactly("price_down /p/2 20.00 -> 15.00");
        assertThat(history.jobChanges(job, null, 1, 2).items()).hasSize(2);
        assertThat(history.jobChanges(job, null, 1, 2).total()).isEqualTo(5);

        JobView view = db.jobs.get(job);
        assertThat(view.changes()).isEqualTo(new JobView.Changes(changes.comparedWithJobId(), changes.counts()));
        assertThat(db.jdbc.queryForList("SELECT type FROM job_event WHERE job_id = ? AND type IN ('changes', 'product_changed') ORDER BY id",
                String.class, job)).as("the summary, then product_changed up to the cap (3)")
                .containsExactly("changes", "product_changed", "product_changed", "product_changed");
        assertThat(db.jdbc.queryForObject("SELECT data->>'priceUp' FROM job_event WHERE job_id = ? AND type = 'changes'",
                String.class, job)).isEqualTo("1");
    }

    @Test
    void aCrawlThatIsNotCompleteReportsNoGoneProducts() {
        crawl(Map.of("/p/1", offer("10.00", IN_STOCK), "/p/2", offer("20.00", IN_STOCK)));
        SubmittedJob category = db.submit(shop + "/c/shoes", JobType.CATEGORY, 100, List.of());
        List<CrawlTask> tasks = db.frontier.addListingResults(start(db.firstTask(category)),
                new ListingPage(List.of(shop + "/p/1"), null, "Shoes", null, false)).tasks();
        products.save(tasks.get(0), offer("9.00", IN_STOCK).product(shop + "/p/1"), null);
        lifecycle.endIfFinished(category.job().id());

        JobChanges changes = history.jobChanges(category.job().id(), null, 0, 20);
        assertThat(changes.comparedWithJobId()).isNotNull();
        assertThat(changes.items()).extracting(this::describe).containsExactly("price_down /p/1 10.00 -> 9.00");
    }

    @Test
    void aJobRunAgainComparesAfreshWhenItEndsAgain() {
        crawl(Map.of("/p/1", offer("10.00", IN_STOCK), "/p/2", offer("20.00", IN_STOCK)));
        SubmittedJob job = db.submit(shop + "/", JobType.FULL_SITE, 100, List.of());
        List<CrawlTask> tasks = productTasks(job, List.of("/p/1", "/p/2"));
        products.save(tasks.get(0), offer("10.00", OUT_OF_STOCK).product(shop + "/p/1"), null);
        db.deadLetters.record(tasks.get(1), new IllegalStateException("503"), 3);
        lifecycle.endIfFinished(job.job().id());
        assertThat(history.jobChanges(job.job().id(), null, 0, 20).items()).extracting(this::describe)
                .containsExactly("availability /p/1 " + IN_STOCK + " -> " + OUT_OF_STOCK);

        db.deadLetters.replayJob(job.job().id());
        assertThat(db.jobs.get(job.job().id()).changes()).as("running again: not compared yet").isNull();
        assertThat(history.jobChanges(job.job().id(), null, 0, 20).items()).isEmpty();
        products.save(start(tasks.get(1)), offer("25.00", IN_STOCK).product(shop + "/p/2"), null);
        lifecycle.endIfFinished(job.job().id());

        assertThat(history.jobChanges(job.job().id(), null, 0, 20).items()).extracting(this::describe).containsExactly(
                "availability /p/1 " + IN_STOCK + " -> " + OUT_OF_STOCK, "price_up /p/2 20.00 -> 25.00");
    }

    @Test
    void aSiteWithoutAPreviousDoneJobComparesWithNothing() {
        long job = crawl(Map.of("/p/1", offer("10.00", IN_STOCK)));

        JobChanges changes = history.jobChanges(job, null, 0, 20);
        assertThat(changes.comparedWithJobId()).isNull();
        assertThat(changes.items()).isEmpty();
        assertThat(db.jobs.get(job).changes()).isNull();
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM job_event WHERE job_id = ? AND type = 'changes'",
                Long.class, job)).isZero();
    }

    @Test
    void aPageAnswered304KeepsItsProductForTheJobWithoutANewObservation() {
        SubmittedJob first = db.submit(shop + "/", JobType.FULL_SITE, 100, List.of());
        CrawlTask task = productTasks(first, List.of("/p/1")).get(0);
        products.save(task, offer("10.00", IN_STOCK).product(shop + "/p/1"), new PageValidators("\"v1\"", null));
        lifecycle.endIfFinished(first.job().id());
        SubmittedJob second = db.submit(shop + "/", JobType.FULL_SITE, 100, List.of());
        CrawlTask again = productTasks(second, List.of("/p/1")).get(0);

        assertThat(products.validators(again)).isEqualTo(new PageValidators("\"v1\"", null));
        assertThat(products.validators(new CrawlTask(again.id(), again.jobId(), again.kind(), again.url(), again.priority(),
                again.category(), Map.of("price", ".price"), again.profile()))).as("a job with selectors of its own reads it whole")
                .isNull();
        products.unchanged(again);
        lifecycle.endIfFinished(second.job().id());

        JobView view = db.jobs.get(second.job().id());
        assertThat(view.counts().pagesUnchanged()).isEqualTo(1);
        assertThat(view.counts().productsStored()).isEqualTo(1);
        assertThat(view.changes().counts()).as("seen, unchanged: not gone").isEqualTo(new JobView.ChangeCounts(0, 0, 0, 0, 0));
        assertThat(history.productHistory(productId("/p/1")).observations()).hasSize(1);
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM product_category WHERE job_id = ?", Long.class,
                second.job().id())).as("linked to the category this job found it under").isEqualTo(1);

        products.save(again, offer("99.00", IN_STOCK).product(shop + "/p/1"), null);
        assertThat(history.productHistory(productId("/p/1")).observations()).as("a finished task is not stored again").hasSize(1);
    }

    /** A full-site job over one listing of the given product pages; a null offer is a page that failed. Returns its id. */
    private long crawl(Map<String, Offer> pages) {
        SubmittedJob job = db.submit(shop + "/", JobType.FULL_SITE, 100, List.of());
        List<String> paths = new ArrayList<>(pages.keySet());
        List<CrawlTask> tasks = productTasks(job, paths);
        for (int i = 0; i < tasks.size(); i++) {
            Offer offer = pages.get(paths.get(i));
            if (offer == null) {
                db.deadLetters.record(tasks.get(i), new IllegalStateException("503"), 3);
            } else {
                products.save(tasks.get(i), offer.product(shop + paths.get(i)), null);
            }
        }
        lifecycle.endIfFinished(job.job().id());
        assertThat(db.jobs.get(job.job().id()).status().name()).isEqualTo("DONE");
        return job.job().id();
    }

    private List<CrawlTask> productTasks(SubmittedJob job, List<String> paths) {
        CrawlTask listing = db.frontier.addDiscovered(start(db.firstTask(job)),
                new DiscoveredSite(List.of(CategoryLink.named(shop + "/c/shoes", "Shoes")), List.of())).tasks().get(0);
        List<CrawlTask> tasks = db.frontier.addListingResults(start(listing),
                new ListingPage(paths.stream().map(p -> shop + p).toList(), null, "Shoes", null, false)).tasks();
        tasks.forEach(this::start);
        return tasks;
    }

    private CrawlTask start(CrawlTask task) {
        assertThat(db.frontier.start(task)).isTrue();
        return task;
    }

    private long productId(String path) {
        return db.jdbc.queryForObject("SELECT id FROM product WHERE url = ?", Long.class, shop + path);
    }

    private String describe(JobChanges.Item item) {
        return item.change() + " " + item.url().substring(shop.length()) + " " + item.oldValue() + " -> " + item.newValue();
    }

    private static Offer offer(String price, String availability) {
        return new Offer(new BigDecimal(price), availability, List.of());
    }

    private record Offer(BigDecimal price, String availability, List<ProductVariant> variants) {

        Offer withVariant(String sku, String price) {
            return new Offer(this.price, availability, List.of(new ProductVariant(sku, "Size " + sku, Map.of("size", sku),
                    new BigDecimal(price), null, "EUR", availability, null, null, null)));
        }

        ProductData product(String url) {
            return new ProductData(url, "Product at " + url, new Pricing(price, null, null, null, "EUR"), null, null, null,
                    null, availability, List.of(), null, variants, Map.of(), Map.of(), null);
        }
    }
}
