package caravan.shops;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recrawls of a shop that changed between two crawls: the second job reports exactly what the test
 * changed (prices up and down, stock, products removed) against the first, and pages that did not
 * change answer the job's conditional requests with 304, which count as seen and unchanged.
 */
class ProductChangesIT extends CaravanIntegrationTest {

    @Autowired
    private MeterRegistry metrics;

    @Test
    void aRecrawlReportsExactlyThePriceStockAndRemovalChangesMade() throws Exception {
        ChangingShop shop = new ChangingShop(20);
        try (FixtureShopServer server = new FixtureShopServer(shop, FIXTURE_SHOP_HOSTS.get(5), 0)) {
            long first = crawl(server);
            assertThat(json(get("/api/jobs/" + first)).at("/profile/name").asText()).as("Dawn's markup").isEqualTo("shopify");
            assertThat(server.requests()).as("Dawn's pagination: 20 products, 16 a page").contains("/collections/all?page=2");
            List<String> expected = new ArrayList<>();
            for (int id : List.of(1, 2)) {
                BigDecimal before = shop.product(id).price();
                shop.reprice(id, before.add(new BigDecimal("5.00")));
                expected.add("price_up " + shop.product(id).path() + " " + amount(before) + " -> " + amount(shop.product(id).price()));
            }
            for (int id : List.of(3, 4, 5)) {
                BigDecimal before = shop.product(id).price();
                shop.reprice(id, before.subtract(new BigDecimal("1.50")));
                expected.add("price_down " + shop.product(id).path() + " " + amount(before) + " -> " + amount(shop.product(id).price()));
            }
            for (int id : List.of(6, 7)) {
                shop.putOutOfStock(id);
                expected.add("availability " + shop.product(id).path() + " InStock -> OutOfStock");
            }
            for (int id : List.of(8, 9)) {
                expected.add("gone " + shop.product(id).path() + " " + amount(shop.product(id).price()) + " -> null");
                shop.remove(id);
            }
            int notModifiedBefore = server.notModifiedCount();

            long second = crawl(server);

            JsonNode changes = json(get("/api/jobs/" + second + "/changes?size=200"));
            assertThat(changes.get("jobId").asLong()).isEqualTo(second);
            assertThat(changes.get("comparedWithJobId").asLong()).isEqualTo(first);
            List<String> reported = new ArrayList<>();
            changes.get("items").forEach(item -> reported.add(describe(server, item)));
            assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(changes.get("total").asInt()).isEqualTo(expected.size());
            JsonNode counts = changes.get("counts");
            assertThat(List.of(counts.get("new").asInt(), counts.get("gone").asInt(), counts.get("priceUp").asInt(),
                    counts.get("priceDown").asInt(), counts.get("availability").asInt())).containsExactly(0, 2, 2, 3, 2);

            JsonNode job = json(get("/api/jobs/" + second));
            assertThat(job.at("/changes/comparedWithJobId").asLong()).isEqualTo(first);
            assertThat(job.at("/changes/counts")).isEqualTo(counts);
            // the 11 products neither changed nor removed answered 304; the 7 changed ones were fetched whole
            assertThat(job.at("/counts/pagesUnchanged").asInt()).isEqualTo(11);
            assertThat(server.notModifiedCount() - notModifiedBefore).isEqualTo(11);
            assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(18);

            JsonNode cheaper = json(get("/api/jobs/" + second + "/changes?change=price_down"));
            assertThat(cheaper.get("total").asInt()).isEqualTo(3);
            cheaper.get("items").forEach(item -> assertThat(item.get("change").asText()).isEqualTo("price_down"));

            List<String> events = new ArrayList<>();
            json(getJson("/api/jobs/" + second + "/events")).forEach(e -> events.add(e.get("type").asText()));
            assertThat(events.stream().filter("product_changed"::equals).count()).isEqualTo(expected.size());
            // the job's end is the last thing its history says: its stream closes on it
            assertThat(events.get(events.size() - 1)).isEqualTo("job_status");
            assertThat(events.indexOf("changes")).isBetween(0, events.size() - 2);
            JsonNode summary = null;
            for (JsonNode e : json(getJson("/api/jobs/" + second + "/events"))) {
                summary = e.get("type").asText().equals("changes") ? e.get("data") : summary;
            }
            assertThat(summary).isNotNull();
            assertThat(summary.get("priceDown").asInt()).isEqualTo(3);
            assertThat(summary.get("gone").asInt()).isEqualTo(2);

            long repriced = jdbc.queryForObject("SELECT id FROM product WHERE url = ?", Long.class,
                    server.baseUrl() + shop.product(1).path());
            JsonNode history = json(get("/api/products/" + repriced + "/history"));
            assertThat(history.get("url").asText()).isEqualTo(server.baseUrl() + shop.product(1).path());
            assertThat(history.get("observations")).hasSize(2);
            assertThat(history.at("/observations/0/jobId").asLong()).isEqualTo(first);
            assertThat(new BigDecimal(history.at("/observations/1/price").asText())).isEqualByComparingTo("15.00");
        }
    }

