package routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import routes.model.CategoryLink;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.JobType;
import routes.model.ProductData;
import routes.model.TaskOffer;
import routes.parse.DiscoveredSite;
import routes.parse.ListingPage;

/** When a job ends, how, and with which counts, over a real PostgreSQL as the stage routes drive the stores. */
class JobLifecycleTest {

    private static final String SHOP = "http://shop.example";

    private final StoreDatabase db = new StoreDatabase();
    private final ProductStore products = new ProductStore(db.jdbc, db.tx, new ObjectMapper(), db.maps);

    @Test
    void aJobRunsUntilItsLastTaskFinishesThenEndsDoneWithItsCounts() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of());
        long id = job.job().id();
        CrawlTask listing = finish(db.frontier.addDiscovered(start(db.firstTask(job)),
                new DiscoveredSite(List.of(CategoryLink.named(SHOP + "/c/shoes", "Shoes")), List.of()))).get(0);
        List<CrawlTask> productTasks = finish(db.frontier.addListingResults(start(listing),
                new ListingPage(List.of(SHOP + "/p/1", SHOP + "/p/2", SHOP + "/p/3"), null, "Shoes", null, false)));
        products.save(productTasks.get(0), product(SHOP + "/p/1", "A"), null);
        products.save(productTasks.get(1), product(SHOP + "/p/2", "B"), null);
        db.lifecycle.endIfFinished(id);
        assertThat(db.jobs.get(id).status()).as("one product task still queued").isEqualTo(JobStatus.RUNNING);

        db.deadLetters.record(productTasks.get(2), new IllegalStateException("no product on the page"), 3);
        db.lifecycle.endIfFinished(id);
        db.lifecycle.endIfFinished(id);

        JobView done = db.jobs.get(id);
        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.error()).isNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.counts()).isEqualTo(new JobView.Counts(1, 4, 2, 1, 0, 0));
        assertThat(endEvents(id)).as("ended once, however often checked").containsExactly("DONE");
    }

    @Test
    void aJobWhoseFirstTaskFailedEndsFailedWithThatError() {
        SubmittedJob job = db.submit(SHOP + "/p/1", JobType.PRODUCT, 100, List.of());
        db.deadLetters.record(start(db.firstTask(job)), new IllegalStateException("no product on the page"), null);

        db.lifecycle.endIfFinished(job.job().id());

        JobView failed = db.jobs.get(job.job().id());
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error()).isEqualTo("IllegalStateException: no product on the page");
        assertThat(failed.counts().failedTasks()).isEqualTo(1);
    }

    @Test
    void aFullSiteJobThatFoundNoProductPageEndsFailedSayingWhy() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of());
        List<CrawlTask> listings = db.frontier.addDiscovered(start(db.firstTask(job)), new DiscoveredSite(
                List.of(CategoryLink.named(SHOP + "/c/a", "A"), CategoryLink.named(SHOP + "/c/b", "B")), List.of())).tasks();
        for (CrawlTask listing : listings) {
            db.frontier.addListingResults(start(listing), new ListingPage(List.of(), null, null, null, false));
        }

        db.lifecycle.endIfFinished(job.job().id());

        JobView failed = db.jobs.get(job.job().id());
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error()).startsWith("no product found: 2 possible category pages");
    }

    @Test
    void aFullSiteJobWhoseBudgetRanOutBeforeAnyProductPageEndsDone() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 2, List.of());
        CrawlTask listing = db.frontier.addDiscovered(start(db.firstTask(job)), new DiscoveredSite(
                List.of(CategoryLink.named(SHOP + "/c/a", "A"), CategoryLink.named(SHOP + "/c/b", "B")), List.of())).tasks().get(0);
        db.frontier.addListingResults(start(listing), new ListingPage(List.of(SHOP + "/p/1"), null, null, null, false));

        db.lifecycle.endIfFinished(job.job().id());

        assertThat(db.jobs.get(job.job().id()).status()).isEqualTo(JobStatus.DONE);
    }

    @Test
    void aCancelledJobStaysCancelled() {
        SubmittedJob job = db.submit(SHOP + "/c/shoes", JobType.CATEGORY, 100, List.of());
        db.jobs.cancel(job.job().id());

        db.lifecycle.endIfFinished(job.job().id());

        assertThat(db.jobs.get(job.job().id()).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(endEvents(job.job().id())).containsExactly("CANCELLED");
    }

    private CrawlTask start(CrawlTask task) {
        assertThat(db.frontier.start(task)).isTrue();
        return task;
    }

    /** The offer's tasks, after checking the job as a worker does once the offering task committed. */
    private List<CrawlTask> finish(TaskOffer offer) {
        db.lifecycle.endIfFinished(offer.tasks().get(0).jobId());
        return offer.tasks();
    }

    private List<String> endEvents(long jobId) {
        return db.jdbc.queryForList("""
                SELECT data->>'status' FROM job_event WHERE job_id = ? AND type = 'job_status'
                  AND data->>'status' IN ('DONE', 'FAILED', 'CANCELLED') ORDER BY id
                """, String.class, jobId);
    }

    private static ProductData product(String url, String sku) {
        return new ProductData(url, "Product " + sku, null, sku, null, null, null, null, null, null, null, null, null, null);
    }
}
