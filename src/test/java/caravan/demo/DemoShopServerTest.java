package caravan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shop serves exactly what its catalog says, in every markup it claims. */
class DemoShopServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoShopServer shop;

    @BeforeAll
    static void start() throws IOException {
        shop = new DemoShopServer(DemoCatalog.generate(120), "127.0.0.1", 0, 30);
        shop.start();
    }

    @AfterAll
    static void stop() {
        shop.stop();
    }

    @Test
    void catalogIsDeterministicAndEveryProductHasItsCategoryTree() {
        DemoCatalog catalog = shop.catalog();
        assertThat(DemoCatalog.generate(120).products()).isEqualTo(catalog.products());
        for (DemoProduct product : catalog.products()) {
            List<String> paths = product.categoryPaths();
            assertThat(paths.stream().filter(p -> p.startsWith("brands/"))).hasSize(1);
            assertThat(paths).containsAnyOf("men", "women", "kids");
            paths.stream().filter(p -> p.contains("/") && !p.startsWith("brands/"))
                    .forEach(leaf -> assertThat(paths).contains(leaf.substring(0, leaf.indexOf('/'))));
            assertThat(paths.contains("sale")).isEqualTo(product.id() % 5 == 0);
        }
    }

    @Test
    void homeNavigationLinksEveryCategory() {
        Document home = get("/");
        for (DemoCategory category : shop.catalog().categories()) {
            assertThat(home.select("nav a[href=" + category.urlPath() + "]")).as(category.path()).hasSize(1);
        }
    }

    @Test
    void followingNextLinksListsExactlyTheCategoryProducts() {
        DemoCatalog catalog = shop.catalog();
        DemoCategory clothing = catalog.categoryAt("/c/clothing").orElseThrow();
        List<String> listed = new ArrayList<>();
        String next = clothing.urlPath();
        int pages = 0;
        while (next != null) {
            Document page = get(next);
            page.select("a.product-link").forEach(a -> listed.add(a.attr("href")));
            Element nextLink = page.selectFirst("a[rel=next]");
            next = nextLink == null ? null : nextLink.attr("href");
            pages++;
        }
        assertThat(pages).isEqualTo(catalog.listingPageCount(clothing)).isGreaterThan(1);
        assertThat(listed).containsExactlyElementsOf(catalog.productsIn(clothing).stream().map(DemoProduct::urlPath).toList());
    }

    @Test
    void productPagesCarryTheirStructuredData() throws IOException {
        DemoProduct jsonLd = shop.catalog().product(1).orElseThrow();
        JsonNode data = new ObjectMapper().readTree(get(jsonLd.urlPath()).selectFirst("script[type=application/ld+json]").data());
        assertThat(data.get("sku").asText()).isEqualTo(jsonLd.sku());
        assertThat(data.at("/offers/price").asText()).isEqualTo(jsonLd.price().toPlainString());

        DemoProduct microdata = shop.catalog().product(7).orElseThrow();
        assertThat(microdata.markup()).isEqualTo(DemoProduct.Markup.MICRODATA);
        assertThat(get(microdata.urlPath()).selectFirst("[itemprop=price]").attr("content"))
                .isEqualTo(microdata.price().toPlainString());

        DemoProduct openGraph = shop.catalog().product(9).orElseThrow();
        assertThat(openGraph.markup()).isEqualTo(DemoProduct.Markup.OPEN_GRAPH);
        assertThat(get(openGraph.urlPath()).selectFirst("meta[property=og:title]").attr("content")).isEqualTo(openGraph.title());
    }

    @Test
    void unknownPagesAre404AndFailingProductsAre503() {
        assertThat(status("/p/99999-nope")).isEqualTo(404);
        assertThat(status("/c/clothing?page=999")).isEqualTo(404);
        String failing = shop.catalog().product(30).orElseThrow().urlPath();
        int before = shop.requestCount(failing);
        assertThat(status(failing)).isEqualTo(503);
        assertThat(shop.requestCount(failing)).isEqualTo(before + 1);
    }

    @Test
    void busiestSecondCountsRequestsThatArriveWithinOneSecond() throws Exception {
        DemoShopServer quiet = new DemoShopServer(DemoCatalog.generate(10), "127.0.0.1", 0, 0);
        quiet.start();
        try {
            assertThat(quiet.busiestSecond()).isZero();
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                HTTP.send(HttpRequest.newBuilder(URI.create(quiet.baseUrl() + "/robots.txt")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            boolean withinOneSecond = System.nanoTime() - started < 1_000_000_000L;
            // on a loaded machine the five may spread over more than a second; then fewer share one
            assertThat(quiet.busiestSecond()).isBetween(withinOneSecond ? 5 : 1, 5);
        } finally {
            quiet.stop();
        }
    }

    @Test
    void sitemapListsEveryProduct() {
        String sitemap = body("/sitemap.xml");
        shop.catalog().products().forEach(p -> assertThat(sitemap).contains(shop.baseUrl() + p.urlPath()));
    }

    private static Document get(String path) {
        return Jsoup.parse(body(path), shop.baseUrl() + path);
    }

    private static String body(String path) {
        return send(path).body();
    }

    private static int status(String path) {
        return send(path).statusCode();
    }

    private static HttpResponse<String> send(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