    @Test
    void aRecrawlOfAnUnchangedShopIsAnswered304AndStoresNoObservation() throws Exception {
        ChangingShop shop = new ChangingShop(12);
        try (FixtureShopServer server = new FixtureShopServer(shop, FIXTURE_SHOP_HOSTS.get(6), 0)) {
            long first = crawl(server);
            assertThat(server.notModifiedCount()).as("the first crawl had nothing to ask").isZero();
            String host = URI.create(server.baseUrl()).getRawAuthority();

            long second = crawl(server);

            JsonNode job = json(get("/api/jobs/" + second));
            assertThat(job.at("/counts/pagesUnchanged").asInt()).isEqualTo(12);
            assertThat(server.notModifiedCount()).isEqualTo(12);
            assertThat(job.at("/counts/productsStored").asInt()).as("every product seen by the recrawl").isEqualTo(12);
            assertThat(job.at("/changes/comparedWithJobId").asLong()).isEqualTo(first);
            assertThat(job.at("/changes/counts/gone").asInt()).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM product_observation WHERE job_id = ?", Long.class, second))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT count(DISTINCT product_id) FROM product_category WHERE job_id = ?",
                    Long.class, second)).as("linked to the category this job found them under").isEqualTo(12);
            assertThat(json(get("/api/jobs/" + second + "/products?size=50")).get("total").asInt()).isEqualTo(12);
            Counter saved = metrics.find("caravan.fetch.not.modified").tag("host", host).counter();
            assertThat(saved).isNotNull();
            assertThat(saved.count()).isEqualTo(12.0);
        }
    }

    @Test
    void badHistoryQueriesAreRefusedNamingTheFieldAndUnknownIdsAre404() {
        assertThat(get("/api/jobs/1/changes?change=cheaper").statusCode()).isEqualTo(400);
        assertThat(json(get("/api/jobs/1/changes?change=cheaper")).get("field").asText()).isEqualTo("change");
        assertThat(json(get("/api/jobs/x/changes")).get("field").asText()).isEqualTo("id");
        assertThat(get("/api/jobs/999999999/changes").statusCode()).isEqualTo(404);
        assertThat(get("/api/products/999999999/history").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/products/0/history")).get("field").asText()).isEqualTo("id");
    }

    private long crawl(FixtureShopServer server) {
        long id = submit("{\"url\": \"" + server.baseUrl() + "/\", \"type\": \"full_site\"}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));
        assertThat(job.get("status").asText()).as("job %s: %s", id, job.get("error")).isEqualTo("DONE");
        assertThat(job.at("/counts/failedTasks").asInt()).isZero();
        return id;
    }

    private static String describe(FixtureShopServer server, JsonNode item) {
        String change = item.get("change").asText();
        boolean prices = change.startsWith("price") || change.equals("gone");
        return change + " " + item.get("url").asText().substring(server.baseUrl().length()) + " "
                + (prices ? amount(item.get("old")) : item.get("old").asText()) + " -> "
                + (prices ? amount(item.get("new")) : item.get("new").asText());
    }

    private static String amount(JsonNode value) {
        return value.isNull() ? "null" : amount(new BigDecimal(value.asText()));
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
