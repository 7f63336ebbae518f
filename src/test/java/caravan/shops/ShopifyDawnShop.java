package caravan.shops;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A Shopify store ("Alder &amp; Ash", GBP) on the Dawn theme (Online Store 2.0, schema_version 15.x):
 * mega menu + drawer menu, Dawn product cards, Dawn pagination (?page=N, 16 per page),
 * storefront-filtering facets, the {@code product | structured_data} JSON-LD, Shopify's robots.txt
 * and its sitemap index with child sitemaps. See src/test/resources/shops/shopify-dawn/SOURCES.md.
 * The same store front can sell a catalogue given to it instead ({@link #ShopifyDawnShop(List)}), for
 * tests that change what it sells between crawls. Product pages carry Shopify's weak ETag.
 */
public final class ShopifyDawnShop implements FixtureShop {

    private static final String SHOP_NAME = "Alder & Ash";
    private static final String CURRENCY = "GBP";
    private static final int PAGE_SIZE = 16;            // Dawn main-collection-product-grid products_per_page default
    private static final String TEMPLATE = "template--18839461249264";
    private static final String SHOP_ID = "71298465";

    // ---------------------------------------------------------------- model

    /** One product of a catalogue given to the shop; its number fixes its Shopify ids, whatever else is sold. */
    public record Listing(int number, String title, String sku, BigDecimal price, boolean available) { }

    private record Variant(long id, String option, String sku) { }

    private record Product(int n, String handle, String title, String sku, int pence, int compareAt, boolean available,
                           String vendor, String type, List<String> collections, List<Variant> variants, String tags) {
        long id() { return 8813467000000L + n * 37L; }
        boolean multi() { return variants.size() > 1; }
        Variant first() { return variants.get(0); }
    }

    private record Collection(String handle, String title, String description, long id) { }

    private record MenuLink(String title, String url, List<MenuLink> children) {
        MenuLink(String title, String url) { this(title, url, List.of()); }
        String handle() { return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""); }
    }

    private final List<Product> products = new ArrayList<>();
    private final Map<String, Product> byHandle = new LinkedHashMap<>();
    private final Map<String, Collection> collections = new LinkedHashMap<>();
    private final List<MenuLink> mainMenu;
    private final List<MenuLink> footerShopMenu;
    private final List<ExpectedCategory> categories;
    private final String featuredCollection;    // the home page's featured-collection section
    private final String featuredHeading;
    private final List<String> roomCollections; // the home page's collection-list section

    public ShopifyDawnShop() {
        col("all", "Shop all", "Everything we make and stock, in one place.");
        col("kitchen", "Kitchen", "Cookware, tableware and the small tools that make a kitchen work.");
        col("cookware", "Cookware", "Cast iron, carbon steel and enamel built to outlast us.");
        col("tableware", "Tableware", "Plates, bowls and serving pieces for everyday tables.");
        col("living", "Living", "Candles, throws and quiet things for the rest of the house.");
        col("candles", "Candles", "Hand-poured in small batches in our Hebden Bridge studio.");
        col("throws-textiles", "Throws & Textiles", "Wool, linen and cotton, woven in Britain.");
        col("gift-sets", "Gift sets", "Ready-to-give favourites.");
        col("coming-soon", "Coming soon", "New pieces landing shortly.");

        List<String> cw = List.of("all", "kitchen", "cookware");
        List<String> tw = List.of("all", "kitchen", "tableware");
        List<String> ko = List.of("all", "kitchen");
        List<String> ca = List.of("all", "living", "candles");
        List<String> tx = List.of("all", "living", "throws-textiles");
        List<String> lo = List.of("all", "living");

        p("Cast Iron Skillet 26cm", "AA-CW-101", 4800, 0, true, "Hearthmoor Ironworks", "Skillet", cw, "");
        p("Cast Iron Skillet 20cm", "AA-CW-102", 3600, 0, true, "Hearthmoor Ironworks", "Skillet", cw, "");
        pv("Enamelled Dutch Oven", "AA-CW-103", 9500, 0, true, "Hearthmoor Ironworks", "Casserole", cw, "", "Sage", "Oat", "Charcoal");
        p("Carbon Steel Wok", "AA-CW-104", 4200, 0, true, "Hearthmoor Ironworks", "Wok", cw, "");
        p("Copper Butter Warmer", "AA-CW-105", 2900, 0, false, SHOP_NAME, "Saucepan", cw, "");
        p("Stoneware Baking Dish", "AA-CW-106", 3200, 0, true, SHOP_NAME, "Bakeware", cw, "");
        p("Enamel Milk Pan", "AA-CW-107", 2400, 3000, true, SHOP_NAME, "Saucepan", cw, "sale");
        p("Cast Iron Griddle Plate", "AA-CW-108", 3900, 0, true, "Hearthmoor Ironworks", "Griddle", cw, "");
        p("Stainless Stock Pot 8L", "AA-CW-109", 6400, 0, true, SHOP_NAME, "Saucepan", cw, "");
        p("Seasoning Balm Tin", "AA-CW-110", 950, 0, true, "Hearthmoor Ironworks", "Care", cw, "gift");
        p("Waxed Canvas Oven Mitt Pair", "AA-CW-111", 1800, 0, true, SHOP_NAME, "Oven mitt",
                List.of("all", "kitchen", "cookware", "living", "throws-textiles"), "");
        p("Ceramic Casserole Dish", "AA-CW-112", 5500, 0, true, SHOP_NAME, "Casserole", cw, "");
        p("Roasting Tray with Rack", "AA-CW-113", 3400, 0, true, SHOP_NAME, "Bakeware", cw, "");

        p("Speckled Stoneware Dinner Plate", "AA-TW-201", 1600, 0, true, SHOP_NAME, "Plate", tw, "");
        p("Speckled Stoneware Side Plate", "AA-TW-202", 1200, 0, true, SHOP_NAME, "Plate", tw, "");
        pv("Hand-thrown Mug", "AA-TW-203", 1400, 0, true, SHOP_NAME, "Mug", tw, "gift", "Moss", "Sand", "Slate");
        p("Pasta Bowl Set of 2", "AA-TW-204", 2800, 0, true, SHOP_NAME, "Bowl",
                List.of("all", "kitchen", "tableware", "gift-sets"), "gift");
        p("Salt & Pepper Mill Set", "AA-TW-205", 3800, 0, true, SHOP_NAME, "Mill",
                List.of("all", "kitchen", "tableware", "gift-sets"), "gift");
        pv("Linen Napkins, Set of 4", "AA-TW-206", 2200, 0, true, SHOP_NAME, "Napkin",
                List.of("all", "kitchen", "tableware", "living", "throws-textiles"), "", "Natural", "Indigo");
        p("Linen Table Runner", "AA-TW-207", 2600, 0, true, SHOP_NAME, "Table linen",
                List.of("all", "kitchen", "tableware", "living", "throws-textiles"), "");
        p("Oak Serving Board", "AA-TW-208", 4500, 0, true, SHOP_NAME, "Board",
                List.of("all", "kitchen", "tableware", "gift-sets"), "gift");
        p("Recycled Glass Tumblers, Set of 6", "AA-TW-209", 3000, 0, false, SHOP_NAME, "Glassware", tw, "");
        p("Enamel Serving Jug", "AA-TW-210", 1900, 0, true, SHOP_NAME, "Jug", tw, "");
        p("Olive Wood Salad Servers", "AA-TW-211", 1700, 0, true, SHOP_NAME, "Utensil", tw, "");
        p("Baker's Stoneware Pie Dish", "AA-TW-212", 2100, 0, true, SHOP_NAME, "Bakeware", tw, "");

        p("Beechwood Spoon Trio", "AA-KT-301", 1500, 0, true, SHOP_NAME, "Utensil", ko, "");
        p("Brass Measuring Spoons", "AA-KT-302", 2000, 0, true, SHOP_NAME, "Utensil", ko, "");
        p("Marble Pestle & Mortar", "AA-KT-303", 2700, 0, true, SHOP_NAME, "Utensil", ko, "");
        p("Linen Tea Towel", "AA-KT-304", 1100, 0, true, SHOP_NAME, "Tea towel",
                List.of("all", "kitchen", "living", "throws-textiles"), "");
        p("Ceramic Utensil Crock", "AA-KT-305", 2300, 0, true, SHOP_NAME, "Storage", ko, "");
        p("Rattan Bread Basket", "AA-KT-306", 1800, 0, true, SHOP_NAME, "Storage", ko, "");
        p("Glass Spice Jar Set", "AA-KT-307", 2500, 0, true, SHOP_NAME, "Storage", ko, "");
        p("Steel Bench Scraper", "AA-KT-308", 800, 0, true, SHOP_NAME, "Utensil", ko, "");
        p("Copper Kitchen Timer", "AA-KT-309", 3500, 0, true, SHOP_NAME, "Utensil", ko, "");
        p("Walnut Recipe Card Box", "AA-KT-310", 1950, 0, true, SHOP_NAME, "Storage", ko, "gift");

        p("Fig & Cedar Candle", "AA-CA-401", 2800, 0, true, SHOP_NAME, "Candle",
                List.of("all", "living", "candles", "gift-sets"), "gift");
        p("Smoked Oud Candle", "AA-CA-402", 2800, 0, true, SHOP_NAME, "Candle", ca, "");
        p("Wild Mint Candle", "AA-CA-403", 2400, 0, true, SHOP_NAME, "Candle", ca, "");
        p("Travel Tin Candle Trio", "AA-CA-404", 2100, 0, true, SHOP_NAME, "Candle",
                List.of("all", "living", "candles", "gift-sets"), "gift");
        p("Beeswax Taper Pair", "AA-CA-405", 1200, 0, true, SHOP_NAME, "Candle", ca, "");
        p("Hand-poured Pillar Candle", "AA-CA-406", 1600, 0, false, SHOP_NAME, "Candle", ca, "");
        p("Concrete Candle Vessel", "AA-CA-407", 3200, 0, true, SHOP_NAME, "Candle", ca, "");
        p("Sea Salt Reed Diffuser", "AA-CA-408", 2600, 0, true, SHOP_NAME, "Diffuser", ca, "");
        p("Striking Matchstick Jar", "AA-CA-409", 1000, 0, true, SHOP_NAME, "Matches", ca, "");
        p("Brass Candle Snuffer", "AA-CA-410", 1400, 0, true, SHOP_NAME, "Candle care", ca, "");

        pv("Merino Wool Throw", "AA-TX-501", 12000, 14000, true, "Calder Valley Weavers", "Throw",
                List.of("all", "living", "throws-textiles", "gift-sets"), "gift sale", "Oat", "Charcoal", "Rust");
        p("Waffle Cotton Bath Towel", "AA-TX-502", 2200, 0, true, SHOP_NAME, "Towel", tx, "");
        p("Linen Cushion Cover", "AA-TX-503", 3000, 0, true, SHOP_NAME, "Cushion", tx, "");
        p("Chunky Knit Pouf", "AA-TX-504", 8500, 0, true, "Calder Valley Weavers", "Pouf", tx, "");
        p("Wool Picnic Blanket", "AA-TX-505", 6800, 0, false, "Calder Valley Weavers", "Blanket", tx, "");

        p("Ceramic Bud Vase", "AA-LV-601", 1800, 0, true, SHOP_NAME, "Vase", lo, "");
        p("Woven Seagrass Basket", "AA-LV-602", 3400, 0, true, SHOP_NAME, "Storage", lo, "");
        p("Framed Botanical Print", "AA-LV-603", 4000, 0, true, SHOP_NAME, "Print", lo, "");
        p("Driftwood Wall Mirror", "AA-LV-604", 11000, 0, true, SHOP_NAME, "Mirror", lo, "");
        p("Stoneware Incense Holder", "AA-LV-605", 1200, 0, true, SHOP_NAME, "Incense", lo, "");

        // In no collection at all (merchant's "all" is a smart collection "tag is not spare-part"): sitemap only.
        p("Replacement Wick Trimmer Blade", "AA-SP-901", 450, 0, true, SHOP_NAME, "Spare part", List.of(), "spare-part");

        mainMenu = List.of(
                new MenuLink("Shop all", "/collections/all"),
                new MenuLink("Shop", "/collections/all", List.of(
                        new MenuLink("Kitchen", "/collections/kitchen", List.of(
                                new MenuLink("Cookware", "/collections/cookware"),
                                new MenuLink("Tableware", "/collections/tableware"))),
                        new MenuLink("Living", "/collections/living", List.of(
                                new MenuLink("Candles", "/collections/candles"),
                                new MenuLink("Throws & Textiles", "/collections/throws-textiles"))),
                        new MenuLink("Gifts under £30", "/collections/all?filter.v.price.lte=30"),
                        new MenuLink("New arrivals", "/collections/all?sort_by=created-descending"))),
                new MenuLink("Journal", "/blogs/journal"),
                new MenuLink("About", "/pages/about"),
                new MenuLink("Contact", "/pages/contact"));
        footerShopMenu = List.of(
                new MenuLink("Cookware", "/collections/cookware"),
                new MenuLink("Tableware", "/collections/tableware"),
                new MenuLink("Candles", "/collections/candles"),
                new MenuLink("Throws & Textiles", "/collections/throws-textiles"),
                new MenuLink("Gift ideas", "/search?q=gift&options%5Bprefix%5D=last"));
        categories = List.of(
                new ExpectedCategory("/collections/all", "Shop all", null),
                new ExpectedCategory("/collections/kitchen", "Kitchen", null),
                new ExpectedCategory("/collections/cookware", "Cookware", "/collections/kitchen"),
                new ExpectedCategory("/collections/tableware", "Tableware", "/collections/kitchen"),
                new ExpectedCategory("/collections/living", "Living", null),
                new ExpectedCategory("/collections/candles", "Candles", "/collections/living"),
                new ExpectedCategory("/collections/throws-textiles", "Throws & Textiles", "/collections/living"),
                new ExpectedCategory("/collections/gift-sets", "Gift sets", null));
        featuredCollection = "kitchen";
        featuredHeading = "Kitchen favourites";
        roomCollections = List.of("cookware", "candles", "throws-textiles");
    }

    /**
     * The same store selling only {@code catalogue}, all of it in its one collection, Shop all
     * (paginated as Dawn does past a page); the menus lead to that collection and the store's pages.
     */
    public ShopifyDawnShop(List<Listing> catalogue) {
        col("all", "Shop all", "Everything we make and stock, in one place.");
        for (Listing listing : catalogue) {
            int n = listing.number();
            add(new Product(n, handleize(listing.title()), listing.title(), listing.sku(), listing.price().movePointRight(2).intValueExact(),
                    0, listing.available(), SHOP_NAME, "Homeware", List.of("all"),
                    List.of(new Variant(firstVariantId(n), "Default Title", listing.sku())), ""));
        }
        mainMenu = List.of(
                new MenuLink("Shop all", "/collections/all"),
                new MenuLink("Journal", "/blogs/journal"),
                new MenuLink("About", "/pages/about"),
                new MenuLink("Contact", "/pages/contact"));
        footerShopMenu = List.of(
                new MenuLink("Shop all", "/collections/all"),
                new MenuLink("Gift ideas", "/search?q=gift&options%5Bprefix%5D=last"));
        categories = List.of(new ExpectedCategory("/collections/all", "Shop all", null));
        featuredCollection = "all";
        featuredHeading = "New this season";
        roomCollections = List.of("all");
    }

    /** Where the store serves the product titled {@code title}: Shopify's handle of the title. */
    public static String productPath(String title) {
        return "/products/" + handleize(title);
    }

    private void col(String handle, String title, String description) {
        collections.put(handle, new Collection(handle, title, description, 412093546600L + collections.size() * 113L));
    }

    private void p(String title, String sku, int pence, int compareAt, boolean available, String vendor, String type,
                   List<String> cols, String tags) {
        int n = products.size() + 1;
        add(new Product(n, handleize(title), title, sku, pence, compareAt, available, vendor, type, cols,
                List.of(new Variant(firstVariantId(n), "Default Title", sku)), tags));
    }

    private void pv(String title, String sku, int pence, int compareAt, boolean available, String vendor, String type,
                    List<String> cols, String tags, String... options) {
        int n = products.size() + 1;
        List<Variant> vs = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            vs.add(new Variant(firstVariantId(n) + i, options[i], sku + "-" + options[i].toUpperCase(Locale.ROOT).substring(0, 3)));
        }
        add(new Product(n, handleize(title), title, vs.get(0).sku(), pence, compareAt, available, vendor, type, cols, vs, tags));
    }

    private void add(Product product) {
        products.add(product);
        byHandle.put(product.handle(), product);
    }

    private static long firstVariantId(int n) {
        return 44730010000000L + n * 1009L;
    }

    private static String handleize(String title) {
        return title.toLowerCase(Locale.ROOT).replace("'", "").replace("&", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private List<Product> inCollection(String handle) {
        List<Product> out = new ArrayList<>();
        for (Product product : products) {
            if (product.collections().contains(handle)) {
                out.add(product);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- FixtureShop

    @Override
    public String name() {
        return "shopify-dawn";
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        List<ExpectedProduct> out = new ArrayList<>();
        for (Product product : products) {
            Set<String> cats = new LinkedHashSet<>();
            for (String c : product.collections()) {
                cats.add("/collections/" + c);
            }
            out.add(new ExpectedProduct("/products/" + product.handle(), product.sku(), product.title(),
                    money(product.pence()), CURRENCY, product.available() ? "InStock" : "OutOfStock", cats));
        }
        return out;
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        return categories;
    }

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        String path = pathAndQuery;
        String query = "";
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q + 1);
        }
        Map<String, List<String>> params = parseQuery(query);
        if (path.length() > 1 && path.endsWith("/")) {
            return FixturePage.redirect(301, path.substring(0, path.length() - 1) + (query.isEmpty() ? "" : "?" + query));
        }
        switch (path) {
            case "/":
                return FixturePage.html(home(baseUrl));
            case "/robots.txt":
                return FixturePage.text(robots(baseUrl));
            case "/sitemap.xml":
                return FixturePage.xml(sitemapIndex(baseUrl));
            case "/sitemap_products_1.xml":
                return FixturePage.xml(sitemapProducts(baseUrl));
            case "/sitemap_collections_1.xml":
                return FixturePage.xml(sitemapCollections(baseUrl));
            case "/sitemap_pages_1.xml":
                return FixturePage.xml(sitemapPages(baseUrl));
            case "/sitemap_blogs_1.xml":
                return FixturePage.xml(sitemapBlogs(baseUrl));
            case "/cart":
                return FixturePage.html(simplePage(baseUrl, "cart", "Your cart", "/cart",
                        "<div class=\"cart__warnings\"><h1 class=\"cart__empty-text\">Your cart is empty</h1>"
                                + "<a href=\"/collections/all\" class=\"button\">Continue shopping</a>"
                                + "<h2 class=\"cart__login-title\">Have an account?</h2><p class=\"cart__login-paragraph\">"
                                + "<a href=\"/account/login\" class=\"link underlined-link\">Log in</a> to check out faster.</p></div>"));
            case "/account/login":
                return FixturePage.html(simplePage(baseUrl, "customers/login", "Account", "/account/login",
                        "<div class=\"customer login\"><h1 id=\"login\" tabindex=\"-1\">Login</h1>"
                                + "<form method=\"post\" action=\"/account/login\" id=\"customer_login\" accept-charset=\"UTF-8\" novalidate=\"novalidate\">"
                                + "<input type=\"hidden\" name=\"form_type\" value=\"customer_login\" /><input type=\"hidden\" name=\"utf8\" value=\"✓\" />"
                                + "<div class=\"field\"><input type=\"email\" name=\"customer[email]\" id=\"CustomerEmail\" autocomplete=\"email\" placeholder=\"Email\"><label for=\"CustomerEmail\">Email</label></div>"
                                + "<div class=\"field\"><input type=\"password\" value=\"\" name=\"customer[password]\" id=\"CustomerPassword\" autocomplete=\"current-password\" placeholder=\"Password\"><label for=\"CustomerPassword\">Password</label></div>"
                                + "<a href=\"#recover\">Forgot your password?</a><button>Sign in</button>"
                                + "<a href=\"/account/register\">Create account</a></form></div>"));
            case "/account/register":
                return FixturePage.html(simplePage(baseUrl, "customers/register", "Create Account", "/account/register",
                        "<div class=\"customer register\"><h1>Create account</h1>"
                                + "<form method=\"post\" action=\"/account\" id=\"create_customer\" accept-charset=\"UTF-8\" novalidate=\"novalidate\">"
                                + "<input type=\"hidden\" name=\"form_type\" value=\"create_customer\" /><button>Create</button></form></div>"));
            case "/search":
                return FixturePage.html(search(baseUrl, first(params, "q")));
            case "/recommendations/products":
                return recommendations(baseUrl, first(params, "product_id"));
            case "/blogs/journal":
                return FixturePage.html(blog(baseUrl));
            case "/blogs/journal.atom":
                return new FixturePage(200, "application/atom+xml; charset=utf-8", atom(baseUrl).getBytes(StandardCharsets.UTF_8), Map.of());
            default:
                break;
        }
        if (path.startsWith("/pages/")) {
            String body = PAGES.get(path.substring(7));
            return body == null ? null : FixturePage.html(simplePage(baseUrl, "page", pageTitle(path.substring(7)), path,
                    "<div class=\"page-width page-width--narrow section-" + TEMPLATE + "__main-padding\"><h1 class=\"main-page-title page-title h0\">"
                            + esc(pageTitle(path.substring(7))) + "</h1><div class=\"rte\">" + body + "</div></div>"));
        }
        if (path.startsWith("/policies/")) {
            String title = POLICIES.get(path.substring(10));
            return title == null ? null : FixturePage.html(simplePage(baseUrl, "policy", title, path,
                    "<div class=\"shopify-policy__container\"><div class=\"shopify-policy__title\"><h1>" + esc(title)
                            + "</h1></div><div class=\"shopify-policy__body\"><div class=\"rte\"><p>This policy applies to orders placed with "
                            + esc(SHOP_NAME) + " Ltd, Unit 4 Mill Yard, Hebden Bridge HX7 8AD.</p></div></div></div>"));
        }
        if (path.startsWith("/blogs/journal/")) {
            String article = path.substring(15);
            return ARTICLES.containsKey(article) ? FixturePage.html(article(baseUrl, article)) : null;
        }
        if (path.startsWith("/products/")) {
            String handle = path.substring(10);
            if (handle.endsWith(".oembed")) {
                Product product = byHandle.get(handle.substring(0, handle.length() - 7));
                return product == null ? null : new FixturePage(200, "application/json; charset=utf-8",
                        oembed(baseUrl, product).getBytes(StandardCharsets.UTF_8), Map.of());
            }
            Product product = byHandle.get(handle);
            return product == null ? null : cacheable(productPage(baseUrl, product, params));
        }
        if (path.startsWith("/collections/")) {
            String rest = path.substring(13);
            int slash = rest.indexOf("/products/");
            if (slash > 0) {
                Collection c = collections.get(rest.substring(0, slash));
                Product product = byHandle.get(rest.substring(slash + 10));
                if (c == null || product == null || !product.collections().contains(c.handle())) {
                    return null;
                }
                return cacheable(productPage(baseUrl, product, params));
            }
            Collection c = collections.get(rest);
            return c == null ? null : FixturePage.html(collectionPage(baseUrl, c, params));
        }
        return null;
    }

    /** A product page as Shopify's page cache answers it: a weak ETag of its content, e.g. W/"cacheable:9b2e…". */
    private static FixturePage cacheable(String html) {
        FixturePage page = FixturePage.html(html);
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(page.body()));
            return new FixturePage(page.status(), page.contentType(), page.body(), Map.of("ETag", "W/\"cacheable:" + digest + "\""));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    // ---------------------------------------------------------------- layout (layout/theme.liquid)

    private String layout(String base, String pageType, String title, String canonicalPath, String description,
                          String headExtra, String meta, String main, boolean index) {
        StringBuilder h = new StringBuilder(24_000);
        h.append("<!doctype html>\n<html class=\"js\" lang=\"en\">\n  <head>\n")
                .append("    <meta charset=\"utf-8\">\n    <meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n")
                .append("    <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
                .append("    <meta name=\"theme-color\" content=\"\">\n")
                .append("    <link rel=\"canonical\" href=\"").append(base).append(canonicalPath).append("\">\n")
                .append("<link rel=\"icon\" type=\"image/png\" href=\"//").append(host(base)).append("/cdn/shop/files/alder-favicon.png?crop=center&amp;height=32&amp;v=1709117020&amp;width=32\">")
                .append("\n    <link rel=\"preconnect\" href=\"https://cdn.shopify.com\" crossorigin>\n")
                .append("<link rel=\"preconnect\" href=\"https://fonts.shopifycdn.com\" crossorigin>\n")
                .append("    <title>\n      ").append(esc(title)).append(title.contains(SHOP_NAME) ? "" : "\n &ndash; " + esc(SHOP_NAME))
                .append("</title>\n\n")
                .append("      <meta name=\"description\" content=\"").append(esc(description)).append("\">\n\n")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(SHOP_NAME)).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(base).append(canonicalPath).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n")
                .append("<meta property=\"og:type\" content=\"").append("product".equals(pageType) ? "product" : "article".equals(pageType) ? "article" : "website").append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(esc(description)).append("\">")
                .append(headExtra)
                .append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
                .append("<meta name=\"twitter:title\" content=\"").append(esc(title)).append("\">\n")
                .append("<meta name=\"twitter:description\" content=\"").append(esc(description)).append("\">\n\n")
                .append("    <script src=\"//").append(host(base)).append("/cdn/shop/t/4/assets/constants.js?v=132983761750457495441709116984\" defer=\"defer\"></script>\n")
                .append("    <script src=\"//").append(host(base)).append("/cdn/shop/t/4/assets/pubsub.js?v=158357773527763999511709116984\" defer=\"defer\"></script>\n")
                .append("    <script src=\"//").append(host(base)).append("/cdn/shop/t/4/assets/global.js?v=88558128918567037191709116984\" defer=\"defer\"></script>\n")
                .append(contentForHeader(base, pageType, meta))
                .append("    <link href=\"//").append(host(base)).append("/cdn/shop/t/4/assets/base.css?v=144968985024194912401709116983\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />\n")
                .append("    <script>\n      if (Shopify.designMode) {\n        document.documentElement.classList.add('shopify-design-mode');\n      }\n    </script>\n")
                .append("  </head>\n\n  <body class=\"gradient\">\n")
                .append("    <a class=\"skip-to-content-link button visually-hidden\" href=\"#MainContent\">\n      Skip to content\n    </a>\n")
                .append("<!-- BEGIN sections: header-group -->\n")
                .append(announcementBar())
                .append(header(base, index))
                .append("<!-- END sections: header-group -->\n")
                .append("    <main id=\"MainContent\" class=\"content-for-layout focus-none\" role=\"main\" tabindex=\"-1\">\n")
                .append(main)
                .append("    </main>\n\n<!-- BEGIN sections: footer-group -->\n")
                .append(footer())
                .append("<!-- END sections: footer-group -->\n")
                .append("    <ul hidden>\n      <li id=\"a11y-refresh-page-message\">Choosing a selection results in a full page refresh.</li>\n")
                .append("      <li id=\"a11y-new-window-message\">Opens in a new window.</li>\n    </ul>\n\n")
                .append("    <script>\n      window.shopUrl = '").append(base).append("';\n      window.routes = {\n")
                .append("        cart_add_url: '/cart/add',\n        cart_change_url: '/cart/change',\n        cart_update_url: '/cart/update',\n")
                .append("        cart_url: '/cart',\n        predictive_search_url: '/search/suggest',\n      };\n")
                .append("      window.cartStrings = {\n        error: `There was an error while updating your cart. Please try again.`,\n")
                .append("        quantityError: `You can only add [quantity] of this item to your cart.`,\n      };\n")
                .append("      window.variantStrings = {\n        addToCart: `Add to cart`,\n        soldOut: `Sold out`,\n        unavailable: `Unavailable`,\n      };\n")
                .append("    </script>\n  </body>\n</html>\n");
        return h.toString();
    }

    private String contentForHeader(String base, String pageType, String meta) {
        String host = host(base);
        return "<meta name=\"shopify-digital-wallet\" content=\"/" + SHOP_ID + "/digital_wallets/dialog\">\n"
                + "<meta name=\"shopify-checkout-api-token\" content=\"5f1c2d3b4a59687766554433221100ff\">\n"
                + "<script async=\"async\" src=\"/checkouts/internal/preloads.js?locale=en-GB\"></script>\n"
                + "<script id=\"shopify-features\" type=\"application/json\">{\"accessToken\":\"5f1c2d3b4a59687766554433221100ff\",\"betas\":[\"rich-media-storefront-analytics\"],\"domain\":\"" + host + "\",\"predictiveSearch\":true,\"shopId\":" + SHOP_ID + ",\"locale\":\"en\"}</script>\n"
                + "<script>var Shopify = Shopify || {};\nShopify.shop = \"alder-and-ash.myshopify.com\";\nShopify.locale = \"en\";\n"
                + "Shopify.currency = {\"active\":\"GBP\",\"rate\":\"1.0\"};\nShopify.country = \"GB\";\n"
                + "Shopify.theme = {\"name\":\"Dawn\",\"id\":141872300104,\"schema_name\":\"Dawn\",\"schema_version\":\"15.3.0\",\"theme_store_id\":887,\"role\":\"main\"};\n"
                + "Shopify.theme.handle = \"null\";\nShopify.theme.style = {\"id\":null,\"handle\":null};\n"
                + "Shopify.cdnHost = \"" + host + "/cdn\";\nShopify.routes = Shopify.routes || {};\nShopify.routes.root = \"/\";</script>\n"
                + "<script type=\"module\">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>\n"
                + "<script id=\"__st\">var __st={\"a\":" + SHOP_ID + ",\"offset\":0,\"reqid\":\"2b1f0c5e-8d77-4c1e-9a0b-3f6e1d2c4b5a-1712345678\",\"pageurl\":\"" + host + "\",\"p\":\"" + pageType + "\"};</script>\n"
                + "<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};\nwindow.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};\n"
                + "window.ShopifyAnalytics.meta.currency = 'GBP';\nvar meta = " + meta + ";\n"
                + "for (var attr in meta) {\n  window.ShopifyAnalytics.meta[attr] = meta[attr];\n}</script>\n"
                + "<script class=\"boomerang\">(function () { window.BOOMR = window.BOOMR || {}; window.BOOMR.themeName = \"Dawn\"; window.BOOMR.themeVersion = \"15.3.0\"; window.BOOMR.shopId = " + SHOP_ID + "; })();</script>\n"
                + "<script id=\"web-pixels-manager-setup\">(function e(e,d,r,n,o){})(window,document,\"https://cdn.shopify.com/shopifycloud/web-pixels-manager/\");</script>\n"
                + "<link rel=\"stylesheet\" media=\"screen\" href=\"//" + host + "/cdn/shop/t/4/compiled_assets/styles.css?v=1718\">\n";
    }

    private static String announcementBar() {
        return "<div id=\"shopify-section-sections--18839460987120__announcement-bar\" class=\"shopify-section shopify-section-group-header-group announcement-bar-section\">"
                + "<link href=\"//cdn.shopify.com/s/files/component-slideshow.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />\n"
                + "<div class=\"utility-bar color-scheme-1 gradient utility-bar--bottom-border\">\n  <div class=\"page-width utility-bar__grid\">"
                + "<div class=\"announcement-bar\" role=\"region\" aria-label=\"Announcement\">\n"
                + "        <a href=\"/policies/shipping-policy\" class=\"announcement-bar__link link link--text focus-inset animate-arrow\">\n"
                + "            <p class=\"announcement-bar__message h5\">\n              <span>Free UK delivery on orders over £50</span>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" fill=\"none\" class=\"icon icon-arrow\" viewBox=\"0 0 14 10\"><path fill=\"currentColor\" d=\"M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546\"/></svg>\n"
                + "            </p>\n          </a></div>\n"
                + "<div class=\"localization-wrapper\"></div></div></div></div>\n";
    }

    // ---------------------------------------------------------------- header (sections/header.liquid + header-mega-menu + header-drawer)

    private static final String CARET = "<span class=\"svg-wrapper\"><svg class=\"icon icon-caret\" viewBox=\"0 0 10 6\"><path fill=\"currentColor\" fill-rule=\"evenodd\" d=\"M9.354.646a.5.5 0 0 0-.708 0L5 4.293 1.354.646a.5.5 0 0 0-.708.708l4 4a.5.5 0 0 0 .708 0l4-4a.5.5 0 0 0 0-.708\" clip-rule=\"evenodd\"/></svg></span>";
    private static final String ARROW = "<span class=\"svg-wrapper\"><svg class=\"icon icon-arrow\" viewBox=\"0 0 14 10\"><path fill=\"currentColor\" d=\"M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546\"/></svg></span>";

    private String header(String base, boolean index) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<div id=\"shopify-section-sections--18839460987120__header\" class=\"shopify-section shopify-section-group-header-group section-header\">")
                .append("<link rel=\"stylesheet\" href=\"//cdn.shopify.com/s/files/component-list-menu.css\" media=\"print\" onload=\"this.media='all'\">\n")
                .append("<link rel=\"stylesheet\" href=\"//cdn.shopify.com/s/files/component-mega-menu.css\" media=\"print\" onload=\"this.media='all'\">\n")
                .append("<script src=\"//cdn.shopify.com/s/files/details-disclosure.js\" defer=\"defer\"></script>\n")
                .append("<sticky-header data-sticky-type=\"on-scroll-up\" class=\"header-wrapper color-scheme-1 gradient header-wrapper--border-bottom\">")
                .append("<header class=\"header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account\">\n\n");
        // header-drawer.liquid
        h.append("<header-drawer data-breakpoint=\"tablet\">\n  <details id=\"Details-menu-drawer-container\" class=\"menu-drawer-container\">\n")
                .append("    <summary\n      class=\"header__icon header__icon--menu header__icon--summary link focus-inset\"\n      aria-label=\"Menu\"\n    >\n")
                .append("      <span><svg xmlns=\"http://www.w3.org/2000/svg\" fill=\"none\" class=\"icon icon-hamburger\" viewBox=\"0 0 18 16\"><path fill=\"currentColor\" d=\"M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1zM.5 8a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1A.5.5 0 0 1 .5 8m0 7a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1a.5.5 0 0 1-.5-.5\"/></svg></span>\n    </summary>\n")
                .append("    <div id=\"menu-drawer\" class=\"gradient menu-drawer motion-reduce color-scheme-1\">\n      <div class=\"menu-drawer__inner-container\">\n")
                .append("        <div class=\"menu-drawer__navigation-container\">\n          <nav class=\"menu-drawer__navigation\">\n")
                .append("            <ul class=\"menu-drawer__menu has-submenu list-menu\" role=\"list\">");
        int i = 0;
        for (MenuLink link : mainMenu) {
            i++;
            h.append("<li>");
            if (!link.children().isEmpty()) {
                h.append("<details id=\"Details-menu-drawer-menu-item-").append(i).append("\">\n")
                        .append("                      <summary\n                        id=\"HeaderDrawer-").append(link.handle())
                        .append("\"\n                        class=\"menu-drawer__menu-item list-menu__item link link--text focus-inset\"\n                      >\n                        ")
                        .append(esc(link.title())).append("\n                        ").append(ARROW).append(CARET).append("\n                      </summary>\n")
                        .append("                      <div\n                        id=\"link-").append(link.handle())
                        .append("\"\n                        class=\"menu-drawer__submenu has-submenu gradient motion-reduce\"\n                        tabindex=\"-1\"\n                      >\n")
                        .append("                        <div class=\"menu-drawer__inner-submenu\">\n")
                        .append("                          <button class=\"menu-drawer__close-button link link--text focus-inset\" aria-expanded=\"true\">\n                            ")
                        .append(ARROW).append("\n                            ").append(esc(link.title())).append("\n                          </button>\n")
                        .append("                          <ul class=\"menu-drawer__menu list-menu\" role=\"list\" tabindex=\"-1\">");
                int j = 0;
                for (MenuLink child : link.children()) {
                    j++;
                    h.append("<li>");
                    if (child.children().isEmpty()) {
                        h.append("<a\n                                    id=\"HeaderDrawer-").append(link.handle()).append("-").append(child.handle())
                                .append("\"\n                                    href=\"").append(esc(child.url()))
                                .append("\"\n                                    class=\"menu-drawer__menu-item link link--text list-menu__item focus-inset\"\n                                    \n                                  >\n                                    ")
                                .append(esc(child.title())).append("\n                                  </a>");
                    } else {
                        h.append("<details id=\"Details-menu-drawer-").append(link.handle()).append("-").append(child.handle()).append("\">\n")
                                .append("                                    <summary\n                                      id=\"HeaderDrawer-").append(link.handle()).append("-").append(child.handle())
                                .append("\"\n                                      class=\"menu-drawer__menu-item link link--text list-menu__item focus-inset\"\n                                    >\n                                      ")
                                .append(esc(child.title())).append("\n                                      ").append(ARROW).append(CARET).append("\n                                    </summary>\n")
                                .append("                                    <div\n                                      id=\"childlink-").append(child.handle())
                                .append("\"\n                                      class=\"menu-drawer__submenu has-submenu gradient motion-reduce\"\n                                    >\n")
                                .append("                                      <button\n                                        class=\"menu-drawer__close-button link link--text focus-inset\"\n                                        aria-expanded=\"true\"\n                                      >\n                                        ")
                                .append(ARROW).append("\n                                        ").append(esc(child.title())).append("\n                                      </button>\n")
                                .append("                                      <ul\n                                        class=\"menu-drawer__menu list-menu\"\n                                        role=\"list\"\n                                        tabindex=\"-1\"\n                                      >");
                        for (MenuLink grand : child.children()) {
                            h.append("<li>\n                                            <a\n                                              id=\"HeaderDrawer-").append(link.handle()).append("-").append(child.handle()).append("-").append(grand.handle())
                                    .append("\"\n                                              href=\"").append(esc(grand.url()))
                                    .append("\"\n                                              class=\"menu-drawer__menu-item link link--text list-menu__item focus-inset\"\n                                              \n                                            >\n                                              ")
                                    .append(esc(grand.title())).append("\n                                            </a>\n                                          </li>");
                        }
                        h.append("</ul>\n                                    </div>\n                                  </details>");
                    }
                    h.append("</li>");
                }
                h.append("</ul>\n                        </div>\n                      </div>\n                    </details>");
            } else {
                h.append("<a\n                      id=\"HeaderDrawer-").append(link.handle()).append("\"\n                      href=\"").append(esc(link.url()))
                        .append("\"\n                      class=\"menu-drawer__menu-item list-menu__item link link--text focus-inset\"\n                      \n                    >\n                      ")
                        .append(esc(link.title())).append("\n                    </a>");
            }
            h.append("</li>");
        }
        h.append("</ul>\n          </nav>\n          <div class=\"menu-drawer__utility-links\">")
                .append("<a\n                href=\"/account/login\"\n                class=\"menu-drawer__account link focus-inset h5 medium-hide large-up-hide\"\n                rel=\"nofollow\"\n              >")
                .append("<account-icon><span class=\"svg-wrapper\"><svg xmlns=\"http://www.w3.org/2000/svg\" fill=\"none\" class=\"icon icon-account\" viewBox=\"0 0 18 19\"><path fill=\"currentColor\" d=\"M6 4.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0m3-4a4 4 0 1 0 0 8 4 4 0 0 0 0-8\"/></svg></span></account-icon>Log in</a>")
                .append(socialList("list list-social list-unstyled", "list-social__link link"))
                .append("</div>\n        </div>\n      </div>\n    </div>\n  </details>\n</header-drawer>\n");
        // logo
        if (index) {
            h.append("<h1 class=\"header__heading\">");
        }
        h.append("<a href=\"/\" class=\"header__heading-link link link--text focus-inset\"><div class=\"header__heading-logo-wrapper\">")
                .append("<img src=\"//").append(host(base)).append("/cdn/shop/files/alder-ash-logo.png?v=1709117020&amp;width=600\" alt=\"").append(esc(SHOP_NAME))
                .append("\" srcset=\"//").append(host(base)).append("/cdn/shop/files/alder-ash-logo.png?v=1709117020&amp;width=140 140w\" width=\"140\" height=\"42.0\" loading=\"eager\" class=\"header__heading-logo motion-reduce\" sizes=\"(max-width: 280px) 50vw, 140px\">")
                .append("</div></a>");
        if (index) {
            h.append("</h1>");
        }
        // header-mega-menu.liquid
        h.append("\n<nav class=\"header__inline-menu\">\n  <ul class=\"list-menu list-menu--inline\" role=\"list\">");
        i = 0;
        for (MenuLink link : mainMenu) {
            i++;
            h.append("<li>");
            if (!link.children().isEmpty()) {
                h.append("<header-menu>\n            <details id=\"Details-HeaderMenu-").append(i).append("\" class=\"mega-menu\">\n")
                        .append("              <summary\n                id=\"HeaderMenu-").append(link.handle())
                        .append("\"\n                class=\"header__menu-item list-menu__item link focus-inset\"\n              >\n                <span\n                >")
                        .append(esc(link.title())).append("</span>\n                ").append(CARET).append("\n              </summary>\n")
                        .append("              <div\n                id=\"MegaMenu-Content-").append(i)
                        .append("\"\n                class=\"mega-menu__content color-scheme-1 gradient motion-reduce global-settings-popup\"\n                tabindex=\"-1\"\n              >\n")
                        .append("                <ul\n                  class=\"mega-menu__list page-width\"\n                  role=\"list\"\n                >");
                for (MenuLink child : link.children()) {
                    h.append("<li>\n                      <a\n                        id=\"HeaderMenu-").append(link.handle()).append("-").append(child.handle())
                            .append("\"\n                        href=\"").append(esc(child.url()))
                            .append("\"\n                        class=\"mega-menu__link mega-menu__link--level-2 link\"\n                        \n                      >\n                        ")
                            .append(esc(child.title())).append("\n                      </a>");
                    if (!child.children().isEmpty()) {
                        h.append("<ul class=\"list-unstyled\" role=\"list\">");
                        for (MenuLink grand : child.children()) {
                            h.append("<li>\n                              <a\n                                id=\"HeaderMenu-").append(link.handle()).append("-").append(child.handle()).append("-").append(grand.handle())
                                    .append("\"\n                                href=\"").append(esc(grand.url()))
                                    .append("\"\n                                class=\"mega-menu__link link\"\n                                \n                              >\n                                ")
                                    .append(esc(grand.title())).append("\n                              </a>\n                            </li>");
                        }
                        h.append("</ul>");
                    }
                    h.append("</li>");
                }
                h.append("</ul>\n              </div>\n            </details>\n          </header-menu>");
            } else {
                h.append("<a\n            id=\"HeaderMenu-").append(link.handle()).append("\"\n            href=\"").append(esc(link.url()))
                        .append("\"\n            class=\"header__menu-item list-menu__item link link--text focus-inset\"\n            \n          >\n            <span\n            >")
                        .append(esc(link.title())).append("</span>\n          </a>");
            }
            h.append("</li>");
        }
        h.append("</ul>\n</nav>\n\n");
        // header__icons
        h.append("<div class=\"header__icons header__icons--localization header-localization\">\n")
                .append("      <div class=\"desktop-localization-wrapper\"></div>\n")
                .append("<details-modal class=\"header__search\">\n  <details>\n    <summary\n      class=\"header__icon header__icon--search header__icon--summary link focus-inset modal__toggle\"\n      aria-haspopup=\"dialog\"\n      aria-label=\"Search\"\n    >\n")
                .append("      <span><svg fill=\"none\" class=\"icon icon-search\" viewBox=\"0 0 18 19\"><path fill=\"currentColor\" fill-rule=\"evenodd\" d=\"M11.03 11.68A5.784 5.784 0 1 1 2.85 3.5a5.784 5.784 0 0 1 8.18 8.18\" clip-rule=\"evenodd\"/></svg></span>\n    </summary>\n")
                .append("    <div class=\"search-modal modal__content gradient\" role=\"dialog\" aria-modal=\"true\" aria-label=\"Search\">\n      <div class=\"modal-overlay\"></div>\n")
                .append("      <div class=\"search-modal__content search-modal__content-bottom\" tabindex=\"-1\"><predictive-search class=\"search-modal__form\" data-loading-text=\"Loading...\">")
                .append("<form action=\"/search\" method=\"get\" role=\"search\" class=\"search search-modal__form\">\n")
                .append("          <div class=\"field\">\n            <input\n              class=\"search__input field__input\"\n              id=\"Search-In-Modal\"\n              type=\"search\"\n              name=\"q\"\n              value=\"\"\n              placeholder=\"Search\"role=\"combobox\"\n                aria-expanded=\"false\"\n                aria-owns=\"predictive-search-results\"\n                aria-controls=\"predictive-search-results\"\n                aria-haspopup=\"listbox\"\n                aria-autocomplete=\"list\"\n                autocorrect=\"off\"\n                autocomplete=\"off\"\n                autocapitalize=\"off\"\n                spellcheck=\"false\">\n")
                .append("            <label class=\"field__label\" for=\"Search-In-Modal\">Search</label>\n            <input type=\"hidden\" name=\"options[prefix]\" value=\"last\">\n")
                .append("            <button type=\"submit\" class=\"search__button field__button\" aria-label=\"Search\"></button>\n          </div>")
                .append("<div class=\"predictive-search predictive-search--header\" tabindex=\"-1\" data-predictive-search></div>\n")
                .append("            <span class=\"predictive-search-status visually-hidden\" role=\"status\" aria-hidden=\"true\"></span></form></predictive-search>")
                .append("<button type=\"button\" class=\"search-modal__close-button modal__close-button link link--text focus-inset\" aria-label=\"Close\"></button>\n      </div>\n    </div>\n  </details>\n</details-modal>\n")
                .append("<a\n          href=\"/account/login\"\n          class=\"header__icon header__icon--account link focus-inset small-hide\"\n          rel=\"nofollow\"\n        >")
                .append("<account-icon><span class=\"svg-wrapper\"><svg xmlns=\"http://www.w3.org/2000/svg\" fill=\"none\" class=\"icon icon-account\" viewBox=\"0 0 18 19\"><path fill=\"currentColor\" d=\"M6 4.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0\"/></svg></span></account-icon>")
                .append("<span class=\"visually-hidden\">Log in</span>\n        </a>")
                .append("<a href=\"/cart\" class=\"header__icon header__icon--cart link focus-inset\" id=\"cart-icon-bubble\">\n    \n      <span class=\"svg-wrapper\"><svg xmlns=\"http://www.w3.org/2000/svg\" fill=\"none\" class=\"icon icon-cart-empty\" viewBox=\"0 0 40 40\"><path fill=\"currentColor\" fill-rule=\"evenodd\" d=\"M15.75 11.8h-3.16l-.77 11.6a5 5 0 0 0 4.99 5.34h7.38a5 5 0 0 0 4.99-5.33L28.4 11.8zm0 1h-2.22l-.71 10.67a4 4 0 0 0 3.99 4.27h7.38a4 4 0 0 0 4-4.27l-.72-10.67h-2.22v.63a4.75 4.75 0 1 1-9.5 0z\"/></svg></span>\n    ")
                .append("<span class=\"visually-hidden\">Cart</span></a>\n      </div>\n    </header>\n  </sticky-header>\n\n")
                .append("<cart-notification>\n  <div class=\"cart-notification-wrapper page-width\">\n    <div id=\"cart-notification\" class=\"cart-notification focus-inset color-scheme-1 gradient\" aria-modal=\"true\" aria-label=\"Item added to your cart\" role=\"dialog\" tabindex=\"-1\">\n")
                .append("      <div class=\"cart-notification__links\">\n        <a href=\"/cart\" id=\"cart-notification-button\" class=\"button button--secondary button--full-width\">View cart</a>\n")
                .append("        <form action=\"/cart\" method=\"post\" id=\"cart-notification-form\">\n          <button class=\"button button--primary button--full-width\" name=\"checkout\">Check out</button>\n        </form>\n")
                .append("        <button type=\"button\" class=\"link button-label\">Continue shopping</button>\n      </div>\n    </div>\n  </div>\n</cart-notification>\n");
        if (index) {
            h.append("<script type=\"application/ld+json\">\n  {\n    \"@context\": \"http://schema.org\",\n    \"@type\": \"Organization\",\n    \"name\": ")
                    .append(json(SHOP_NAME)).append(",\n    \"logo\": ").append(json("https://" + host(base) + "/cdn/shop/files/alder-ash-logo.png?v=1709117020&width=500"))
                    .append(",\n    \"sameAs\": [\n      \"\",\n      \"https://www.facebook.com/alderandashgoods\",\n      \"https://www.pinterest.com/alderandash\",\n      \"https://www.instagram.com/alderandash\",\n      \"\",\n      \"\",\n      \"\",\n      \"\",\n      \"\"\n    ],\n    \"url\": ")
                    .append(json(base)).append("\n  }\n</script>\n")
                    .append("  <script type=\"application/ld+json\">\n    {\n      \"@context\": \"http://schema.org\",\n      \"@type\": \"WebSite\",\n      \"name\": ")
                    .append(json(SHOP_NAME)).append(",\n      \"potentialAction\": {\n        \"@type\": \"SearchAction\",\n        \"target\": ")
                    .append(json(base + "/search?q={search_term_string}")).append(",\n        \"query-input\": \"required name=search_term_string\"\n      },\n      \"url\": ")
                    .append(json(base)).append("\n    }\n  </script>\n");
        }
        h.append("</div>");
        return h.toString();
    }

    private static String socialList(String ulClass, String aClass) {
        return "<ul class=\"" + ulClass + "\" role=\"list\">"
                + "<li class=\"list-social__item\">\n      <a href=\"https://www.facebook.com/alderandashgoods\" class=\"" + aClass + "\"><span class=\"svg-wrapper\"><svg class=\"icon icon-facebook\" viewBox=\"0 0 20 20\"><path fill=\"currentColor\" d=\"M18 10.049C18 5.603 14.419 2 10 2s-8 3.603-8 8.049C2 14.067 4.925 17.396 8.75 18v-5.624H6.719v-2.328h2.03V8.275\"/></svg></span><span class=\"visually-hidden\">Facebook</span></a>\n    </li>"
                + "<li class=\"list-social__item\">\n      <a href=\"https://www.pinterest.com/alderandash\" class=\"" + aClass + "\"><span class=\"svg-wrapper\"><svg class=\"icon icon-pinterest\" viewBox=\"0 0 20 20\"><path fill=\"currentColor\" d=\"M10 2.01c2.124.01 4.16.855 5.666 2.353a8.087 8.087 0 0 1 1.277 9.68A7.952 7.952 0 0 1 10 18.04\"/></svg></span><span class=\"visually-hidden\">Pinterest</span></a>\n    </li>"
                + "<li class=\"list-social__item\">\n      <a href=\"https://www.instagram.com/alderandash\" class=\"" + aClass + "\"><span class=\"svg-wrapper\"><svg class=\"icon icon-instagram\" viewBox=\"0 0 20 20\"><path fill=\"currentColor\" fill-rule=\"evenodd\" d=\"M13.23 3.492c-.84-.037-1.096-.046-3.23-.046-2.144 0-2.39.01-3.238.055\" clip-rule=\"evenodd\"/></svg></span><span class=\"visually-hidden\">Instagram</span></a>\n    </li></ul>";
    }

    // ---------------------------------------------------------------- footer (sections/footer.liquid)

    private String footer() {
        StringBuilder h = new StringBuilder(6000);
        h.append("<div id=\"shopify-section-sections--18839460954352__footer\" class=\"shopify-section shopify-section-group-footer-group\">")
                .append("<link href=\"//cdn.shopify.com/s/files/section-footer.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />\n")
                .append("<footer class=\"footer color-scheme-1 gradient section-sections--18839460954352__footer-padding\"><div class=\"footer__content-top page-width\"><div class=\"footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet  scroll-trigger animate--slide-in\">");
        h.append(footerMenu("Shop", footerShopMenu));
        h.append(footerMenu("Help", List.of(
                new MenuLink("Search", "/search"),
                new MenuLink("FAQ", "/pages/faq"),
                new MenuLink("Wishlist", "/pages/wishlist"),
                new MenuLink("Shipping policy", "/policies/shipping-policy"),
                new MenuLink("Refund policy", "/policies/refund-policy"),
                new MenuLink("Contact us", "/pages/contact"))));
        h.append("<div class=\"footer-block grid__item scroll-trigger animate--slide-in\"><h2 class=\"footer-block__heading inline-richtext\">Our studio</h2>")
                .append("<div class=\"footer-block__details-content rte\"><p>Made and packed at our mill studio in Hebden Bridge. Trade enquiries: <a href=\"mailto:trade@alderandash.co.uk\">trade@alderandash.co.uk</a>. Stockists include <a href=\"https://www.calder-valley-weavers.co.uk/\" target=\"_blank\">Calder Valley Weavers</a>.</p></div></div>")
                .append("</div><div class=\"footer-block--newsletter scroll-trigger animate--slide-in\"><div class=\"footer-block__newsletter\"><h2 class=\"footer-block__heading inline-richtext\">Subscribe to our emails</h2>")
                .append("<form method=\"post\" action=\"/contact#ContactFooter\" id=\"ContactFooter\" accept-charset=\"UTF-8\" class=\"footer__newsletter newsletter-form\"><input type=\"hidden\" name=\"form_type\" value=\"customer\" /><input type=\"hidden\" name=\"utf8\" value=\"✓\" />")
                .append("<input type=\"hidden\" name=\"contact[tags]\" value=\"newsletter\"><div class=\"newsletter-form__field-wrapper\"><div class=\"field\"><input id=\"NewsletterForm--sections--18839460954352__footer\" type=\"email\" name=\"contact[email]\" class=\"field__input\" value=\"\" aria-required=\"true\" autocorrect=\"off\" autocapitalize=\"off\" autocomplete=\"email\" placeholder=\"Email\" required>")
                .append("<label class=\"field__label\" for=\"NewsletterForm--sections--18839460954352__footer\">Email</label><button type=\"submit\" class=\"newsletter-form__button field__button\" name=\"commit\" id=\"Subscribe\" aria-label=\"Subscribe\">")
                .append(ARROW).append("</button></div></div></form></div>")
                .append(socialList("footer__list-social list-unstyled list-social", "link list-social__link"))
                .append("</div></div>\n<div class=\"footer__content-bottom scroll-trigger animate--slide-in\"><div class=\"footer__content-bottom-wrapper page-width\"><div class=\"footer__column footer__localization isolate\"></div></div>")
                .append("<div class=\"footer__content-bottom-wrapper page-width\"><div class=\"footer__column footer__column--info\"><div class=\"footer__payment\"><span class=\"visually-hidden\">Payment methods</span><ul class=\"list list-payment\" role=\"list\">")
                .append("<li class=\"list-payment__item\"><svg class=\"icon icon--full-color\" viewBox=\"0 0 38 24\" role=\"img\" aria-labelledby=\"pi-visa\"><title id=\"pi-visa\">Visa</title></svg></li>")
                .append("<li class=\"list-payment__item\"><svg class=\"icon icon--full-color\" viewBox=\"0 0 38 24\" role=\"img\" aria-labelledby=\"pi-master\"><title id=\"pi-master\">Mastercard</title></svg></li>")
                .append("<li class=\"list-payment__item\"><svg class=\"icon icon--full-color\" viewBox=\"0 0 38 24\" role=\"img\" aria-labelledby=\"pi-shopify_pay\"><title id=\"pi-shopify_pay\">Shop Pay</title></svg></li>")
                .append("</ul></div><div class=\"footer__copyright caption\"><small class=\"copyright__content\">&copy; 2025, <a href=\"/\" title=\"\">").append(esc(SHOP_NAME)).append("</a></small>")
                .append("<small class=\"copyright__content\"><a target=\"_blank\" rel=\"nofollow\" href=\"https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore\">Powered by Shopify</a></small>")
                .append("<ul class=\"policies list-unstyled\"><li><small class=\"copyright__content\"><a href=\"/policies/refund-policy\">Refund policy</a></small></li>")
                .append("<li><small class=\"copyright__content\"><a href=\"/policies/privacy-policy\">Privacy policy</a></small></li>")
                .append("<li><small class=\"copyright__content\"><a href=\"/policies/terms-of-service\">Terms of service</a></small></li>")
                .append("<li><small class=\"copyright__content\"><a href=\"/policies/shipping-policy\">Shipping policy</a></small></li>")
                .append("<li><small class=\"copyright__content\"><a href=\"/policies/contact-information\">Contact information</a></small></li></ul></div></div></div></div>\n</footer>\n</div>");
        return h.toString();
    }

    private static String footerMenu(String heading, List<MenuLink> links) {
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"footer-block grid__item footer-block--menu scroll-trigger animate--slide-in\"><h2 class=\"footer-block__heading inline-richtext\">")
                .append(esc(heading)).append("</h2><ul class=\"footer-block__details-content list-unstyled\">");
        for (MenuLink link : links) {
            h.append("<li>\n                          <a\n                            href=\"").append(esc(link.url()))
                    .append("\"\n                            class=\"link link--text list-menu__item list-menu__item--link\"\n                          >\n                            ")
                    .append(esc(link.title())).append("\n                          </a>\n                        </li>");
        }
        return h.append("</ul></div>").toString();
    }

    // ---------------------------------------------------------------- product card (snippets/card-product.liquid)

    private String card(Product product, String sectionId, String href, int order) {
        String img = "//" + "{host}" + "/cdn/shop/files/" + product.handle() + "-1.jpg?v=17091" + (17000 + product.n());
        StringBuilder h = new StringBuilder(3000);
        h.append("<li\n            class=\"grid__item scroll-trigger animate--slide-in\"\n            data-cascade\n            style=\"--animation-order: ")
                .append(order).append(";\"\n          >\n            \n<div class=\"card-wrapper product-card-wrapper underline-links-hover\">\n")
                .append("    <div\n      class=\"\n        card card--standard\n         card--media\n        \n        \n        \n        \n      \"\n      style=\"--ratio-percent: 100.0%;\"\n    >\n")
                .append("      <div\n        class=\"card__inner color-scheme-2 gradient ratio\"\n        style=\"--ratio-percent: 100.0%;\"\n      ><div class=\"card__media\">\n")
                .append("            <div class=\"media media--transparent media--hover-effect\">\n              \n              <img\n                srcset=\"")
                .append(img).append("&amp;width=165 165w,").append(img).append("&amp;width=360 360w,").append(img).append("&amp;width=533 533w,").append(img).append("&amp;width=720 720w,").append(img).append(" 1000w\n                \"\n                src=\"")
                .append(img).append("&amp;width=533\"\n                sizes=\"(min-width: 1200px) 267px, (min-width: 990px) calc((100vw - 130px) / 4), (min-width: 750px) calc((100vw - 120px) / 3), calc((100vw - 35px) / 2)\"\n                alt=\"")
                .append(esc(product.title())).append("\"\n                class=\"motion-reduce\"\n                \n                  loading=\"lazy\"\n                \n                width=\"1000\"\n                height=\"1000\"\n              >\n              \n</div>\n          </div><div class=\"card__content\">\n")
                .append("          <div class=\"card__information\">\n            <h3\n              class=\"card__heading\"\n              \n            >\n              <a\n                href=\"")
                .append(href).append("\"\n                id=\"StandardCardNoMediaLink-").append(sectionId).append("-").append(product.id())
                .append("\"\n                class=\"full-unstyled-link\"\n                aria-labelledby=\"StandardCardNoMediaLink-").append(sectionId).append("-").append(product.id())
                .append(" NoMediaStandardBadge-").append(sectionId).append("-").append(product.id()).append("\"\n              >\n                ")
                .append(esc(product.title())).append("\n              </a>\n            </h3>\n          </div>\n          <div class=\"card__badge bottom left\">")
                .append(badge(product, "NoMediaStandardBadge-" + sectionId + "-" + product.id()))
                .append("</div>\n        </div>\n      </div>\n      <div class=\"card__content\">\n        <div class=\"card__information\">\n          <h3\n            class=\"card__heading h5\"\n            \n              id=\"title-")
                .append(sectionId).append("-").append(product.id()).append("\"\n            \n          >\n            <a\n              href=\"").append(href)
                .append("\"\n              id=\"CardLink-").append(sectionId).append("-").append(product.id())
                .append("\"\n              class=\"full-unstyled-link\"\n              aria-labelledby=\"CardLink-").append(sectionId).append("-").append(product.id())
                .append(" Badge-").append(sectionId).append("-").append(product.id()).append("\"\n            >\n              ")
                .append(esc(product.title())).append("\n            </a>\n          </h3>\n          <div class=\"card-information\"><span class=\"caption-large light\"></span>\n")
                .append(priceBlock(product, "", false))
                .append("\n          </div>\n        </div>");
        String formId = "quick-add-" + sectionId + product.id();
        h.append("<div class=\"quick-add no-js-hidden\">");
        if (product.multi()) {
            h.append("<modal-opener data-modal=\"#QuickAdd-").append(product.id()).append("\">\n                <button\n                  id=\"").append(formId)
                    .append("-submit\"\n                  type=\"submit\"\n                  name=\"add\"\n                  class=\"quick-add__submit button button--full-width button--secondary\"\n                  aria-haspopup=\"dialog\"\n                  aria-labelledby=\"")
                    .append(formId).append("-submit title-").append(sectionId).append("-").append(product.id()).append("\"\n                  data-product-url=\"/products/")
                    .append(product.handle()).append("\"\n                >\n                  Choose options\n                  \n<div class=\"loading__spinner hidden\"></div>\n\n                </button>\n              </modal-opener>\n")
                    .append("              <quick-add-modal id=\"QuickAdd-").append(product.id()).append("\" class=\"quick-add-modal\">\n                <div\n                  role=\"dialog\"\n                  aria-label=\"Choose options for ")
                    .append(esc(product.title())).append("\"\n                  aria-modal=\"true\"\n                  class=\"quick-add-modal__content global-settings-popup\"\n                  tabindex=\"-1\"\n                >\n                  <button\n                    id=\"ModalClose-")
                    .append(product.id()).append("\"\n                    type=\"button\"\n                    class=\"quick-add-modal__toggle\"\n                    aria-label=\"Close\"\n                  ></button>\n                  <div id=\"QuickAddInfo-")
                    .append(product.id()).append("\" class=\"quick-add-modal__content-info\"></div>\n                </div>\n              </quick-add-modal>");
        } else {
            h.append("<product-form data-section-id=\"").append(sectionId).append("\"><form method=\"post\" action=\"/cart/add\" id=\"").append(formId)
                    .append("\" accept-charset=\"UTF-8\" class=\"form\" enctype=\"multipart/form-data\" novalidate=\"novalidate\" data-type=\"add-to-cart-form\">")
                    .append("<input type=\"hidden\" name=\"form_type\" value=\"product\" /><input type=\"hidden\" name=\"utf8\" value=\"✓\" /><input\n                    type=\"hidden\"\n                    name=\"id\"\n                    value=\"")
                    .append(product.first().id()).append("\"\n                    class=\"product-variant-id\"\n                    ").append(product.available() ? "" : "\n                      disabled\n                    ")
                    .append("\n                  >\n                  <button\n                    id=\"").append(formId)
                    .append("-submit\"\n                    type=\"submit\"\n                    name=\"add\"\n                    class=\"quick-add__submit button button--full-width button--secondary\"\n                    aria-haspopup=\"dialog\"\n                    aria-labelledby=\"")
                    .append(formId).append("-submit title-").append(sectionId).append("-").append(product.id())
                    .append("\"\n                    aria-live=\"polite\"\n                    data-sold-out-message=\"true\"\n                    ").append(product.available() ? "" : "\n                      disabled\n                    ")
                    .append("\n                  >\n                    <span>").append(product.available() ? "Add to cart" : "Sold out")
                    .append("</span>\n                    <span class=\"sold-out-message hidden\">\n                      Sold out\n                    </span>\n<div class=\"loading__spinner hidden\"></div>\n\n                  </button><input type=\"hidden\" name=\"product-id\" value=\"")
                    .append(product.id()).append("\" /><input type=\"hidden\" name=\"section-id\" value=\"").append(sectionId).append("\" /></form></product-form>");
        }
        h.append("</div><div class=\"card__badge bottom left\">").append(badge(product, "Badge-" + sectionId + "-" + product.id()))
                .append("</div>\n      </div>\n    </div>\n  </div>\n          </li>");
        return h.toString();
    }

    private static String badge(Product product, String id) {
        if (!product.available()) {
            return "<span\n                id=\"" + id + "\"\n                class=\"badge badge--bottom-left color-scheme-3\"\n              >Sold out</span>";
        }
        if (product.compareAt() > product.pence()) {
            return "<span\n                id=\"" + id + "\"\n                class=\"badge badge--bottom-left color-scheme-5\"\n              >Sale</span>";
        }
        return "";
    }

    /** snippets/price.liquid with settings.currency_code_enabled = true (money_with_currency). */
    private static String priceBlock(Product product, String priceClass, boolean badges) {
        boolean sale = product.compareAt() > product.pence();
        String m = moneyWithCurrency(product.pence());
        StringBuilder h = new StringBuilder();
        h.append("<div\n  class=\"\n    price ").append(priceClass).append(product.available() ? "" : " price--sold-out").append(sale ? " price--on-sale" : "")
                .append(badges ? " price--show-badge" : "").append("\"\n>\n  <div class=\"price__container\"><div class=\"price__regular\">")
                .append("<span class=\"visually-hidden visually-hidden--inline\">Regular price</span>\n        <span class=\"price-item price-item--regular\">\n          ")
                .append(m).append("\n        </span></div>\n    <div class=\"price__sale\">\n        <span class=\"visually-hidden visually-hidden--inline\">Regular price</span>\n        <span>\n          <s class=\"price-item price-item--regular\">\n            \n              ")
                .append(sale ? moneyWithCurrency(product.compareAt()) : "")
                .append("\n            \n          </s>\n        </span><span class=\"visually-hidden visually-hidden--inline\">Sale price</span>\n      <span class=\"price-item price-item--sale price-item--last\">\n        ")
                .append(m).append("\n      </span>\n    </div>\n    <small class=\"unit-price caption hidden\">\n      <span class=\"visually-hidden\">Unit price</span>\n      <span class=\"price-item price-item--last\">\n        <span></span>\n        <span aria-hidden=\"true\">/</span>\n        <span class=\"visually-hidden\">&nbsp;per&nbsp;</span>\n        <span>\n        </span>\n      </span>\n    </small>\n  </div>");
        if (badges) {
            h.append("<span class=\"badge price__badge-sale color-scheme-5\">\n      Sale\n    </span>\n\n    <span class=\"badge price__badge-sold-out color-scheme-3\">\n      Sold out\n    </span>");
        }
        return h.append("</div>\n").toString();
    }

    // ---------------------------------------------------------------- home (templates/index.json)

    private String home(String base) {
        StringBuilder m = new StringBuilder(20_000);
        m.append("<div id=\"shopify-section-template--18839461216496__image_banner\" class=\"shopify-section section\">")
                .append("<div id=\"Banner-template--18839461216496__image_banner\" class=\"banner banner--content-align-center banner--content-align-mobile-center banner--large banner--desktop-transparent scroll-trigger animate--fade-in\">")
                .append("<div class=\"banner__media media scroll-trigger animate--fade-in\"><img src=\"//").append(host(base)).append("/cdn/shop/files/mill-studio.jpg?v=1709117020&amp;width=3840\" alt=\"Our studio in the old mill\" width=\"3840\" height=\"2160\" class=\"\" sizes=\"100vw\" fetchpriority=\"high\"></div>")
                .append("<div class=\"banner__content banner__content--middle-center page-width scroll-trigger animate--slide-in\"><div class=\"banner__box content-container content-container--full-width-mobile color-scheme-3 gradient\">")
                .append("<h2 class=\"banner__heading inline-richtext h0\">Made to be used every day</h2><div class=\"banner__text rte\"><p>Cast iron, stoneware, wool and wax from small British workshops.</p></div>")
                .append("<div class=\"banner__buttons\"><a href=\"/collections/all\" class=\"button button--primary\">Shop all</a></div></div></div></div></div>\n");
        // featured-collection section
        String fc = TEMPLATE.replace("18839461249264", "18839461216496") + "__featured_collection";
        m.append("<div id=\"shopify-section-").append(fc).append("\" class=\"shopify-section section\">")
                .append("<div class=\"color-scheme-1 isolate gradient\"><div class=\"collection section-").append(fc).append("-padding\" id=\"collection-").append(fc).append("\" data-id=\"").append(fc).append("\">")
                .append("<div class=\"collection__title title-wrapper title-wrapper--no-top-margin page-width\"><h2 class=\"title inline-richtext h2 scroll-trigger animate--slide-in\">").append(esc(featuredHeading)).append("</h2></div>")
                .append("<slider-component class=\"slider-mobile-gutter page-width page-width-desktop scroll-trigger animate--slide-in\"><ul id=\"Slider-").append(fc)
                .append("\" data-id=\"").append(fc).append("\" class=\"grid product-grid contains-card contains-card--product contains-card--standard grid--4-col-desktop grid--2-col-tablet-down\" role=\"list\" aria-label=\"Slider\">");
        List<Product> featured = inCollection(featuredCollection);
        for (int i = 0; i < Math.min(8, featured.size()); i++) {
            m.append(card(featured.get(i), fc, "/products/" + featured.get(i).handle(), i + 1));
        }
        m.append("</ul></slider-component><div class=\"center collection__view-all scroll-trigger animate--slide-in\">")
                .append("<a href=\"/collections/").append(featuredCollection).append("\" class=\"button\" aria-labelledby=\"ViewAll-").append(fc).append(" SectionHeading-").append(fc).append("\">View all</a></div></div></div></div>\n");
        // collection-list section (card-collection.liquid)
        m.append("<div id=\"shopify-section-template--18839461216496__collection_list\" class=\"shopify-section section section-collection-list\">")
                .append("<div class=\"color-scheme-1 gradient\"><div class=\"collection-list-wrapper page-width isolate page-width-desktop no-mobile-link section-template--18839461216496__collection_list-padding\">")
                .append("<div class=\"title-wrapper-with-link title-wrapper--self-padded-mobile title-wrapper--no-top-margin\"><h2 id=\"SectionHeading-template--18839461216496__collection_list\" class=\"collection-list-title inline-richtext h2 scroll-trigger animate--slide-in\">Shop by room</h2></div>")
                .append("<slider-component class=\"slider-mobile-gutter scroll-trigger animate--slide-in\"><ul class=\"collection-list contains-card contains-card--collection contains-card--standard grid grid--3-col-desktop grid--1-col-tablet-down\" id=\"Slider-template--18839461216496__collection_list\" role=\"list\">");
        for (String handle : roomCollections) {
            Collection c = collections.get(handle);
            m.append("<li id=\"Slide-template--18839461216496__collection_list-").append(handle).append("\" class=\"collection-list__item grid__item slider__slide scroll-trigger animate--slide-in\">")
                    .append("<div class=\"card-wrapper animate-arrow collection-card-wrapper\"><div class=\"card card--standard card--media\" style=\"--ratio-percent: 100%;\"><div class=\"card__inner color-scheme-2 gradient ratio\" style=\"--ratio-percent: 100%;\">")
                    .append("<div class=\"card__media\"><div class=\"media media--transparent media--hover-effect\"><img srcset=\"//").append(host(base)).append("/cdn/shop/collections/").append(handle)
                    .append(".jpg?v=1709117101&amp;width=165 165w\" src=\"//").append(host(base)).append("/cdn/shop/collections/").append(handle).append(".jpg?v=1709117101&amp;width=1500\" alt=\"\" width=\"1500\" height=\"1500\" loading=\"lazy\" class=\"motion-reduce\"></div></div></div>")
                    .append("<div class=\"card__content\"><div class=\"card__information\"><h3 class=\"card__heading\"><a href=\"/collections/").append(handle)
                    .append("\" class=\"full-unstyled-link\">").append(esc(c.title())).append(ARROW).append("</a></h3></div></div></div></div></li>");
        }
        m.append("</ul></slider-component></div></div></div>\n");
        // rich text + blog posts
        m.append("<div id=\"shopify-section-template--18839461216496__rich_text\" class=\"shopify-section section\"><div class=\"isolate\"><div class=\"rich-text content-container color-scheme-1 gradient rich-text--full-width content-container--full-width section-template--18839461216496__rich_text-padding\">")
                .append("<div class=\"rich-text__wrapper rich-text__wrapper--center page-width\"><div class=\"rich-text__blocks center\"><h2 class=\"rich-text__heading rte inline-richtext h1 scroll-trigger animate--slide-in\">Small batches, honest materials</h2>")
                .append("<div class=\"rich-text__text rte scroll-trigger animate--slide-in\"><p>Every candle is poured by hand and every skillet is pre-seasoned in our workshop. <a href=\"/pages/about\" title=\"About us\">Read our story</a>.</p></div>")
                .append("<div class=\"rich-text__buttons scroll-trigger animate--slide-in\"><a href=\"/blogs/journal\" class=\"button button--secondary\">Visit the journal</a></div></div></div></div></div></div>\n");
        String meta = "{\"page\":{\"pageType\":\"home\",\"requestId\":\"2b1f0c5e-8d77-4c1e-9a0b-3f6e1d2c4b5a-1712345678\"}}";
        return layout(base, "home", SHOP_NAME, "/",
                "Cast iron, stoneware, wool and hand-poured candles from small British workshops.", "", meta, m.toString(), true)
                .replace("{host}", host(base));
    }

    // ---------------------------------------------------------------- collection (main-collection-banner + main-collection-product-grid + facets + pagination)

    private String collectionPage(String base, Collection c, Map<String, List<String>> params) {
        List<Product> list = new ArrayList<>(inCollection(c.handle()));
        int total = list.size();
        // storefront filtering actually applied (price / availability), sort_by applied
        String lte = first(params, "filter.v.price.lte");
        String gte = first(params, "filter.v.price.gte");
        String avail = first(params, "filter.v.availability");
        if (lte != null && lte.matches("\\d+(\\.\\d+)?")) {
            BigDecimal max = new BigDecimal(lte);
            list.removeIf(pr -> money(pr.pence()).compareTo(max) > 0);
        }
        if (gte != null && gte.matches("\\d+(\\.\\d+)?")) {
            BigDecimal min = new BigDecimal(gte);
            list.removeIf(pr -> money(pr.pence()).compareTo(min) < 0);
        }
        if ("1".equals(avail)) {
            list.removeIf(pr -> !pr.available());
        } else if ("0".equals(avail)) {
            list.removeIf(Product::available);
        }
        String sortBy = first(params, "sort_by");
        if (sortBy != null) {
            switch (sortBy) {
                case "title-ascending" -> list.sort(Comparator.comparing(Product::title));
                case "title-descending" -> list.sort(Comparator.comparing(Product::title).reversed());
                case "price-ascending" -> list.sort(Comparator.comparingInt(Product::pence));
                case "price-descending" -> list.sort(Comparator.comparingInt(Product::pence).reversed());
                case "created-descending" -> list.sort(Comparator.comparingInt(Product::n).reversed());
                default -> { }
            }
        }
        int pages = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = 1;
        String pageParam = first(params, "page");
        if (pageParam != null && pageParam.matches("\\d{1,6}")) {
            page = Math.max(1, Integer.parseInt(pageParam));
        }
        int from = (page - 1) * PAGE_SIZE;
        List<Product> shown = from >= list.size() ? List.of() : list.subList(from, Math.min(list.size(), from + PAGE_SIZE));
        String url = "/collections/" + c.handle();
        String keep = keptQuery(params);         // filters + sort, kept by Shopify's paginate urls
        String sectionId = TEMPLATE + "__product-grid";

        StringBuilder m = new StringBuilder(40_000);
        m.append("<div id=\"shopify-section-").append(TEMPLATE).append("__banner\" class=\"shopify-section section\">")
                .append("<link href=\"//cdn.shopify.com/s/files/component-collection-hero.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />")
                .append("<div class=\"collection-hero color-scheme-1 gradient\">\n  <div class=\"collection-hero__inner page-width scroll-trigger animate--fade-in\">\n    <div class=\"collection-hero__text-wrapper\">\n")
                .append("      <h1 class=\"collection-hero__title\">\n        <span class=\"visually-hidden\">Collection: </span>").append(esc(c.title())).append("</h1><div class=\"collection-hero__description rte\">")
                .append(esc(c.description())).append("</div></div>\n  </div>\n</div>\n</div>");
        m.append("<div id=\"shopify-section-").append(sectionId).append("\" class=\"shopify-section section\"><div class=\"section-").append(sectionId).append("-padding gradient color-scheme-1\">")
                .append("<div class=\"\">\n<div class=\"facets-wrapper page-width\">").append(facets(c, url, list.size(), total, params, sortBy)).append("</div>");
        m.append("<div class=\"product-grid-container scroll-trigger animate--slide-in\" id=\"ProductGridContainer\">");
        if (shown.isEmpty()) {
            m.append("<div class=\"collection collection--empty page-width\" id=\"product-grid\" data-id=\"").append(sectionId)
                    .append("\">\n              <div class=\"loading-overlay gradient\"></div>\n              <div class=\"title-wrapper center\">\n                <h2 class=\"title title--primary\">\n                  No products found\n                  <br>\n                  Use fewer filters or <a class=\"underlined-link link\" href=\"")
                    .append(url).append("\">remove all</a>\n                </h2>\n              </div>\n            </div>");
        } else {
            m.append("<div class=\"collection page-width\">\n              <div class=\"loading-overlay gradient\"></div>\n\n              <ul\n                id=\"product-grid\"\n                data-id=\"")
                    .append(sectionId).append("\"\n                class=\"\n                  grid product-grid grid--2-col-tablet-down\n                  grid--4-col-desktop\n                  \n                \"\n              >");
            int order = 1;
            for (Product product : shown) {
                m.append(card(product, sectionId, "/products/" + product.handle(), order++));
            }
            m.append("</ul>\n");
            if (pages > 1 && page <= pages) {
                m.append(pagination(url, keep, page, pages));
            }
            m.append("</div>");
        }
        m.append("</div>\n</div>\n</div>\n</div>");
        String canonical = url + (page > 1 ? "?page=" + page : "");
        String meta = "{\"page\":{\"pageType\":\"collection\",\"resourceType\":\"collection\",\"resourceId\":" + c.id()
                + ",\"requestId\":\"2b1f0c5e-8d77-4c1e-9a0b-3f6e1d2c4b5a-1712345678\"}}";
        String title = c.title() + (page > 1 ? " – Page " + page : "");
        return layout(base, "collection", title, canonical, c.description(), "", meta, m.toString(), false)
                .replace("{host}", host(base));
    }

    private String facets(Collection c, String url, int count, int total, Map<String, List<String>> params, String sortBy) {
        String sort = sortBy == null ? ("all".equals(c.handle()) ? "best-selling" : "manual") : sortBy;
        StringBuilder h = new StringBuilder(9000);
        h.append("<aside aria-labelledby=\"verticalTitle\" class=\"facets-wrapper\" id=\"main-collection-filters\" data-id=\"").append(TEMPLATE).append("__product-grid\">")
                .append("<link href=\"//cdn.shopify.com/s/files/component-facets.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />")
                .append("<script src=\"//cdn.shopify.com/s/files/facets.js\" defer=\"defer\"></script>")
                .append("<div class=\"facets-container\"><facet-filters-form class=\"facets small-hide\"><form id=\"FacetFiltersForm\" class=\"facets__form\">")
                .append("<div id=\"FacetsWrapperDesktop\" class=\"facets__wrapper\"><h2 class=\"facets__heading caption-large text-body\" id=\"verticalTitle\" tabindex=\"-1\">Filter:</h2>");
        String[][] filters = {
                {"filter.v.availability", "Availability", "1:In stock", "0:Out of stock"},
                {"filter.p.product_type", "Product type", "Candle:Candle", "Plate:Plate", "Saucepan:Saucepan", "Storage:Storage"},
                {"filter.p.vendor", "Brand", "Alder &amp; Ash:" + SHOP_NAME, "Hearthmoor Ironworks:Hearthmoor Ironworks", "Calder Valley Weavers:Calder Valley Weavers"},
        };
        int idx = 0;
        for (String[] f : filters) {
            idx++;
            h.append("<details id=\"Details-").append(idx).append("-").append(TEMPLATE).append("__product-grid\" class=\"disclosure-has-popup facets__disclosure js-filter\" data-index=\"").append(idx).append("\">")
                    .append("<summary class=\"facets__summary caption-large focus-offset\" aria-label=\"").append(f[1]).append(" (0 selected)\"><div><span>").append(f[1]).append("</span>").append(CARET).append("</div></summary>")
                    .append("<div id=\"Facet-").append(idx).append("-").append(TEMPLATE).append("__product-grid\" class=\"parent-display facets__display\"><div class=\"facets__header\"><span class=\"facets__selected no-js-hidden\">0 selected</span>")
                    .append("<facet-remove><a href=\"").append(url).append("\" class=\"facets__reset link underlined-link\">Reset</a></facet-remove></div>")
                    .append("<fieldset class=\"facets-wrap parent-wrap \"><legend class=\"visually-hidden\">").append(f[1]).append("</legend><ul class=\" facets__list list-unstyled no-js-hidden\" role=\"list\">");
            for (int k = 2; k < f.length; k++) {
                String[] kv = f[k].split(":", 2);
                h.append("<li class=\"list-menu__item facets__item\"><label for=\"Filter-").append(f[0]).append("-").append(k - 1).append("\" class=\"facet-checkbox\">")
                        .append("<input type=\"checkbox\" name=\"").append(f[0]).append("\" value=\"").append(kv[0]).append("\" id=\"Filter-").append(f[0]).append("-").append(k - 1).append("\">")
                        .append("<svg width=\"1.6rem\" height=\"1.6rem\" viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"16\" height=\"16\" stroke=\"currentColor\" fill=\"none\" stroke-width=\"1\"></rect></svg>")
                        .append("<span aria-hidden=\"true\">").append(esc(kv[1])).append("</span><span class=\"visually-hidden\">").append(esc(kv[1])).append("</span></label></li>");
            }
            h.append("</ul></fieldset></div></details>");
        }
        h.append("<details id=\"Details-4-").append(TEMPLATE).append("__product-grid\" class=\"disclosure-has-popup facets__disclosure js-filter\" data-index=\"4\">")
                .append("<summary class=\"facets__summary caption-large focus-offset\"><div><span>Price</span>").append(CARET).append("</div></summary>")
                .append("<div class=\"parent-display facets__display\"><div class=\"facets__header\"><span class=\"facets__selected\">The highest price is £120.00 GBP</span>")
                .append("<facet-remove><a href=\"").append(url).append("\" class=\"facets__reset link underlined-link\">Reset</a></facet-remove></div>")
                .append("<price-range class=\"facets__price\"><span class=\"field-currency\">£</span><div class=\"field\"><input class=\"field__input\" name=\"filter.v.price.gte\" id=\"Filter-Price-GTE\" type=\"number\" placeholder=\"0\" min=\"0\" max=\"120.00\"><label class=\"field__label\" for=\"Filter-Price-GTE\">From</label></div>")
                .append("<span class=\"field-currency\">£</span><div class=\"field\"><input class=\"field__input\" name=\"filter.v.price.lte\" id=\"Filter-Price-LTE\" type=\"number\" min=\"0\" placeholder=\"120.00\" max=\"120.00\"><label class=\"field__label\" for=\"Filter-Price-LTE\">To</label></div></price-range></div></details>")
                .append("<noscript><button type=\"submit\" class=\"facets__button-no-js button button--secondary\">Filter</button></noscript></div>");
        h.append("<div class=\"active-facets active-facets-desktop\">");
        String lte = first(params, "filter.v.price.lte");
        if (lte != null) {
            h.append("<facet-remove><a href=\"").append(url).append(sortBy == null ? "" : "?sort_by=" + esc(sortBy))
                    .append("\" class=\"active-facets__button active-facets__button--light\"><span class=\"active-facets__button-inner button button--tertiary\">£0.00 GBP-")
                    .append(esc(lte)).append("<span class=\"visually-hidden\">Remove filter</span></span></a></facet-remove>");
        }
        h.append("<facet-remove class=\"active-facets__button-wrapper\"><a href=\"").append(url).append("?sort_by=").append(sort)
                .append("\" class=\"active-facets__button-remove underlined-link\"><span>Remove all</span></a></facet-remove></div>");
        h.append("<div class=\"facet-filters sorting caption\"><div class=\"facet-filters__field\"><h2 class=\"facet-filters__label caption-large text-body\"><label for=\"SortBy\">Sort by:</label></h2>")
                .append("<div class=\"select\"><select name=\"sort_by\" class=\"facet-filters__sort select__select caption-large\" id=\"SortBy\" aria-describedby=\"a11y-refresh-page-message\">");
        String[][] sorts = {{"manual", "Featured"}, {"best-selling", "Best selling"}, {"title-ascending", "Alphabetically, A-Z"},
                {"title-descending", "Alphabetically, Z-A"}, {"price-ascending", "Price, low to high"}, {"price-descending", "Price, high to low"},
                {"created-ascending", "Date, old to new"}, {"created-descending", "Date, new to old"}};
        for (String[] s : sorts) {
            h.append("<option value=\"").append(s[0]).append("\"").append(s[0].equals(sort) ? " selected=\"selected\"" : "").append(">").append(s[1]).append("</option>");
        }
        h.append("</select>").append(CARET).append("</div></div><noscript><button type=\"submit\" class=\"facets__button-no-js button button--secondary\">Sort</button></noscript></div>");
        h.append("<div class=\"product-count light\" role=\"status\"><h2 class=\"product-count__text text-body\"><span id=\"ProductCountDesktop\">")
                .append(count == total ? count + " products" : count + " of " + total + " products").append("</span></h2></div></form></facet-filters-form>");
        // mobile facets drawer (menu-drawer), trimmed to its sort + filter form
        h.append("<menu-drawer class=\"mobile-facets__wrapper  medium-hide large-up-hide\" data-breakpoint=\"mobile\"><details class=\"mobile-facets__disclosure disclosure-has-popup\">")
                .append("<summary class=\"mobile-facets__open-wrapper focus-offset\"><span class=\"mobile-facets__open\"><span class=\"mobile-facets__open-label button-label medium-hide large-up-hide\">Filter and sort</span></span></summary>")
                .append("<facet-filters-form><form id=\"FacetFiltersFormMobile\" class=\"mobile-facets\"><div class=\"mobile-facets__inner gradient\"><div class=\"mobile-facets__header\"><div class=\"mobile-facets__header-inner\"><h2 class=\"mobile-facets__heading\">Filter and sort</h2>")
                .append("<p class=\"mobile-facets__count\">").append(count).append(" products</p></div></div>")
                .append("<div class=\"mobile-facets__footer gradient\"><facet-remove class=\"mobile-facets__clear-wrapper\"><a href=\"").append(url).append("\" class=\"mobile-facets__clear underlined-link\">Clear</a></facet-remove>")
                .append("<button type=\"button\" class=\"button button--primary\">Apply</button></div></div></form></facet-filters-form></details></menu-drawer></div></aside>");
        return h.toString();
    }

    /** snippets/pagination.liquid (Dawn): previous arrow carries class pagination__item--next, next arrow pagination__item--prev. */
    private static String pagination(String url, String keep, int page, int pages) {
        StringBuilder h = new StringBuilder(3000);
        h.append("<link href=\"//cdn.shopify.com/s/files/component-pagination.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />")
                .append("<div class=\"pagination-wrapper\">\n    <nav class=\"pagination\" role=\"navigation\" aria-label=\"Pagination\">\n      <ul class=\"pagination__list list-unstyled\" role=\"list\">");
        if (page > 1) {
            h.append("<li>\n            <a\n              href=\"").append(pageUrl(url, keep, page - 1))
                    .append("\"\n              class=\"pagination__item pagination__item--next pagination__item-arrow link motion-reduce\"\n              aria-label=\"Previous page\"\n            >\n              ")
                    .append(CARET).append("\n            </a>\n          </li>");
        }
        int lastShown = 0;
        for (int p = 1; p <= pages; p++) {
            boolean show = p == 1 || p == pages || Math.abs(p - page) <= 2;
            if (!show) {
                continue;
            }
            if (lastShown != 0 && p - lastShown > 1) {
                h.append("<li><span class=\"pagination__item\">&hellip;</span></li>");
            }
            lastShown = p;
            h.append("<li>");
            if (p == page) {
                h.append("<span\n                class=\"pagination__item pagination__item--current light\"\n                aria-current=\"page\"\n                aria-label=\"Page ")
                        .append(p).append("\"\n              >\n                ").append(p).append("\n              </span>");
            } else {
                h.append("<a\n                href=\"").append(pageUrl(url, keep, p)).append("\"\n                class=\"pagination__item link\"\n                aria-label=\"Page ")
                        .append(p).append("\"\n              >\n                ").append(p).append("\n              </a>");
            }
            h.append("</li>");
        }
        if (page < pages) {
            h.append("<li>\n            <a\n              href=\"").append(pageUrl(url, keep, page + 1))
                    .append("\"\n              class=\"pagination__item pagination__item--prev pagination__item-arrow link motion-reduce\"\n              aria-label=\"Next page\"\n            >\n              ")
                    .append(CARET).append("\n            </a>\n          </li>");
        }
        return h.append("</ul>\n    </nav>\n  </div>").toString();
    }

    private static String pageUrl(String url, String keep, int page) {
        return url + "?" + (keep.isEmpty() ? "" : keep + "&amp;") + "page=" + page;
    }

    private static String keptQuery(Map<String, List<String>> params) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().startsWith("filter.") || e.getKey().equals("sort_by")) {
                for (String v : e.getValue()) {
                    if (s.length() > 0) {
                        s.append("&amp;");
                    }
                    s.append(e.getKey()).append("=").append(esc(v));
                }
            }
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- product (templates/product.json: main-product + related-products)

    private String productPage(String base, Product product, Map<String, List<String>> params) {
        Variant selected = product.first();
        String variantParam = first(params, "variant");
        if (variantParam != null) {
            for (Variant v : product.variants()) {
                if (String.valueOf(v.id()).equals(variantParam)) {
                    selected = v;
                }
            }
        }
        String sid = TEMPLATE + "__main";
        String url = "/products/" + product.handle();
        String img = "//" + host(base) + "/cdn/shop/files/" + product.handle() + "-1.jpg?v=17091" + (17000 + product.n());
        StringBuilder m = new StringBuilder(30_000);
        m.append("<section\n  id=\"MainProduct-").append(sid).append("\"\n  class=\"section-").append(sid).append("-padding gradient color-scheme-1\"\n  data-section=\"").append(sid).append("\"\n>")
                .append("<link href=\"//cdn.shopify.com/s/files/section-main-product.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />\n")
                .append("  <div class=\"page-width\">\n    <div class=\"product product--large product--left product--stacked product--mobile-hide grid grid--1-col grid--2-col-tablet\">\n")
                .append("      <div class=\"grid__item product__media-wrapper\">\n<media-gallery id=\"MediaGallery-").append(sid).append("\" role=\"region\" class=\"product__column-sticky\" aria-label=\"Gallery Viewer\" data-desktop-layout=\"stacked\">")
                .append("<div id=\"GalleryViewer-").append(sid).append("\" class=\"product__media-list\"><ul id=\"Slider-Gallery-").append(sid).append("\" class=\"product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile\" role=\"list\">")
                .append("<li id=\"Slide-").append(sid).append("-3").append(product.n()).append("\" class=\"product__media-item grid__item slider__slide is-active\" data-media-id=\"").append(sid).append("-3").append(product.n()).append("\">")
                .append("<div class=\"product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height\" style=\"--ratio: 1.0; --preview-ratio: 1.0;\">")
                .append("<modal-opener class=\"product__modal-opener product__modal-opener--image\" data-modal=\"#ProductModal-").append(sid).append("\">")
                .append("<div class=\"product__media media media--transparent\"><img src=\"").append(img).append("&amp;width=1946\" alt=\"").append(esc(product.title()))
                .append("\" srcset=\"").append(img).append("&amp;width=246 246w, ").append(img).append("&amp;width=493 493w, ").append(img).append("&amp;width=600 600w\" width=\"1946\" height=\"1946\" class=\"image-magnify-lightbox\" sizes=\"(min-width: 1200px) 715px, (min-width: 990px) calc(65.0vw - 10rem), (min-width: 750px) calc((100vw - 11.5rem) / 2), calc(100vw / 1 - 4rem)\"></div>")
                .append("</modal-opener></div></li></ul></div></media-gallery>\n      </div>\n");
        m.append("      <div class=\"product__info-wrapper grid__item scroll-trigger animate--slide-in\">\n        <section\n          id=\"ProductInfo-").append(sid)
                .append("\"\n          class=\"product__info-container product__column-sticky\"\n        >");
        m.append("<p class=\"product__text inline-richtext caption-with-letter-spacing\">").append(esc(product.vendor())).append("</p>");
        m.append("<div class=\"product__title\" >\n                <h1>").append(esc(product.title())).append("</h1>\n                <a href=\"").append(url)
                .append("\" class=\"product__title\">\n                  <h2 class=\"h1\">\n                    ").append(esc(product.title())).append("\n                  </h2>\n                </a>\n              </div>");
        m.append("<p\n                class=\"product__sku\"\n                id=\"Sku-").append(sid).append("\"\n                role=\"status\"\n                \n              >\n                <span class=\"visually-hidden\">SKU:</span>")
                .append(esc(selected.sku())).append("</p>");
        m.append("<div class=\"no-js-hidden\" id=\"price-").append(sid).append("\" role=\"status\" >").append(priceBlock(product, "price--large", true)).append("</div>")
                .append("<div class=\"product__tax caption rte\">Tax included.\n<a href=\"/policies/shipping-policy\">Shipping</a> calculated at checkout.\n</div>");
        m.append("<div ><form method=\"post\" action=\"/cart/add\" id=\"product-form-installment-").append(sid).append("\" accept-charset=\"UTF-8\" class=\"installment caption-large\" enctype=\"multipart/form-data\">")
                .append("<input type=\"hidden\" name=\"form_type\" value=\"product\" /><input type=\"hidden\" name=\"utf8\" value=\"✓\" /><input type=\"hidden\" name=\"id\" value=\"").append(selected.id()).append("\">")
                .append("<shopify-payment-terms variant-id=\"").append(selected.id()).append("\" shopify-meta=\"{&quot;type&quot;:&quot;product&quot;,&quot;currency_code&quot;:&quot;GBP&quot;,&quot;country_code&quot;:&quot;GB&quot;}\"></shopify-payment-terms>")
                .append("<input type=\"hidden\" name=\"product-id\" value=\"").append(product.id()).append("\" /><input type=\"hidden\" name=\"section-id\" value=\"").append(sid).append("\" /></form></div>");
        if (product.multi()) {
            m.append("<variant-selects\n  id=\"variant-selects-").append(sid).append("\"\n  data-section=\"").append(sid).append("\"\n  \n><fieldset class=\"js product-form__input product-form__input--pill\">\n          <legend class=\"form__label\">Colour</legend>");
            int k = 0;
            for (Variant v : product.variants()) {
                k++;
                m.append("<input\n    type=\"radio\"\n    id=\"").append(sid).append("-1-").append(k - 1).append("\"\n    name=\"Colour-1\"\n    value=\"").append(esc(v.option()))
                        .append("\"\n    form=\"product-form-").append(sid).append("\"\n    ").append(v == selected ? "checked" : "")
                        .append("\n    data-product-url=\"\"\n    data-option-value-id=\"").append(v.id() - 44000000000000L).append("\"\n  >\n  <label for=\"").append(sid).append("-1-").append(k - 1).append("\">\n    ")
                        .append(esc(v.option())).append("<span class=\"visually-hidden label-unavailable\">Variant sold out or unavailable</span>\n  </label>");
            }
            m.append("</fieldset><script type=\"application/json\" data-selected-variant>\n    ").append(variantJson(product, selected)).append("\n  </script>\n</variant-selects>");
        }
        m.append("<div ><product-form\n                  class=\"product-form\"\n                  data-hide-errors=\"false\"\n                  data-section-id=\"").append(sid)
                .append("\"\n                ><div class=\"product-form__error-message-wrapper\" role=\"alert\" hidden></div><form method=\"post\" action=\"/cart/add\" id=\"product-form-").append(sid)
                .append("\" accept-charset=\"UTF-8\" class=\"form\" enctype=\"multipart/form-data\" novalidate=\"novalidate\" data-type=\"add-to-cart-form\"><input type=\"hidden\" name=\"form_type\" value=\"product\" /><input type=\"hidden\" name=\"utf8\" value=\"✓\" />")
                .append("<input\n                      type=\"hidden\"\n                      name=\"id\"\n                      value=\"").append(selected.id()).append("\"\n                      ")
                .append(product.available() ? "" : "disabled\n                      ").append("class=\"product-variant-id\"\n                    >")
                .append("<div class=\"product-form__buttons\"><button\n                        id=\"ProductSubmitButton-").append(sid)
                .append("\"\n                        type=\"submit\"\n                        name=\"add\"\n                        class=\"product-form__submit button button--full-width button--secondary\"\n                        ")
                .append(product.available() ? "" : "disabled\n                        ").append(">\n                        <span>").append(product.available() ? "Add to cart" : "Sold out")
                .append("\n</span>\n<div class=\"loading__spinner hidden\"></div>\n\n                      </button>")
                .append(product.available() ? "<div data-shopify=\"payment-button\" class=\"shopify-payment-button\"><shopify-accelerated-checkout recommended=\"null\" fallback=\"{&quot;name&quot;:&quot;buy_it_now&quot;}\" access-token=\"5f1c2d3b4a59687766554433221100ff\" buyer-country=\"GB\" buyer-locale=\"en\" buyer-currency=\"GBP\" variant-params=\"[{&quot;id&quot;:" + selected.id() + ",&quot;requiresShipping&quot;:true}]\" shop-id=\"" + SHOP_ID + "\"><div class=\"shopify-payment-button__button\" role=\"button\" disabled aria-hidden=\"true\"></div></shopify-accelerated-checkout></div>" : "")
                .append("</div><input type=\"hidden\" name=\"product-id\" value=\"").append(product.id()).append("\" /><input type=\"hidden\" name=\"section-id\" value=\"").append(sid)
                .append("\" /></form></product-form></div>");
        m.append("<div class=\"product__description rte quick-add-hidden\" >\n                  <p>").append(esc(description(product))).append("</p>\n                </div>");
        m.append("<div class=\"product__accordion accordion quick-add-hidden\" ><details id=\"Details-collapsible_tab_care-").append(sid)
                .append("\"><summary><div class=\"summary__title\"><h2 class=\"h4 accordion__title inline-richtext\">Delivery &amp; returns</h2></div>").append(CARET)
                .append("</summary><div class=\"accordion__content rte\" id=\"ProductAccordion-collapsible_tab_care-").append(sid)
                .append("\"><p>Free UK delivery over £50. See our <a href=\"/policies/refund-policy\" title=\"Refund policy\">refund policy</a>.</p></div></details></div>");
        m.append("<share-button id=\"Share-").append(sid).append("\" class=\"share-button quick-add-hidden\" ><button class=\"share-button__button hidden\">Share</button><details id=\"Details-share-").append(sid)
                .append("\"><summary class=\"share-button__button\">Share</summary><div class=\"share-button__fallback motion-reduce\"><div class=\"field\"><span id=\"ShareMessage-").append(sid)
                .append("\" class=\"share-button__message hidden\" role=\"status\"></span><input type=\"text\" class=\"field__input\" id=\"ShareUrl-").append(sid).append("\" value=\"").append(base).append(url)
                .append("\" placeholder=\"Link\" onclick=\"this.select();\" readonly><label class=\"field__label\" for=\"ShareUrl-").append(sid).append("\">Link</label></div></div></details></share-button>");
        m.append("<a href=\"").append(url).append("\" class=\"link product__view-details animate-arrow\">\n          View full details\n          ").append(ARROW).append("\n        </a>");
        m.append("</section>\n      </div>\n    </div>\n  </div>\n");
        m.append("<script type=\"application/ld+json\">\n    ").append(structuredData(base, product)).append("\n  </script>\n</section>\n");
        // related-products section: filled by JS from data-url
        m.append("<div id=\"shopify-section-").append(TEMPLATE).append("__related-products\" class=\"shopify-section\">")
                .append("<link href=\"//cdn.shopify.com/s/files/component-card.css\" rel=\"stylesheet\" type=\"text/css\" media=\"all\" />\n<div class=\"color-scheme-1 gradient no-heading\">\n  <product-recommendations\n    class=\"related-products page-width section-")
                .append(TEMPLATE).append("__related-products-padding isolate scroll-trigger animate--slide-in\"\n    data-url=\"/recommendations/products?section_id=").append(TEMPLATE)
                .append("__related-products&amp;product_id=").append(product.id()).append("&amp;limit=4\"\n    data-section-id=\"").append(TEMPLATE)
                .append("__related-products\"\n    data-product-id=\"").append(product.id()).append("\"\n  >\n    \n  </product-recommendations>\n</div>\n</div>");

        StringBuilder og = new StringBuilder();
        og.append("\n<meta property=\"og:image\" content=\"http:").append(img).append("\">\n<meta property=\"og:image:secure_url\" content=\"https:").append(img)
                .append("\">\n<meta property=\"og:image:width\" content=\"1946\">\n<meta property=\"og:image:height\" content=\"1946\">")
                .append("<meta property=\"og:price:amount\" content=\"").append(money(product.pence()).toPlainString()).append("\">\n")
                .append("  <meta property=\"og:price:currency\" content=\"GBP\">");
        StringBuilder meta = new StringBuilder();
        meta.append("{\"product\":{\"id\":").append(product.id()).append(",\"gid\":\"gid:\\/\\/shopify\\/Product\\/").append(product.id())
                .append("\",\"vendor\":").append(json(product.vendor())).append(",\"type\":").append(json(product.type())).append(",\"handle\":").append(json(product.handle())).append(",\"variants\":[");
        for (int i = 0; i < product.variants().size(); i++) {
            Variant v = product.variants().get(i);
            meta.append(i == 0 ? "" : ",").append("{\"id\":").append(v.id()).append(",\"price\":").append(product.pence()).append(",\"name\":")
                    .append(json(product.title() + (product.multi() ? " - " + v.option() : ""))).append(",\"public_title\":")
                    .append(product.multi() ? json(v.option()) : "null").append(",\"sku\":").append(json(v.sku())).append("}");
        }
        meta.append("],\"remote\":false},\"page\":{\"pageType\":\"product\",\"resourceType\":\"product\",\"resourceId\":").append(product.id())
                .append(",\"requestId\":\"2b1f0c5e-8d77-4c1e-9a0b-3f6e1d2c4b5a-1712345678\"}}");
        String head = og + "\n<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + base + url + ".oembed\">";
        return layout(base, "product", product.title(), url, description(product), head, meta.toString(), m.toString(), false);
    }

    private static String description(Product product) {
        return product.title() + " from " + product.vendor() + ". Made in small batches and finished by hand; "
                + product.type().toLowerCase(Locale.ROOT) + " built for daily use.";
    }

    private String variantJson(Product product, Variant v) {
        return "{\"id\":" + v.id() + ",\"title\":" + json(v.option()) + ",\"option1\":" + json(v.option()) + ",\"option2\":null,\"option3\":null,\"sku\":" + json(v.sku())
                + ",\"requires_shipping\":true,\"taxable\":true,\"featured_image\":null,\"available\":" + product.available() + ",\"name\":" + json(product.title() + " - " + v.option())
                + ",\"public_title\":" + json(v.option()) + ",\"options\":[" + json(v.option()) + "],\"price\":" + product.pence() + ",\"weight\":0,\"compare_at_price\":"
                + (product.compareAt() > 0 ? product.compareAt() : "null") + ",\"inventory_management\":\"shopify\",\"barcode\":\"\",\"requires_selling_plan\":false,\"selling_plan_allocations\":[]}";
    }

    /** Shopify's {{ product | structured_data }}: Product for a default-variant product, ProductGroup with hasVariant otherwise. */
    private String structuredData(String base, Product product) {
        String url = "/products/" + product.handle();
        String image = "https://" + host(base) + "/cdn/shop/files/" + product.handle() + "-1.jpg?v=17091" + (17000 + product.n()) + "&width=1920";
        String availability = product.available() ? "http://schema.org/InStock" : "http://schema.org/OutOfStock";
        String price = money(product.pence()).toPlainString();
        StringBuilder j = new StringBuilder(2000);
        j.append("{\"@context\":").append(json("http://schema.org/")).append(",\"@id\":").append(json(url + "#product"));
        if (!product.multi()) {
            Variant v = product.first();
            j.append(",\"@type\":\"Product\",\"brand\":{\"@type\":\"Brand\",\"name\":").append(json(product.vendor())).append("}")
                    .append(",\"category\":").append(json(product.type())).append(",\"description\":").append(json(description(product)))
                    .append(",\"image\":").append(json(image)).append(",\"name\":").append(json(product.title()))
                    .append(",\"offers\":{\"@id\":").append(json(url + "?variant=" + v.id() + "#offer")).append(",\"@type\":\"Offer\",\"availability\":").append(json(availability))
                    .append(",\"price\":").append(json(price)).append(",\"priceCurrency\":\"GBP\",\"url\":").append(json(base + url + "?variant=" + v.id())).append("}")
                    .append(",\"sku\":").append(json(v.sku())).append(",\"url\":").append(json(base + url)).append("}");
        } else {
            j.append(",\"@type\":\"ProductGroup\",\"brand\":{\"@type\":\"Brand\",\"name\":").append(json(product.vendor())).append("}")
                    .append(",\"category\":").append(json(product.type())).append(",\"description\":").append(json(description(product))).append(",\"hasVariant\":[");
            for (int i = 0; i < product.variants().size(); i++) {
                Variant v = product.variants().get(i);
                j.append(i == 0 ? "" : ",").append("{\"@id\":").append(json(url + "?variant=" + v.id() + "#variant")).append(",\"@type\":\"Product\",\"image\":").append(json(image))
                        .append(",\"name\":").append(json(product.title() + " - " + v.option()))
                        .append(",\"offers\":{\"@id\":").append(json(url + "?variant=" + v.id() + "#offer")).append(",\"@type\":\"Offer\",\"availability\":").append(json(availability))
                        .append(",\"price\":").append(json(price)).append(",\"priceCurrency\":\"GBP\",\"url\":").append(json(base + url + "?variant=" + v.id())).append("}")
                        .append(",\"sku\":").append(json(v.sku())).append("}");
            }
            j.append("],\"name\":").append(json(product.title())).append(",\"productGroupID\":").append(json(String.valueOf(product.id())))
                    .append(",\"url\":").append(json(base + url)).append("}");
        }
        return j.toString();
    }

    private String oembed(String base, Product product) {
        return "{\"type\":\"link\",\"version\":\"1.0\",\"title\":" + json(product.title()) + ",\"provider\":" + json(SHOP_NAME) + ",\"provider_url\":" + json(base)
                + ",\"product_id\":\"" + product.handle() + "\",\"brand\":" + json(product.vendor()) + ",\"offers\":[{\"title\":\"Default Title\",\"offer_id\":"
                + product.first().id() + ",\"sku\":" + json(product.sku()) + ",\"price\":" + money(product.pence()).toPlainString() + ",\"currency_code\":\"GBP\",\"in_stock\":" + product.available() + "}]}";
    }

    /** /recommendations/products?section_id=…&product_id=…&limit=4 — the section Dawn fetches; links carry pr_* tracking parameters. */
    private FixturePage recommendations(String base, String productId) {
        Product ref = null;
        for (Product product : products) {
            if (String.valueOf(product.id()).equals(productId)) {
                ref = product;
            }
        }
        if (ref == null) {
            return null;
        }
        String sid = TEMPLATE + "__related-products";
        StringBuilder h = new StringBuilder("<div id=\"shopify-section-" + sid + "\" class=\"shopify-section\">\n<div class=\"color-scheme-1 gradient no-heading\">\n  <product-recommendations class=\"related-products page-width isolate\" data-url=\"/recommendations/products?section_id="
                + sid + "&amp;product_id=" + ref.id() + "&amp;limit=4\" data-section-id=\"" + sid + "\" data-product-id=\"" + ref.id() + "\">\n"
                + "<h2 class=\"related-products__heading inline-richtext h2\">You may also like</h2>\n<ul class=\"grid product-grid grid--4-col-desktop grid--2-col-tablet-down\" role=\"list\">");
        List<Product> pool = new ArrayList<>();
        String main = ref.collections().size() > 2 ? ref.collections().get(2) : "all";
        for (Product product : inCollection(main.isEmpty() ? "all" : main)) {
            if (product != ref && pool.size() < 4) {
                pool.add(product);
            }
        }
        int i = 0;
        for (Product product : pool) {
            i++;
            String href = "/products/" + product.handle() + "?pr_prod_strat=e5_desc&amp;pr_rec_id=6c1e2f7a9&amp;pr_rec_pid=" + product.id()
                    + "&amp;pr_ref_pid=" + ref.id() + "&amp;pr_seq=uniform";
            h.append(card(product, sid, href, i));
        }
        h.append("</ul>\n  </product-recommendations>\n</div>\n</div>");
        return FixturePage.html(h.toString().replace("{host}", host(base)));
    }

    // ---------------------------------------------------------------- search (main-search.liquid)

    private String search(String base, String q) {
        StringBuilder m = new StringBuilder(20_000);
        m.append("<div id=\"shopify-section-").append(TEMPLATE).append("__main\" class=\"shopify-section\"><div class=\"template-search\"><div class=\"template-search__header page-width\">")
                .append("<h1 class=\"h2 center\">").append(q == null ? "Search results" : "Search results").append("</h1>")
                .append("<div class=\"template-search__search\"><predictive-search data-loading-text=\"Loading...\"><main-search><form action=\"/search\" method=\"get\" role=\"search\" class=\"search\">")
                .append("<div class=\"field\"><input class=\"search__input field__input\" id=\"Search-In-Template\" type=\"search\" name=\"q\" value=\"").append(q == null ? "" : esc(q))
                .append("\" placeholder=\"Search\"><label class=\"field__label\" for=\"Search-In-Template\">Search</label><input name=\"options[prefix]\" type=\"hidden\" value=\"last\"></div></form></main-search></predictive-search></div></div>");
        if (q != null && !q.isBlank()) {
            String needle = q.toLowerCase(Locale.ROOT).trim();
            List<Product> hits = new ArrayList<>();
            for (Product product : products) {
                if (product.title().toLowerCase(Locale.ROOT).contains(needle) || product.type().toLowerCase(Locale.ROOT).contains(needle)
                        || product.tags().contains(needle)) {
                    hits.add(product);
                }
            }
            m.append("<p role=\"status\" class=\"center\">").append(hits.size()).append(" results found for &ldquo;").append(esc(q)).append("&rdquo;</p>")
                    .append("<div class=\"product-grid-container\" id=\"ProductGridContainer\"><div class=\"template-search__results collection page-width\" id=\"product-grid\" data-id=\"")
                    .append(TEMPLATE).append("__main\"><ul class=\"grid product-grid grid--2-col-tablet-down grid--4-col-desktop\" role=\"list\">");
            int pos = 0;
            for (Product product : hits.subList(0, Math.min(24, hits.size()))) {
                pos++;
                m.append(card(product, TEMPLATE + "__main", "/products/" + product.handle() + "?_pos=" + pos + "&amp;_sid=9c3e1a7b2&amp;_ss=r", pos));
            }
            m.append("</ul></div></div>");
        }
        m.append("</div></div>");
        String meta = "{\"page\":{\"pageType\":\"searchresults\",\"requestId\":\"2b1f0c5e-8d77-4c1e-9a0b-3f6e1d2c4b5a-1712345678\"}}";
        return layout(base, "searchresults", "Search: " + (q == null ? "" : q), "/search", SHOP_NAME, "", meta, m.toString(), false)
                .replace("{host}", host(base));
    }

    // ---------------------------------------------------------------- pages, blog, policies

    private static final Map<String, String> PAGES = Map.of(
            "about", "<p>Alder &amp; Ash started in 2016 in a corner of an old cotton mill. We make candles and season cast iron on site, and work with a handful of British makers for the rest.</p>"
                    + "<p>Questions? <a href=\"/pages/contact\">Get in touch</a> or read the <a href=\"/pages/faq\">FAQ</a>.</p>",
            "contact", "<p>Email <a href=\"mailto:hello@alderandash.co.uk\">hello@alderandash.co.uk</a> or call <a href=\"tel:+441422000000\">01422 000000</a>, Monday to Friday.</p>"
                    + "<form method=\"post\" action=\"/contact#ContactForm\" id=\"ContactForm\" accept-charset=\"UTF-8\" class=\"isolate\"><input type=\"hidden\" name=\"form_type\" value=\"contact\" /><input type=\"hidden\" name=\"utf8\" value=\"✓\" />"
                    + "<div class=\"field\"><input class=\"field__input\" autocomplete=\"name\" type=\"text\" id=\"ContactForm-name\" name=\"contact[Name]\" value=\"\" placeholder=\"Name\"><label class=\"field__label\" for=\"ContactForm-name\">Name</label></div>"
                    + "<div class=\"contact__button\"><button type=\"submit\" class=\"button\">Send</button></div></form>",
            "faq", "<p><strong>Do you ship abroad?</strong> We ship to the UK and EU. See <a href=\"/policies/shipping-policy\">shipping</a>.</p>"
                    + "<p><strong>How do I season cast iron?</strong> Read <a href=\"/blogs/journal/caring-for-cast-iron\">our guide</a>.</p>",
            "wishlist", "<div id=\"swym-wishlist-render-container\" data-app=\"wishlist\"><p>Log in to see your saved items.</p><a href=\"/account/login\">Log in</a></div>");

    private static String pageTitle(String handle) {
        return switch (handle) {
            case "about" -> "About us";
            case "contact" -> "Contact";
            case "faq" -> "FAQ";
            case "wishlist" -> "Wishlist";
            default -> handle;
        };
    }

    private static final Map<String, String> POLICIES = Map.of(
            "refund-policy", "Refund policy",
            "privacy-policy", "Privacy policy",
            "terms-of-service", "Terms of service",
            "shipping-policy", "Shipping policy",
            "contact-information", "Contact information");

    private static final Map<String, String> ARTICLES = Map.of(
            "caring-for-cast-iron", "Caring for cast iron",
            "a-visit-to-calder-valley-weavers", "A visit to Calder Valley Weavers");

    private String simplePage(String base, String pageType, String title, String canonical, String main) {
        String meta = "{\"page\":{\"pageType\":\"" + pageType + "\",\"requestId\":\"2b1f0c5e-8d77-4c1e-9a0b-3f6e1d2c4b5a-1712345678\"}}";
        return layout(base, pageType, title, canonical, title + " – " + SHOP_NAME, "", meta,
                "<div id=\"shopify-section-" + TEMPLATE + "__main\" class=\"shopify-section\">" + main + "</div>", false);
    }

    private String blog(String base) {
        StringBuilder m = new StringBuilder();
        m.append("<div class=\"main-blog page-width\"><h1 class=\"title--primary inline-richtext\">Journal</h1><div class=\"blog-articles blog-articles--collage\">");
        for (Map.Entry<String, String> e : List.copyOf(new java.util.TreeMap<>(ARTICLES).entrySet())) {
            m.append("<div class=\"blog-articles__article article\"><div class=\"article-card-wrapper card-wrapper underline-links-hover\"><div class=\"card article-card card--standard card--text\"><div class=\"card__content\"><div class=\"card__information\">")
                    .append("<h3 class=\"card__heading h2\"><a href=\"/blogs/journal/").append(e.getKey()).append("\" class=\"full-unstyled-link\">").append(esc(e.getValue()))
                    .append("</a></h3><div class=\"article-card__info caption-with-letter-spacing h5\"><span class=\"circle-divider\"><time datetime=\"2024-11-02T09:00:00Z\">2 November 2024</time></span></div></div></div></div></div></div>");
        }
        m.append("</div></div>");
        String feed = "\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Feed\" href=\"/blogs/journal.atom\" />";
        return layout(base, "blog", "Journal", "/blogs/journal", "Notes from the studio", feed,
                "{\"page\":{\"pageType\":\"blog\",\"resourceType\":\"blog\",\"resourceId\":90112450632}}", m.toString(), false);
    }

    private static String atom(String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xml:lang=\"en-GB\" xmlns=\"http://www.w3.org/2005/Atom\" xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:s=\"http://jadedpixel.com/-/spec/shopify\">\n"
                + "  <id>" + base + "/blogs/journal.atom</id>\n  <link rel=\"alternate\" type=\"text/html\" href=\"" + base + "/blogs/journal\"/>\n"
                + "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + base + "/blogs/journal.atom\"/>\n  <title>" + esc(SHOP_NAME) + " - Journal</title>\n  <updated>2024-11-02T09:00:00+00:00</updated>\n");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(ARTICLES).entrySet()) {
            x.append("  <entry>\n    <id>" + base + "/blogs/journal/" + e.getKey() + "</id>\n    <published>2024-11-02T09:00:00+00:00</published>\n    <updated>2024-11-02T09:00:00+00:00</updated>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"" + base + "/blogs/journal/" + e.getKey() + "\"/>\n    <title>" + esc(e.getValue()) + "</title>\n    <author><name>Alder</name></author>\n  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private String article(String base, String handle) {
        String body = "caring-for-cast-iron".equals(handle)
                ? "<p>Heat it, oil it thinly, wipe it back. Our "
                + productLink("cast-iron-skillet-26cm", p -> "/collections/cookware/products/" + p.handle(), "26cm skillet") + " ships pre-seasoned, and a tin of "
                + productLink("seasoning-balm-tin", p -> "/products/" + p.handle(), "seasoning balm") + " keeps it that way.</p>"
                : "<p>We spent a morning at the looms where our "
                + productLink("merino-wool-throw", p -> "/products/" + p.handle() + "?variant=" + p.variants().get(2).id(), "rust merino throw")
                + " is woven. Follow the weavers on <a href=\"https://www.instagram.com/caldervalleyweavers\" target=\"_blank\">Instagram</a>.</p>";
        String m = "<article class=\"article-template\"><header class=\"page-width page-width--narrow\"><h1 class=\"article-template__title\">" + esc(ARTICLES.get(handle))
                + "</h1><span class=\"circle-divider caption-with-letter-spacing\"><time datetime=\"2024-11-02T09:00:00Z\">2 November 2024</time></span></header>"
                + "<div class=\"article-template__content page-width page-width--narrow rte\">" + body + "</div>"
                + "<div class=\"element-margin-top center\"><a href=\"/blogs/journal\" class=\"article-template__link link animate-arrow\">Back to blog</a></div></article>";
        return layout(base, "article", ARTICLES.get(handle), "/blogs/journal/" + handle, ARTICLES.get(handle), "",
                "{\"page\":{\"pageType\":\"article\",\"resourceType\":\"article\",\"resourceId\":601234567816}}", m, false);
    }

    /** An article's link to a product of the store, or just its words where the catalogue given to it lacks that product. */
    private String productLink(String handle, Function<Product, String> href, String words) {
        Product product = byHandle.get(handle);
        return product == null ? words : "<a href=\"" + href.apply(product) + "\">" + words + "</a>";
    }

    // ---------------------------------------------------------------- robots.txt + sitemaps

    private static String robots(String base) {
        return "# we use Shopify as our ecommerce platform\n\n"
                + "User-agent: *\n"
                + "Disallow: /a/downloads/-/*\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkouts/\nDisallow: /checkout\n"
                + "Disallow: /" + SHOP_ID + "/checkouts\nDisallow: /" + SHOP_ID + "/orders\nDisallow: /carts\nDisallow: /account\n"
                + "Disallow: /collections/*sort_by*\nDisallow: /*/collections/*sort_by*\n"
                + "Disallow: /collections/*+*\nDisallow: /collections/*%2B*\nDisallow: /collections/*%2b*\n"
                + "Disallow: /*/collections/*+*\nDisallow: /*/collections/*%2B*\nDisallow: /*/collections/*%2b*\n"
                + "Disallow: */collections/*filter*&*filter*\n"
                + "Disallow: /blogs/*+*\nDisallow: /blogs/*%2B*\nDisallow: /blogs/*%2b*\nDisallow: /*/blogs/*+*\nDisallow: /*/blogs/*%2B*\nDisallow: /*/blogs/*%2b*\n"
                + "Disallow: /*?*oseid=*\nDisallow: /*preview_theme_id*\nDisallow: /*preview_script_id*\n"
                + "Disallow: /policies/\nDisallow: /*/policies/\n"
                + "Disallow: /*/*?*ls=*&ls=*\nDisallow: /*/*?*ls%3D*%3Fls%3D*\nDisallow: /*/*?*ls%3d*%3fls%3d*\n"
                + "Disallow: /search\nAllow: /search/\nDisallow: /search/?*\n"
                + "Disallow: /apple-app-site-association\nDisallow: /.well-known/shopify/monorail\nDisallow: /cdn/wpm/*.js\n"
                + "Disallow: /recommendations/products\nDisallow: /*/recommendations/products\n"
                + "Disallow: /products/*-remote\nDisallow: /services/login_with_shop\n"
                + "Sitemap: " + base + "/sitemap.xml\n\n"
                + "# Google adsbot ignores robots.txt unless specifically named!\n"
                + "User-agent: adsbot-google\nDisallow: /checkouts/\nDisallow: /checkout\nDisallow: /carts\nDisallow: /orders\n"
                + "Disallow: /" + SHOP_ID + "/checkouts\nDisallow: /" + SHOP_ID + "/orders\n"
                + "Disallow: /*?*oseid=*\nDisallow: /*preview_theme_id*\nDisallow: /*preview_script_id*\nDisallow: /cdn/wpm/*.js\n\n"
                + "User-agent: Nutch\nDisallow: /\n\n"
                + "User-agent: AhrefsBot\nCrawl-delay: 10\nDisallow: /a/downloads/-/*\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkouts/\nDisallow: /checkout\nDisallow: /carts\nDisallow: /account\n"
                + "Disallow: /collections/*sort_by*\nDisallow: /search\nSitemap: " + base + "/sitemap.xml\n\n"
                + "User-agent: AhrefsSiteAudit\nCrawl-delay: 10\nDisallow: /admin\nDisallow: /cart\nSitemap: " + base + "/sitemap.xml\n\n"
                + "User-agent: MJ12bot\nCrawl-Delay: 10\n\n"
                + "User-agent: Pinterest\nCrawl-delay: 1\n";
    }

    private String productsSitemapQuery() {
        return "from=" + products.get(0).id() + "&amp;to=" + products.get(products.size() - 1).id();
    }

    private String sitemapIndex(String base) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <sitemap>\n    <loc>" + base + "/sitemap_products_1.xml?" + productsSitemapQuery() + "</loc>\n  </sitemap>\n"
                + "  <sitemap>\n    <loc>" + base + "/sitemap_pages_1.xml</loc>\n  </sitemap>\n"
                + "  <sitemap>\n    <loc>" + base + "/sitemap_collections_1.xml</loc>\n  </sitemap>\n"
                + "  <sitemap>\n    <loc>" + base + "/sitemap_blogs_1.xml</loc>\n  </sitemap>\n</sitemapindex>\n";
    }

    private String sitemapProducts(String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n");
        x.append("  <url>\n    <loc>").append(base).append("/</loc>\n    <changefreq>daily</changefreq>\n  </url>\n");
        for (Product product : products) {
            int day = 1 + (product.n() * 7) % 28;
            x.append("  <url>\n    <loc>").append(base).append("/products/").append(product.handle()).append("</loc>\n")
                    .append("    <lastmod>2025-0").append(1 + product.n() % 9).append("-").append(day < 10 ? "0" + day : day).append("T1").append(product.n() % 10).append(":2").append(product.n() % 10).append(":05+01:00</lastmod>\n")
                    .append("    <changefreq>daily</changefreq>\n    <image:image>\n      <image:loc>https://cdn.shopify.com/s/files/1/0712/9846/5000/files/").append(product.handle())
                    .append("-1.jpg?v=17091").append(17000 + product.n()).append("</image:loc>\n      <image:title>").append(esc(product.title())).append("</image:title>\n      <image:caption>")
                    .append(esc(product.title())).append("</image:caption>\n    </image:image>\n  </url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    private String sitemapCollections(String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int i = 0;
        for (Collection c : collections.values()) {
            i++;
            x.append("  <url>\n    <loc>").append(base).append("/collections/").append(c.handle()).append("</loc>\n    <lastmod>2025-03-1").append(i % 10)
                    .append("T08:15:3").append(i % 10).append("+00:00</lastmod>\n    <changefreq>daily</changefreq>\n  </url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    private static String sitemapPages(String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : List.of("about", "contact", "faq", "wishlist")) {
            x.append("  <url>\n    <loc>").append(base).append("/pages/").append(page).append("</loc>\n    <lastmod>2024-10-01T10:00:00+01:00</lastmod>\n    <changefreq>weekly</changefreq>\n  </url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    private static String sitemapBlogs(String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        x.append("  <url>\n    <loc>").append(base).append("/blogs/journal</loc>\n    <changefreq>weekly</changefreq>\n  </url>\n");
        for (String a : new java.util.TreeMap<>(ARTICLES).keySet()) {
            x.append("  <url>\n    <loc>").append(base).append("/blogs/journal/").append(a).append("</loc>\n    <lastmod>2024-11-02T09:00:00+00:00</lastmod>\n    <changefreq>weekly</changefreq>\n  </url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    // ---------------------------------------------------------------- helpers

    private static BigDecimal money(int pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    private static String moneyWithCurrency(int pence) {
        return "£" + money(pence).toPlainString() + " GBP";
    }

    private static String host(String base) {
        int i = base.indexOf("://");
        return i < 0 ? base : base.substring(i + 3);
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = decode(eq < 0 ? part : part.substring(0, eq));
            String v = eq < 0 ? "" : decode(part.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String esc(String s) {
        return FixtureHtml.escape(s, "&#39;");
    }

    /** Liquid's json filter as Shopify emits it: "/" as "\/", and &lt; &gt; &amp; as unicode escapes. */
    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '/' -> b.append("\\/");
                case '&' -> b.append("\\u0026");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch > 126) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
