package routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import routes.model.CategoryLink;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.JobType;
import routes.model.TaskKind;
import routes.model.TaskOffer;
import routes.parse.DiscoveredSite;
import routes.parse.ListingPage;

/** The frontier in a real PostgreSQL: the page budget, the category filter, and which tasks may start. */
class FrontierStoreTest {

    private static final String SHOP = "http://shop.example";

    private final StoreDatabase db = new StoreDatabase();

    @Test
    void aJobsMaxPagesCapsTheTasksDiscoveryAdds() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 5, List.of());
        CrawlTask discovery = db.firstTask(job);

        TaskOffer offer = db.frontier.addDiscovered(discovery, new DiscoveredSite(
                List.of(category("/c/shoes", "Shoes"), category("/c/hats", "Hats")), products("/p/", 10)));

        assertThat(offer.tasks()).hasSize(4);
        assertThat(offer.tasks()).extracting(CrawlTask::kind)
                .containsExactly(TaskKind.LISTING, TaskKind.LISTING, TaskKind.PRODUCT, TaskKind.PRODUCT);
        assertThat(tasksOf(job)).isEqualTo(5);
    }

    @Test
    void aJobWhoseBudgetIsSpentAddsNoMoreFromItsListings() {
        SubmittedJob job = db.submit(SHOP + "/c/shoes", JobType.CATEGORY, 3, List.of());
        CrawlTask listing = db.firstTask(job);

        TaskOffer offer = db.frontier.addListingResults(listing,
                new ListingPage(products("/p/", 5), SHOP + "/c/shoes?page=2", "Shoes", null, false));

        assertThat(offer.tasks()).extracting(CrawlTask::url).containsExactly(SHOP + "/p/1", SHOP + "/p/2");
        assertThat(tasksOf(job)).isEqualTo(3);
        assertThat(db.taskCount(job.job().id(), TaskKind.LISTING)).as("no budget left for the next page").isEqualTo(1);
    }

    @Test
    void aUrlAlreadyInTheJobIsNeitherAddedAgainNorCountedAgainstTheBudget() {
        SubmittedJob job = db.submit(SHOP + "/c/shoes", JobType.CATEGORY, 10, List.of());
        CrawlTask first = db.firstTask(job);
        CrawlTask second = db.frontier.addListingResults(first,
                new ListingPage(products("/p/", 3), SHOP + "/c/shoes?page=2", "Shoes", null, false)).tasks().stream()
                .filter(t -> t.kind() == TaskKind.LISTING).findFirst().orElseThrow();

        TaskOffer offer = db.frontier.addListingResults(second,
                new ListingPage(List.of(SHOP + "/p/2", SHOP + "/p/3", SHOP + "/p/4"), null, "Shoes", null, false));

        assertThat(offer.tasks()).extracting(CrawlTask::url).containsExactlyInAnyOrder(SHOP + "/p/2", SHOP + "/p/3", SHOP + "/p/4");
        assertThat(db.taskCount(job.job().id(), TaskKind.PRODUCT)).isEqualTo(4);
        assertThat(tasksOf(job)).isEqualTo(1 + 3 + 1 + 1);
    }

    @Test
    void aCategoryFilterKeepsTheNamedCategoriesAndTheirSubCategoriesOnly() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of("shoes", "SUMMER hats"));

        TaskOffer offer = db.frontier.addDiscovered(db.firstTask(job), new DiscoveredSite(List.of(
                category("/c/shoes", "Footwear"), category("/c/shoes/boots", "Boots"), category("/c/shoes-sale", "Sale"),
                category("/c/h-17", "Summer Hats"), category("/c/bags", "Bags")), products("/p/", 3)));

        assertThat(offer.tasks()).extracting(CrawlTask::url)
                .containsExactly(SHOP + "/c/shoes", SHOP + "/c/shoes/boots", SHOP + "/c/h-17");
        assertThat(db.taskCount(job.job().id(), TaskKind.PRODUCT)).as("a filtered job skips the sitemap's products").isZero();
    }

    @Test
    void withoutAFilterEveryCategoryAndSitemapProductIsAdded() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of());

        TaskOffer offer = db.frontier.addDiscovered(db.firstTask(job), new DiscoveredSite(List.of(
                category("/c/shoes", "Shoes"), category("/c/bags", "Bags")), products("/p/", 3)));

        assertThat(offer.tasks()).hasSize(5);
    }

    @Test
    void aQueuedTaskOfAnActiveJobStartsAndMovesItsJobOn() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of());

        assertThat(db.frontier.start(db.firstTask(job))).isTrue();
        assertThat(db.jobs.get(job.job().id()).status()).isEqualTo(JobStatus.DISCOVERING);
    }

    @Test
    void aFinishedTaskDoesNotStartAgain() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of());
        CrawlTask discovery = db.firstTask(job);
        db.frontier.start(discovery);
        db.frontier.addDiscovered(discovery, new DiscoveredSite(List.of(category("/c/shoes", "Shoes")), List.of()));

        assertThat(db.frontier.start(discovery)).isFalse();
    }

    @Test
    void aDeadLetteredTaskDoesNotStartAgain() {
        SubmittedJob job = db.submit(SHOP + "/p/1", JobType.PRODUCT, 100, List.of());
        CrawlTask product = db.firstTask(job);
        db.deadLetters.record(product, new IllegalStateException("no product on the page"), null);

        assertThat(db.frontier.start(product)).isFalse();
    }

    @Test
    void aTaskOfACancelledJobDoesNotStart() {
        SubmittedJob job = db.submit(SHOP + "/c/shoes", JobType.CATEGORY, 100, List.of());
        CrawlTask listing = db.firstTask(job);
        CrawlTask product = db.frontier.addListingResults(listing,
                new ListingPage(products("/p/", 1), null, "Shoes", null, false)).tasks().get(0);
        db.jobs.cancel(job.job().id());

        assertThat(db.frontier.start(product)).isFalse();
        assertThat(db.jobs.get(job.job().id()).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void aTaskStillQueuedInAJobThatHasEndedDoesNotStart() {
        SubmittedJob job = db.submit(SHOP + "/c/shoes", JobType.CATEGORY, 100, List.of());
        // no store path leaves this state (cancelling strikes the tasks too); start must not rely on that
        db.jdbc.update("UPDATE crawl_job SET status = 'FAILED' WHERE id = ?", job.job().id());

        assertThat(db.frontier.start(db.firstTask(job))).isFalse();
    }

    @Test
    void aTaskThatIsNotInTheFrontierDoesNotStart() {
        SubmittedJob job = db.submit(SHOP + "/", JobType.FULL_SITE, 100, List.of());
        CrawlTask first = db.firstTask(job);

        assertThat(db.frontier.start(new CrawlTask(first.id() + 1_000_000, first.jobId(), TaskKind.PRODUCT, SHOP + "/p/x",
                first.priority(), null, first.selectors(), null))).isFalse();
    }

    private long tasksOf(SubmittedJob job) {
        return db.jdbc.queryForObject("SELECT count(*) FROM crawl_task WHERE job_id = ?", Long.class, job.job().id());
    }

    private static CategoryLink category(String path, String name) {
        return CategoryLink.named(SHOP + path, name);
    }

    private static List<String> products(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> SHOP + prefix + i).toList();
    }
}
