package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.demo.DemoCatalog;
import caravan.demo.DemoCategory;
import caravan.demo.DemoProduct;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A job from REST to the database, against the generated shop served on loopback. */
class CrawlPipelineIT extends CaravanIntegrationTest {

    private static final int FAILING_EVERY = 50;

    @Autowired
    private CamelContext camel;

    @Test
    void fullSiteCrawlStoresEveryProductWithAllItsCategories() {
        DemoCatalog catalog = shop.catalog();
        List<DemoProduct> failing = catalog.products().stream().filter(p -> p.id() % FAILING_EVERY == 0).toList();
        Map<String, Integer> failingRequestsBefore = failing.stream()
                .collect(Collectors.toMap(DemoProduct::urlPath, p -> shop.requestCount(p.urlPath())));

        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"type\": \"full_site\"}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(90));

        int stored = catalog.products().size() - failing.size();
        int listingPages = catalog.categories().stream().mapToInt(catalog::listingPageCount).sum();
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        JsonNode counts = job.get("counts");
        assertThat(counts.get("productsStored").asInt()).isEqualTo(stored);
        assertThat(counts.get("failedTasks").asInt()).isEqualTo(failing.size());
        assertThat(counts.get("categories").asInt()).isEqualTo(catalog.categories().size());
        // one start page, every listing page of every category (pagination followed), every product once
        assertThat(counts.get("pagesFetched").asInt()).isEqualTo(1 + listingPages + stored);
        assertThat(counts.get("queuedTasks").asInt()).isZero();

        Map<String, JsonNode> products = allProducts(id);
        assertThat(products).hasSize(stored);
        Map<String, String> categoryUrlPaths = catalog.categories().stream()
                .collect(Collectors.toMap(DemoCategory::path, DemoCategory::urlPath));
        for (DemoProduct expected : catalog.products()) {
            if (expected.id() % FAILING_EVERY == 0) {
                assertThat(products).doesNotContainKey(shop.baseUrl() + expected.urlPath());
                continue;
            }
            JsonNode actual = products.get(shop.baseUrl() + expected.urlPath());
            assertThat(actual).as("product %s", expected.urlPath()).isNotNull();
            assertThat(actual.get("title").asText()).isEqualTo(expected.title());
            assertThat(new BigDecimal(actual.get("price").asText())).isEqualByComparingTo(expected.price());
            assertThat(actual.get("currency").asText()).isEqualTo(expected.currency());
            assertThat(actual.get("sku").asText()).isEqualTo(expected.sku());
            assertThat(actual.get("availability").asText()).isEqualTo(expected.availability());
            Set<String> categoryPaths = new HashSet<>();
            actual.get("categories").forEach(c -> categoryPaths.add(c.get("path").asText()));
            assertThat(categoryPaths).as("categories of %s", expected.urlPath())
                    .isEqualTo(expected.categoryPaths().stream().map(categoryUrlPaths::get).collect(Collectors.toSet()));
        }

        // failing pages were tried once and retried max-retries (3) times, then dead-lettered
        JsonNode deadLetters = json(get("/api/dead-letters?jobId=" + id + "&size=200"));
        assertThat(deadLetters.get("total").asInt()).isEqualTo(failing.size());
        deadLetters.get("items").forEach(d -> {
            assertThat(d.get("attempts").asInt()).isEqualTo(4);
            assertThat(d.get("error").asText()).contains("503");
        });
        failing.forEach(p -> assertThat(shop.requestCount(p.urlPath()) - failingRequestsBefore.get(p.urlPath()))
                .as("requests for %s", p.urlPath()).isEqualTo(4));
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.depth(queueName).total() == 0);
    }

    @Test
    void aProductInSeveralCategoriesIsOneRowWithOneLinkPerCategory() {
        DemoCatalog catalog = shop.catalog();
        DemoProduct inMany = catalog.products().stream()
                .filter(p -> p.id() % FAILING_EVERY != 0 && p.categoryPaths().size() >= 4).findFirst().orElseThrow();
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"categories\": "
                + JSON.valueToTree(inMany.categoryPaths().stream().map(path -> last(path)).toList()) + "}");
        assertThat(awaitJobEnded(id, Duration.ofSeconds(90)).get("status").asText()).isEqualTo("DONE");

        String url = shop.baseUrl() + inMany.urlPath();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM product WHERE url = ?", Integer.class, url)).isEqualTo(1);
        // links belong to the job that found them: other jobs on the demo shop have their own
        assertThat(jdbc.queryForList("""
                SELECT c.path FROM product_category pc JOIN category c ON c.id = pc.category_id
                JOIN product p ON p.id = pc.product_id WHERE p.url = ? AND pc.job_id = ?
                """, String.class, url, id)).hasSize(inMany.categoryPaths().size());
    }

    @Test
    void categoryJobFollowsPaginationToTheLastPage() {
        DemoCatalog catalog = shop.catalog();
        DemoCategory footwear = catalog.categories().stream().filter(c -> c.path().equals("footwear")).findFirst().orElseThrow();
        assertThat(catalog.listingPageCount(footwear)).as("the category must span several pages").isGreaterThan(1);

        long id = submit("{\"url\": \"" + shop.baseUrl() + footwear.urlPath() + "\", \"type\": \"category\", \"priority\": \"high\"}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));

        List<DemoProduct> expected = catalog.productsIn(footwear);
        long failing = expected.stream().filter(p -> p.id() % FAILING_EVERY == 0).count();
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("counts").get("productsStored").asLong()).isEqualTo(expected.size() - failing);
        assertThat(job.get("counts").get("pagesFetched").asLong())
                .isEqualTo(catalog.listingPageCount(footwear) + expected.size() - failing);
    }

    @Test
    void maxPagesCapsTheFrontier() {
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"maxPages\": 10}");
        assertThat(awaitJobEnded(id, Duration.ofSeconds(60)).get("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM crawl_task WHERE job_id = ?", Integer.class, id)).isEqualTo(10);
    }

    @Test
    void resubmissionWithTheSameIdempotencyKeyReturnsTheSameJob() {
        DemoProduct product = shop.catalog().product(1).orElseThrow();
        String body = "{\"url\": \"" + shop.baseUrl() + product.urlPath() + "\", \"type\": \"product\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "order-" + UUID.randomUUID());

        HttpResponse<String> first = post("/api/jobs", body, key);
        HttpResponse<String> second = post("/api/jobs", body, key);
        HttpResponse<String> different = post("/api/jobs", body.replace("product\"}", "product\", \"priority\": \"low\"}"), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("id").asLong()).isEqualTo(json(first).get("id").asLong());
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(json(different).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM crawl_job WHERE idempotency_key = ?", Integer.class,
                key.get("Idempotency-Key"))).isEqualTo(1);

        JsonNode job = awaitJobEnded(json(first).get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("counts").get("productsStored").asInt()).isEqualTo(1);
    }

    @Test
    void cancellingAJobStopsItsQueuedTasks() throws Exception {
        int homeRequestsBefore = shop.requestCount("/");
        camel.getRouteController().stopRoute("task-dispatch");
        long id;
        try {
            id = submit("{\"url\": \"" + shop.baseUrl() + "/\"}");
            HttpResponse<String> cancelled = delete("/api/jobs/" + id);
            assertThat(cancelled.statusCode()).isEqualTo(200);
            assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        } finally {
            camel.getRouteController().startRoute("task-dispatch");
        }
        // the workers claim the cancelled job's task from Redis and drop it without fetching
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.depth(queueName).total() == 0);
        assertThat(shop.requestCount("/")).isEqualTo(homeRequestsBefore);
        assertThat(json(get("/api/jobs/" + id)).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM crawl_task WHERE job_id = ?", String.class, id))
                .containsExactly("CANCELLED");
    }

    @Test
    void permanentFailuresAreNotRetriedAndAJobWhoseStartFailedEndsFailed() {
        String missing = "/p/999999-no-such-product";
        String notAProduct = shop.catalog().categories().get(0).urlPath();
        int missingBefore = shop.requestCount(missing);
        NotifyBuilder twoDeadLetters = new NotifyBuilder(camel).wereSentTo("direct:dead-letter").whenDone(2).create();

        long gone = submit("{\"url\": \"" + shop.baseUrl() + missing + "\", \"type\": \"product\"}");
        long listing = submit("{\"url\": \"" + shop.baseUrl() + notAProduct + "\", \"type\": \"product\"}");

        assertThat(twoDeadLetters.matches(30, TimeUnit.SECONDS)).isTrue();
        for (long id : List.of(gone, listing)) {
            JsonNode job = awaitJobEnded(id, Duration.ofSeconds(10));
            assertThat(job.get("status").asText()).isEqualTo("FAILED");
            assertThat(job.get("error").asText()).isNotBlank();
            JsonNode deadLetter = json(get("/api/dead-letters?jobId=" + id)).get("items").get(0);
            assertThat(deadLetter.get("attempts").asInt()).isEqualTo(1);
        }
        assertThat(shop.requestCount(missing) - missingBefore).isEqualTo(1);
        assertThat(json(get("/api/dead-letters?jobId=" + listing)).at("/items/0/error").asText())
                .contains("NotAProductException");
        List<String> events = new java.util.ArrayList<>();
        json(getJson("/api/jobs/" + gone + "/events")).forEach(e -> events.add(e.get("type").asText() + ":" + e.at("/data/status").asText()));
        assertThat(events).containsExactly("job_status:QUEUED", "job_status:RUNNING", "task_failed:", "job_status:FAILED");
    }

    @Test
    void aJobWhoseHostDoesNotResolveEndsFailedWithThatReasonAfterAShortRetry() {
        // .invalid never resolves (RFC 6761), here or anywhere
        long id = submit("{\"url\": \"http://shop.invalid/\"}");

        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(20));
        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("error").asText()).contains("cannot resolve host shop.invalid");
        JsonNode deadLetter = json(get("/api/dead-letters?jobId=" + id)).get("items").get(0);
        assertThat(deadLetter.get("attempts").asInt()).isEqualTo(1 + 2);
    }

    @Test
    void pagesDisallowedByRobotsTxtAreNeverFetched() {
        String disallowed = "/checkout/cart";
        long id = submit("{\"url\": \"" + shop.baseUrl() + disallowed + "\", \"type\": \"product\"}");

        assertThat(awaitJobEnded(id, Duration.ofSeconds(30)).get("status").asText()).isEqualTo("FAILED");
        assertThat(json(get("/api/dead-letters?jobId=" + id)).at("/items/0/error").asText()).contains("robots.txt");
        assertThat(shop.requestCount(disallowed)).isZero();
    }

    private Map<String, JsonNode> allProducts(long id) {
        Map<String, JsonNode> byUrl = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = json(get("/api/jobs/" + id + "/products?size=100&page=" + page)).get("items");
            if (items.isEmpty()) {
                return byUrl;
            }
            items.forEach(p -> byUrl.put(p.get("url").asText(), p));
        }
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

}
