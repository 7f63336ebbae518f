package caravan.shops;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A no-selector full-site crawl of shops written in each platform's own markup: every product
 * stored exactly once with every field and every category it is listed under, exactly the shop's
 * categories (no about page, no pagination page), the platform's profile detected.
 */
class PlatformShopsIT extends CaravanIntegrationTest {

    static Stream<Arguments> shops() {
        return Stream.of(
                Arguments.of(new ShopifyDawnShop(), "shopify", 0),
                Arguments.of(new WooStorefrontShop(), "woocommerce", 1),
                Arguments.of(new MagentoLumaShop(), "magento2", 2),
                Arguments.of(new BigCommerceCornerstoneShop(), "bigcommerce", 3),
                Arguments.of(new PrestaShopClassicShop(), "prestashop", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shops")
    void aNoSelectorCrawlStoresEveryProductOnceWithItsCategories(FixtureShop shop, String profile, int host) throws Exception {
        try (FixtureShopServer server = new FixtureShopServer(shop, FIXTURE_SHOP_HOSTS.get(host), 0)) {
            long id = submit("{\"url\": \"" + server.baseUrl() + "/\", \"type\": \"full_site\"}");
            JsonNode job = awaitJobEnded(id, Duration.ofSeconds(120));

            assertThat(job.get("status").asText()).as("job %s: %s", id, job.get("error")).isEqualTo("DONE");
            assertThat(job.get("profile").get("name").asText()).isEqualTo(profile);
            assertThat(job.get("profile").get("reason").asText()).startsWith("detected: ");
            assertThat(job.get("counts").get("failedTasks").asInt()).as("dead letters: %s",
                    get("/api/dead-letters?jobId=" + id + "&size=5").body()).isZero();
            Map<String, JsonNode> products = products(id);
            assertThat(products.keySet()).as("product URLs").containsExactlyInAnyOrderElementsOf(shop.expectedProducts().stream()
                    .map(p -> server.baseUrl() + p.path()).toList());
            assertThat(job.get("counts").get("productsStored").asInt()).isEqualTo(shop.expectedProducts().size());
            for (ExpectedProduct expected : shop.expectedProducts()) {
                JsonNode actual = products.get(server.baseUrl() + expected.path());
                assertThat(actual.get("title").asText()).as("title of %s", expected.path()).isEqualTo(expected.title());
                assertThat(actual.get("sku").asText()).as("sku of %s", expected.path()).isEqualTo(expected.sku());
                assertThat(actual.get("price").isNull()).as("price of %s", expected.path()).isFalse();
                assertThat(new BigDecimal(actual.get("price").asText())).as("price of %s", expected.path())
                        .isEqualByComparingTo(expected.price());
                assertThat(actual.get("currency").asText()).as("currency of %s", expected.path()).isEqualTo(expected.currency());
                assertThat(actual.get("availability").asText()).as("availability of %s", expected.path())
                        .isEqualTo(expected.availability());
                Set<String> categories = new HashSet<>();
                actual.get("categories").forEach(c -> categories.add(c.get("path").asText()));
                assertThat(categories).as("categories of %s", expected.path()).isEqualTo(expected.categoryPaths());
            }

            List<ExpectedCategory> stored = jdbc.query("""
                    SELECT c.path, c.name, c.parent_path FROM job_category jc JOIN category c ON c.id = jc.category_id
                    WHERE jc.job_id = ?
                    """, (rs, row) -> new ExpectedCategory(rs.getString(1), rs.getString(2), rs.getString(3)), id);
            assertThat(stored).as("categories").containsExactlyInAnyOrderElementsOf(shop.expectedCategories());
            assertThat(job.get("counts").get("categories").asInt()).isEqualTo(shop.expectedCategories().size());
        }
    }

    @Test
    void aSecondJobOnTheSameSiteReportsOnlyItsOwnCategoryLinksAndANamedProfileIsUsed() throws Exception {
        FixtureShop shop = new ShopifyDawnShop();
        try (FixtureShopServer server = new FixtureShopServer(shop, FIXTURE_SHOP_HOSTS.get(5), 0)) {
            JsonNode full = awaitJobEnded(submit("{\"url\": \"" + server.baseUrl() + "/\"}"), Duration.ofSeconds(120));
            assertThat(full.get("status").asText()).isEqualTo("DONE");
            // a category in which some product is also listed under another category
            ExpectedCategory category = shop.expectedCategories().stream()
                    .filter(c -> shop.expectedProducts().stream().anyMatch(p -> p.categoryPaths().contains(c.path())
                            && p.categoryPaths().size() > 1))
                    .findFirst().orElseThrow();

            long id = submit("{\"url\": \"" + server.baseUrl() + category.path() + "\", \"type\": \"category\", \"profile\": \"shopify\"}");
            JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));

            assertThat(job.get("status").asText()).isEqualTo("DONE");
            assertThat(job.get("profile").get("reason").asText()).isEqualTo("named by the job");
            Map<String, JsonNode> products = products(id);
            assertThat(products.keySet()).isEqualTo(shop.expectedProducts().stream()
                    .filter(p -> p.categoryPaths().contains(category.path())).map(p -> server.baseUrl() + p.path())
                    .collect(Collectors.toSet()));
            products.values().forEach(p -> assertThat(p.get("categories")).extracting(c -> c.get("path").asText())
                    .as("categories of %s in the category job", p.get("url")).containsExactly(category.path()));
        }
    }

    @Test
    void aSiteWithoutProductsFailsSayingWhatWasTried() throws Exception {
        FixtureShop brochure = new BrochureSite(false);
        try (FixtureShopServer server = new FixtureShopServer(brochure, FIXTURE_SHOP_HOSTS.get(6), 0)) {
            JsonNode job = awaitJobEnded(submit("{\"url\": \"" + server.baseUrl() + "/\"}"), Duration.ofSeconds(60));
            assertThat(job.get("status").asText()).isEqualTo("FAILED");
            assertThat(job.get("error").asText()).contains("nothing to crawl", "generic profile", "navigation", "sitemap");
        }
        FixtureShop lookbook = new BrochureSite(true);
        try (FixtureShopServer server = new FixtureShopServer(lookbook, FIXTURE_SHOP_HOSTS.get(7), 0)) {
            JsonNode job = awaitJobEnded(submit("{\"url\": \"" + server.baseUrl() + "/\"}"), Duration.ofSeconds(60));
            assertThat(job.get("status").asText()).isEqualTo("FAILED");
            assertThat(job.get("error").asText()).contains("no product found", "2 possible category pages");
            assertThat(job.get("counts").get("categories").asInt()).isZero();
        }
    }

    @Test
    void aStartPageThatIsItselfTheListingIsCrawledAsOne() throws Exception {
        FixtureShop onePage = new OnePageShop();
        try (FixtureShopServer server = new FixtureShopServer(onePage, FIXTURE_SHOP_HOSTS.get(8), 0)) {
            long id = submit("{\"url\": \"" + server.baseUrl() + "/\"}");
            JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));
            assertThat(job.get("status").asText()).as("%s", job.get("error")).isEqualTo("DONE");
            assertThat(products(id).keySet()).containsExactlyInAnyOrder(server.baseUrl() + "/item/1", server.baseUrl() + "/item/2");
        }
    }

    /** A shop that is one page: no menu, no sitemap, its products linked from the start page. */
    private record OnePageShop() implements FixtureShop {

        @Override
        public String name() {
            return "one-page";
        }

        @Override
        public FixturePage page(String pathAndQuery, String baseUrl) {
            return switch (pathAndQuery) {
                case "/" -> FixturePage.html("<!doctype html><html><head><title>Pottery</title></head><body><h1>Pottery</h1>"
                        + "<ul><li><a href=\"/product/1\">Bowl</a></li><li><a href=\"/products/2\">Jug</a></li></ul></body></html>");
                case "/product/1", "/products/2" -> FixturePage.html("<!doctype html><html><head>"
                        + "<link rel=\"canonical\" href=\"" + baseUrl + "/item/" + pathAndQuery.substring(pathAndQuery.length() - 1) + "\">"
                        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                        + "\"name\":\"Piece " + pathAndQuery + "\",\"offers\":{\"@type\":\"Offer\",\"price\":\"20.00\",\"priceCurrency\":\"EUR\"}}"
                        + "</script></head><body><h1>Piece</h1></body></html>");
                default -> null;
            };
        }

        @Override
        public List<ExpectedProduct> expectedProducts() {
            return List.of();
        }

        @Override
        public List<ExpectedCategory> expectedCategories() {
            return List.of();
        }
    }

    /** A company site with no shop: its menu leads to pages only (or, with pages, to two that list nothing). */
    private record BrochureSite(boolean withPages) implements FixtureShop {

        @Override
        public String name() {
            return "brochure";
        }

        @Override
        public FixturePage page(String pathAndQuery, String baseUrl) {
            String menu = "<a href=\"/about-us\">About</a><a href=\"/contact\">Contact</a><a href=\"/blog/\">Blog</a>"
                    + (withPages ? "<a href=\"/our-story\">Our story</a><a href=\"/lookbook\">Lookbook</a>" : "");
            return switch (pathAndQuery) {
                case "/" -> FixturePage.html("<!doctype html><html><head><title>Atelier</title></head><body><header><nav>"
                        + menu + "</nav></header><main><h1>Atelier</h1><p>Hand-made since 1962.</p></main></body></html>");
                case "/our-story", "/lookbook", "/about-us" -> FixturePage.html("<!doctype html><html><body><header><nav>" + menu
                        + "</nav></header><main><h1>" + pathAndQuery.substring(1) + "</h1><img src=\"/a.jpg\"></main></body></html>");
                default -> null;
            };
        }

        @Override
        public List<ExpectedProduct> expectedProducts() {
            return List.of();
        }

        @Override
        public List<ExpectedCategory> expectedCategories() {
            return List.of();
        }
    }

    private Map<String, JsonNode> products(long jobId) {
        Map<String, JsonNode> byUrl = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = json(get("/api/jobs/" + jobId + "/products?size=200&page=" + page)).get("items");
            items.forEach(p -> assertThat(byUrl.put(p.get("url").asText(), p)).as("listed twice: %s", p.get("url")).isNull());
            if (items.size() < 200) {
                return byUrl;
            }
        }
    }
}
