package caravan.shops;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A small shop a test changes between crawls: one listing of every product it still sells, each
 * product page with its JSON-LD offer. Each page carries an ETag and a Last-Modified that change
 * whenever the product does, so {@link FixtureShopServer} answers a recrawl's conditional requests
 * honestly (304 only for a page that is still the same).
 */
public final class ChangingShop implements FixtureShop {

    private static final ZonedDateTime OPENED = ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    /** A product as the shop sells it now; {@code version} counts its changes. */
    public record Product(int id, BigDecimal price, String availability, int version) {

        public String path() {
            return "/products/item-" + id;
        }

        public String sku() {
            return "CHG-" + id;
        }

        public String title() {
            return "Changing item " + id;
        }
    }

    private final Map<Integer, Product> products = new ConcurrentSkipListMap<>();

    /** Products 1..count, priced 10.00, 11.00, ..., all in stock. */
    public ChangingShop(int count) {
        IntStream.rangeClosed(1, count).forEach(id ->
                products.put(id, new Product(id, BigDecimal.valueOf(9 + id).setScale(2), "InStock", 1)));
    }

    public List<Product> products() {
        return List.copyOf(products.values());
    }

    public Product product(int id) {
        return Optional.ofNullable(products.get(id)).orElseThrow();
    }

    public void reprice(int id, BigDecimal price) {
        products.computeIfPresent(id, (k, p) -> new Product(id, price, p.availability(), p.version() + 1));
    }

    public void putOutOfStock(int id) {
        products.computeIfPresent(id, (k, p) -> new Product(id, p.price(), "OutOfStock", p.version() + 1));
    }

    /** No longer sold: not listed, and its page is gone. */
    public void remove(int id) {
        products.remove(id);
    }

    @Override
    public String name() {
        return "changing-shop";
    }

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        String path = pathAndQuery.replaceFirst("\\?.*$", "");
        if (path.equals("/")) {
            return FixturePage.html("<!doctype html><html lang=\"en\"><head><title>Changing shop</title></head><body>"
                    + "<nav><a href=\"/collections/all\">All products</a></nav><h1>Changing shop</h1></body></html>");
        }
        if (path.equals("/collections/all")) {
            return FixturePage.html("<!doctype html><html lang=\"en\"><head><title>All products</title></head><body>"
                    + "<nav><a href=\"/collections/all\">All products</a></nav><h1>All products</h1><ul>"
                    + products.values().stream().map(p -> "<li><a class=\"product-link\" href=\"" + p.path() + "\">"
                    + p.title() + "</a></li>").collect(Collectors.joining()) + "</ul></body></html>");
        }
        return products.values().stream().filter(p -> p.path().equals(path)).findFirst()
                .map(p -> productPage(p, baseUrl)).orElse(null);
    }

    private static FixturePage productPage(Product p, String baseUrl) {
        String html = "<!doctype html><html lang=\"en\"><head><title>" + p.title() + "</title>"
                + "<link rel=\"canonical\" href=\"" + baseUrl + p.path() + "\">"
                + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"Product\","
                + " \"name\": \"" + p.title() + "\", \"sku\": \"" + p.sku() + "\", \"offers\": {\"@type\": \"Offer\","
                + " \"price\": \"" + p.price().toPlainString() + "\", \"priceCurrency\": \"EUR\","
                + " \"availability\": \"https://schema.org/" + p.availability() + "\"}}</script>"
                + "</head><body><nav><a href=\"/collections/all\">All products</a></nav><h1>" + p.title() + "</h1></body></html>";
        FixturePage page = FixturePage.html(html);
        return new FixturePage(page.status(), page.contentType(), page.body(), Map.of(
                "ETag", "\"" + p.sku() + "-v" + p.version() + "\"",
                "Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(OPENED.plusDays(p.version()))));
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        return List.of(); // the tests read products() instead: it changes
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        return List.of(new ExpectedCategory("/collections/all", "All products", null));
    }
}
