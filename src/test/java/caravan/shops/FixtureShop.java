package caravan.shops;

import java.util.List;

/**
 * A test shop written in one e-commerce platform's own markup (from the platform's public theme
 * and template source), served on loopback by {@link FixtureShopServer}. It knows what a correct
 * crawl of it must store, so a no-selector crawl can be checked field by field.
 */
public interface FixtureShop {

    /** Short name, e.g. "shopify-dawn". */
    String name();

    /**
     * The answer to a GET of {@code pathAndQuery} (the raw path with its query string, e.g.
     * "/collections/shirts?page=2"), or null for 404. {@code baseUrl} is "http://host:port" with no
     * trailing slash, for absolute links, canonical URLs and sitemaps.
     */
    FixturePage page(String pathAndQuery, String baseUrl);

    /** Every product a correct crawl stores, once each. */
    List<ExpectedProduct> expectedProducts();

    /** Every category a correct crawl stores: nothing else (no about page, no pagination page). */
    List<ExpectedCategory> expectedCategories();
}
