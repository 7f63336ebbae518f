package caravan.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction fixtures crawled as a shop and read back through the API: prices with list price
 * and range, variants, brand and where each field came from, as stored in PostgreSQL; and the
 * product list's availability and price filters.
 */
class ProductOffersIT extends CaravanIntegrationTest {

    private static final ExtractionShop SHOP = new ExtractionShop();
    private static FixtureShopServer server;
    private static long jobId;
    private static Map<String, JsonNode> products;

    @BeforeAll
    static void startShop() throws Exception {
        server = new FixtureShopServer(SHOP, FIXTURE_SHOP_HOSTS.get(9), 0);
    }

    @AfterAll
    static void stopShop() {
        server.close();
    }

    private void crawlOnce() {
        if (products != null) {
            return;
        }
        jobId = submit("{\"url\": \"" + server.baseUrl() + "/\", \"type\": \"full_site\"}");
        JsonNode job = awaitJobEnded(jobId, Duration.ofSeconds(120));
        assertThat(job.get("status").asText()).as("job: %s", job.get("error")).isEqualTo("DONE");
        products = productsOf("");
    }

    @Test
    void everyFixtureIsStoredWithItsOffersVariantsAndSources() {
        // one product job per page, read with its platform's profile as a crawl of its shop would
        Map<String, Long> jobs = new HashMap<>();
        SHOP.expectations().keySet().forEach(name -> jobs.put(name, submit("{\"url\": \"" + server.baseUrl() + "/products/" + name
                + "\", \"type\": \"product\", \"profile\": \"" + ExtractionShop.profileOf(name) + "\"}")));
        Map<String, JsonNode> stored = new HashMap<>();
        jobs.forEach((name, id) -> {
            JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));
            assertThat(job.get("status").asText()).as("%s: %s", name, job.get("error")).isEqualTo("DONE");
            JsonNode items = json(getJson("/api/jobs/" + id + "/products")).get("items");
            assertThat(items).as(name).hasSize(1);
            stored.put(name, items.get(0));
        });
        assertSoftly(soft -> SHOP.expectations().forEach((name, expected) -> {
            JsonNode actual = stored.get(name);
            soft.assertThat(actual).as(name).isNotNull();
            if (actual == null) {
                return;
            }
            for (String field : List.of("title", "currency", "sku", "brand", "gtin", "availability")) {
                if (expected.hasNonNull(field)) {
                    soft.assertThat(actual.path(field).asText(null)).as("%s %s", name, field).isEqualTo(expected.get(field).asText());
                }
            }
            for (String field : List.of("price", "listPrice", "lowPrice", "highPrice")) {
                if (expected.hasNonNull(field)) {
                    soft.assertThat(actual.hasNonNull(field)).as("%s %s", name, field).isTrue();
                    if (actual.hasNonNull(field)) {
                        // stored exactly: 12.500 KWD is not 12500, 34.992 is not 34.99
                        soft.assertThat(new BigDecimal(actual.get(field).asText())).as("%s %s", name, field)
                                .isEqualByComparingTo(new BigDecimal(expected.get(field).asText()));
                    }
                }
            }
            if (expected.has("variantCount")) {
                soft.assertThat(actual.get("variants")).as("%s variants", name).hasSize(expected.get("variantCount").asInt());
            }
            expected.path("sources").fields().forEachRemaining(source ->
                    soft.assertThat(actual.path("sources").path(source.getKey()).asText(null))
                            .as("%s source of %s", name, source.getKey()).isEqualTo(source.getValue().asText()));
        }));
    }

    @Test
    void theProductListFiltersOnAvailabilityAndPriceRange() {
        crawlOnce();
        Map<String, Long> byAvailability = new HashMap<>();
        products.values().forEach(p -> byAvailability.merge(p.path("availability").asText("none"), 1L, Long::sum));
        byAvailability.remove("none");
        assertThat(byAvailability).as("the fixtures' availabilities").hasSizeGreaterThan(1);
        String rarest = byAvailability.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();

        Map<String, JsonNode> filtered = productsOf("availability=" + rarest);
        assertThat(filtered.values()).isNotEmpty().allSatisfy(p -> assertThat(p.get("availability").asText()).isEqualTo(rarest));
        assertThat((long) filtered.size()).isEqualTo(byAvailability.get(rarest));
        assertThat(productsOf("availability=" + URLEncoder.encode("https://schema.org/" + rarest, StandardCharsets.UTF_8)))
                .as("the schema.org URL names the same").hasSameSizeAs(filtered);

        List<BigDecimal> prices = products.values().stream().filter(p -> p.hasNonNull("price"))
                .map(p -> new BigDecimal(p.get("price").asText())).sorted().toList();
        BigDecimal low = prices.get(prices.size() / 4);
        BigDecimal high = prices.get(prices.size() * 3 / 4);
        Map<String, JsonNode> between = productsOf("minPrice=" + low.toPlainString() + "&maxPrice=" + high.toPlainString());
        assertThat((long) between.size()).isEqualTo(prices.stream().filter(p -> p.compareTo(low) >= 0 && p.compareTo(high) <= 0).count());
        assertThat(between.values()).allSatisfy(p -> assertThat(new BigDecimal(p.get("price").asText())).isBetween(low, high));
    }

    @Test
    void aBadFilterIsRefusedWithTheParameterNamed() {
        crawlOnce();
        for (String[] bad : new String[][] {{"availability=sometimes", "availability"}, {"minPrice=cheap", "minPrice"},
                {"minPrice=-1", "minPrice"}, {"minPrice=20&maxPrice=10", "minPrice"}}) {
            HttpResponse<String> response = getJson("/api/jobs/" + jobId + "/products?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(json(response).toString()).as(bad[0]).contains(bad[1]);
        }
    }

    private Map<String, JsonNode> productsOf(String query) {
        Map<String, JsonNode> found = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = json(getJson("/api/jobs/" + jobId + "/products?size=100&page=" + page + (query.isEmpty() ? "" : "&" + query)));
            body.get("items").forEach(p -> found.put(p.get("url").asText(), p));
            if (body.get("items").size() < 100) {
                return found;
            }
        }
    }
}
