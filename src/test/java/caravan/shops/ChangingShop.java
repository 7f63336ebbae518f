package caravan.shops;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;

/**
 * A Shopify Dawn store ({@link ShopifyDawnShop} selling a catalogue) that a test changes between
 * crawls: reprices, sells out, removes. Each product page carries Shopify's ETag of its content and
 * a Last-Modified of the product's last change, so {@link FixtureShopServer} answers a recrawl's
 * conditional requests honestly (304 only for a page that is still the same).
 */
public final class ChangingShop implements FixtureShop {

    private static final ZonedDateTime OPENED = ZonedDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    /** A product as the shop sells it now; {@code version} counts its changes. */
    public record Product(int id, BigDecimal price, String availability, int version) {

        public String path() {
            return ShopifyDawnShop.productPath(title());
        }

        public String sku() {
            return "CHG-" + id;
        }

        public String title() {
            return "Changing item " + id;
        }

        private ShopifyDawnShop.Listing listing() {
            return new ShopifyDawnShop.Listing(id, title(), sku(), price, "InStock".equals(availability));
        }
    }

    private final Map<Integer, Product> products = new ConcurrentSkipListMap<>();
    private volatile ShopifyDawnShop storefront;

    /** Products 1..count, priced 10.00, 11.00, ..., all in stock. */
    public ChangingShop(int count) {
        IntStream.rangeClosed(1, count).forEach(id ->
                products.put(id, new Product(id, BigDecimal.valueOf(9 + id).setScale(2), "InStock", 1)));
        restock();
    }

    public List<Product> products() {
        return List.copyOf(products.values());
    }

    public Product product(int id) {
        return Optional.ofNullable(products.get(id)).orElseThrow();
    }

    public void reprice(int id, BigDecimal price) {
        products.computeIfPresent(id, (k, p) -> new Product(id, price, p.availability(), p.version() + 1));
        restock();
    }

    public void putOutOfStock(int id) {
        products.computeIfPresent(id, (k, p) -> new Product(id, p.price(), "OutOfStock", p.version() + 1));
        restock();
    }

    /** No longer sold: not listed, and its page is gone. */
    public void remove(int id) {
        products.remove(id);
        restock();
    }

    /** The store front now sells what the shop holds. */
    private void restock() {
        storefront = new ShopifyDawnShop(products.values().stream().map(Product::listing).toList());
    }

    @Override
    public String name() {
        return "changing-shop";
    }

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        FixturePage page = storefront.page(pathAndQuery, baseUrl);
        String path = pathAndQuery.replaceFirst("\\?.*$", "");
        Optional<Product> product = products.values().stream().filter(p -> path.endsWith(p.path())).findFirst();
        if (page == null || page.status() != 200 || product.isEmpty()) {
            return page;
        }
        Map<String, String> headers = new HashMap<>(page.headers());
        headers.put("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(OPENED.plusDays(product.get().version())));
        return new FixturePage(page.status(), page.contentType(), page.body(), headers);
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        return storefront.expectedProducts();
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        return storefront.expectedCategories();
    }
}
