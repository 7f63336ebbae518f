package caravan.shops;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PrestaShop 8.1 store on the "classic" theme, with ps_mainmenu, ps_facetedsearch, ps_categorytree,
 * ps_featuredproducts, ps_categoryproducts, ps_linklist, ps_customersignin, ps_shoppingcart,
 * ps_searchbar, ps_socialfollow, blockwishlist and gsitemap installed. Friendly URLs on, one language
 * (so no /en/ prefix), one currency (EUR), 12 products per page (PS_PRODUCTS_PER_PAGE default).
 *
 * <p>Markup imitates PrestaShop/classic-theme and PrestaShop/PrestaShop themes/classic templates;
 * see src/test/resources/shops/prestashop-classic/SOURCES.md.
 */
public final class PrestaShopClassicShop implements FixtureShop {

    private static final int PER_PAGE = 12;
    private static final String SHOP = "Maison Théière";
    private static final String PRICE_VALID_UNTIL = "2025-07-15";

    // ------------------------------------------------------------------ catalogue model

    private record Cat(int id, String rewrite, String name, int parent, String description) {
        String path() {
            return "/" + id + "-" + rewrite;
        }
    }

    /** One combination: id_product_attribute, the URL anchor it adds, its label, an optional colour. */
    private record Combo(int ipa, String anchor, String group, String label, String color) {
    }

    private static final class Prod {
        final int id;
        final String rewrite;
        final String name;
        final String ref;
        final BigDecimal price;          // the price paid now (tax incl.)
        final BigDecimal regular;        // null unless discounted
        final int qty;
        final int defaultCat;
        final List<Integer> cats;        // every category it is associated with (incl. default)
        final String brand;              // manufacturer or null
        final String origin;
        final String weight;             // kg, e.g. "0.1"
        final String ean13;
        final boolean searchOnly;        // visibility = "search": not in listings, still in the sitemap
        final List<Combo> combos = new ArrayList<>();

        Prod(int id, String rewrite, String name, String ref, String price, String regular, int qty,
             int defaultCat, List<Integer> cats, String brand, String origin, String weight, String ean13,
             boolean searchOnly) {
            this.id = id;
            this.rewrite = rewrite;
            this.name = name;
            this.ref = ref;
            this.price = new BigDecimal(price);
            this.regular = regular == null ? null : new BigDecimal(regular);
            this.qty = qty;
            this.defaultCat = defaultCat;
            this.cats = cats;
            this.brand = brand;
            this.origin = origin;
            this.weight = weight;
            this.ean13 = ean13;
            this.searchOnly = searchOnly;
        }

        Combo defaultCombo() {
            return combos.isEmpty() ? null : combos.get(0);
        }
    }

    private final Map<Integer, Cat> cats = new LinkedHashMap<>();
    private final Map<Integer, Prod> prods = new LinkedHashMap<>();
    /** Menu tree (ps_mainmenu): top-level category ids with their children. */
    private final Map<Integer, List<Integer>> menu = new LinkedHashMap<>();
    private final List<Integer> featured = List.of(1, 11, 20, 28, 33, 36, 40, 44);

    public PrestaShopClassicShop() {
        cats.put(2, new Cat(2, "home", "Home", 1, ""));
        cats.put(3, new Cat(3, "tea", "Tea", 2, "Loose-leaf teas sourced directly from small gardens."));
        cats.put(4, new Cat(4, "green-tea", "Green Tea", 3, "Steamed and pan-fired green teas from Japan and China."));
        cats.put(5, new Cat(5, "black-tea", "Black Tea", 3, "Robust breakfast blends and single-estate black teas."));
        cats.put(6, new Cat(6, "herbal-infusions", "Herbal Infusions", 3, "Caffeine-free blends of herbs, flowers and fruit."));
        cats.put(7, new Cat(7, "teaware", "Teaware", 2, "Everything you need to brew and serve."));
        cats.put(8, new Cat(8, "teapots", "Teapots", 7, "Cast iron, clay and glass teapots."));
        cats.put(9, new Cat(9, "cups-mugs", "Cups & Mugs", 7, "Handmade cups, bowls and mugs."));
        cats.put(10, new Cat(10, "gift-sets", "Gift Sets", 2, "Ready-to-give boxes for tea lovers."));
        cats.put(12, new Cat(12, "clearance", "Clearance", 2, "Last pieces at reduced prices."));
        menu.put(3, List.of(4, 5, 6));
        menu.put(7, List.of(8, 9));
        menu.put(10, List.of());

        // Green tea (4)
        p(1, "sencha-kirishima", "Sencha Kirishima", "GT-SEN-001", "14.95", null, 40, 4, List.of(4), "Kumo Tea Works", "Japan", "0.1", "3760123450017");
        p(2, "gyokuro-asahi", "Gyokuro Asahi", "GT-GYO-002", "29.45", null, 12, 4, List.of(4), "Kumo Tea Works", "Japan", "0.1", null);
        combo(2, 11, "3-grind-loose_leaf", "Grind", "Loose leaf", null);
        combo(2, 12, "4-grind-tea_bags", "Grind", "Tea bags", null);
        p(3, "genmaicha-toasted-rice", "Genmaicha Toasted Rice", "GT-GEN-003", "9.85", null, 55, 4, List.of(4), "Kumo Tea Works", "Japan", "0.1", null);
        p(4, "dragon-well-longjing-spring-harvest", "Dragon Well Longjing Spring Harvest", "GT-LJ-004", "24.65", null, 9, 4, List.of(4), "Jade Terrace", "China", "0.1", null);
        p(5, "bi-luo-chun", "Bi Luo Chun", "GT-BLC-005", "21.35", null, 0, 4, List.of(4), "Jade Terrace", "China", "0.1", null);
        p(6, "ceremonial-matcha-uji", "Ceremonial Matcha Uji", "GT-MAT-006", "34.95", null, 18, 4, List.of(4), "Kumo Tea Works", "Japan", "0.03", null);
        p(7, "jasmine-pearls", "Jasmine Pearls", "GT-JAS-007", "17.45", null, 30, 4, List.of(4), "Jade Terrace", "China", "0.1", null);
        combo(7, 21, "3-grind-loose_leaf", "Grind", "Loose leaf", null);
        combo(7, 22, "4-grind-tea_bags", "Grind", "Tea bags", null);
        p(8, "hojicha-roasted-twig", "Hojicha Roasted Twig", "GT-HOJ-008", "11.65", null, 22, 4, List.of(4), "Kumo Tea Works", "Japan", "0.1", null);
        p(9, "gunpowder-temple-of-heaven", "Gunpowder Temple of Heaven", "GT-GUN-009", "8.45", null, 60, 4, List.of(4), "Jade Terrace", "China", "0.1", null);
        // Black tea (5)
        p(10, "assam-breakfast-tgfop", "Assam Breakfast TGFOP", "BT-ASM-010", "10.95", null, 70, 5, List.of(5), "Highfield Estates", "India", "0.1", null);
        p(11, "darjeeling-first-flush-castleton", "Darjeeling First Flush Castleton", "BT-DAR-011", "27.85", null, 14, 5, List.of(5), "Highfield Estates", "India", "0.1", "3760123450116");
        p(12, "earl-grey-bergamot", "Earl Grey & Bergamot", "BT-EGB-012", "12.45", null, 48, 5, List.of(5), "Maison Théière", "Sri Lanka", "0.1", null);
        combo(12, 31, "3-grind-loose_leaf", "Grind", "Loose leaf", null);
        combo(12, 32, "4-grind-tea_bags", "Grind", "Tea bags", null);
        p(13, "lapsang-souchong-smoked", "Lapsang Souchong Smoked", "BT-LAP-013", "13.75", "17.15", 20, 5, List.of(5, 12), "Jade Terrace", "China", "0.1", null);
        p(14, "ceylon-nuwara-eliya", "Ceylon Nuwara Eliya", "BT-CEY-014", "11.25", null, 0, 5, List.of(5), "Highfield Estates", "Sri Lanka", "0.1", null);
        p(15, "keemun-mao-feng", "Keemun Mao Feng", "BT-KEE-015", "15.35", null, 16, 5, List.of(5), "Jade Terrace", "China", "0.1", null);
        p(16, "yunnan-golden-tips", "Yunnan Golden Tips", "BT-YUN-016", "19.95", null, 11, 5, List.of(5), "Jade Terrace", "China", "0.1", null);
        p(17, "grandmas-russian-caravan", "Grandma's Russian Caravan", "BT-RUC-017", "9.65", null, 35, 5, List.of(5), "Maison Théière", "China", "0.1", null);
        // Herbal (6)
        p(18, "rooibos-vanilla-bourbon", "Rooibos Vanilla Bourbon", "HI-ROO-018", "8.95", null, 45, 6, List.of(6), "Maison Théière", "South Africa", "0.1", null);
        p(19, "peppermint-from-provence", "Peppermint from Provence", "HI-PEP-019", "7.45", null, 80, 6, List.of(6), "Maison Théière", "France", "0.05", null);
        p(20, "chamomile-flowers-whole", "Chamomile Flowers Whole", "HI-CHA-020", "6.85", null, 52, 6, List.of(6), "Maison Théière", "Egypt", "0.05", null);
        p(21, "hibiscus-rosehip-berry-infusion-blend", "Hibiscus, Rosehip & Berry Infusion Blend", "HI-HIB-021", "7.95", null, 38, 6, List.of(6), "Maison Théière", "Egypt", "0.1", null);
        p(22, "lemon-verbena", "Lemon Verbena", "HI-VER-022", "9.15", null, 0, 6, List.of(6), "Maison Théière", "France", "0.05", null);
        p(23, "masala-chai-spice", "Masala Chai Spice", "HI-CHA-023", "10.35", null, 27, 6, List.of(6), "Highfield Estates", "India", "0.1", null);
        p(24, "linden-blossom", "Linden Blossom", "HI-LIN-024", "8.25", null, 19, 6, List.of(6), "Maison Théière", "France", "0.05", null);
        p(25, "ginger-turmeric-glow", "Ginger Turmeric Glow", "HI-GIN-025", "9.55", null, 33, 6, List.of(6), "Maison Théière", "India", "0.1", null);
        // Teapots (8)
        p(26, "cast-iron-tetsubin-arare-0-8-l", "Cast Iron Tetsubin Arare 0.8 L", "TP-TET-026", "64.95", null, 6, 8, List.of(8), "Nanbu Forge", null, "1.4", null);
        p(27, "kyusu-tokoname-side-handle", "Kyusu Tokoname Side Handle", "TP-KYU-027", "48.35", null, 4, 8, List.of(8), "Nanbu Forge", null, "0.4", null);
        p(28, "borosilicate-glass-teapot-1-l", "Borosilicate Glass Teapot 1 L", "TP-GLA-028", "32.45", "38.15", 15, 8, List.of(8, 12), "Verrerie Lune", null, "0.6", null);
        p(29, "yixing-clay-pot-shi-piao", "Yixing Clay Pot Shi Piao", "TP-YIX-029", "89.95", null, 0, 8, List.of(8), "Jade Terrace", null, "0.3", null);
        p(30, "porcelain-gaiwan-cobalt", "Porcelain Gaiwan Cobalt", "TP-GAI-030", "22.85", null, 21, 8, List.of(8), "Jade Terrace", null, "0.2", null);
        p(31, "stoneware-teapot-with-infuser", "Stoneware Teapot with Infuser", "TP-STO-031", "41.75", null, 9, 8, List.of(8), "Atelier Grès", null, "1.1", null);
        combo(31, 41, "8-color-white", "Color", "White", "#ffffff");
        combo(31, 42, "11-color-black", "Color", "Black", "#434A54");
        combo(31, 43, "14-color-blue", "Color", "Blue", "#5D9CEC");
        p(32, "travel-tea-tumbler", "Travel Tea Tumbler", "TP-TRA-032", "26.15", null, 25, 8, List.of(8), "Verrerie Lune", null, "0.35", null);
        // Cups & mugs (9)
        p(33, "stoneware-mug-fjord", "Stoneware Mug \"Fjord\"", "CM-FJO-033", "16.45", null, 40, 9, List.of(9), "Atelier Grès", null, "0.35", null);
        combo(33, 51, "8-color-white", "Color", "White", "#ffffff");
        combo(33, 52, "11-color-black", "Color", "Black", "#434A54");
        p(34, "double-wall-glass-cup-set-of-2", "Double-Wall Glass Cup (Set of 2)", "CM-DWG-034", "19.85", null, 28, 9, List.of(9), "Verrerie Lune", null, "0.3", null);
        p(35, "matcha-bowl-chawan-kuro", "Matcha Bowl Chawan Kuro", "CM-CHA-035", "38.65", null, 7, 9, List.of(9, 4), "Kumo Tea Works", null, "0.4", null);
        p(36, "celadon-tasting-cups-set-of-4", "Celadon Tasting Cups, Set of 4", "CM-CEL-036", "24.35", null, 13, 9, List.of(9), "Jade Terrace", null, "0.25", null);
        p(37, "enamel-camp-mug", "Enamel Camp Mug", "CM-ENA-037", "12.95", "15.25", 50, 9, List.of(9, 12), "Atelier Grès", null, "0.2", null);
        p(38, "bone-china-cup-saucer-rose", "Bone China Cup & Saucer Rose", "CM-BCR-038", "21.45", null, 0, 9, List.of(9), "Maison Théière", null, "0.3", null);
        p(39, "yunomi-hand-thrown", "Yunomi Hand-Thrown", "CM-YUN-039", "17.65", null, 10, 9, List.of(9), "Atelier Grès", null, "0.25", null);
        p(40, "large-latte-mug-oat", "Large Latte Mug Oat", "CM-LAT-040", "14.25", null, 36, 9, List.of(9), "Atelier Grès", null, "0.4", null);
        // Gift sets (10)
        p(41, "japanese-green-tea-discovery-box", "Japanese Green Tea Discovery Box", "GS-JGD-041", "44.95", null, 8, 10, List.of(10, 4), "Kumo Tea Works", "Japan", "0.5", null);
        p(42, "breakfast-classics-trio", "Breakfast Classics Trio", "GS-BCT-042", "29.95", null, 14, 10, List.of(10, 5), "Highfield Estates", "India", "0.3", null);
        p(43, "tea-lovers-starter-kit", "Tea Lover's Starter Kit", "GS-TLS-043", "59.45", null, 5, 10, List.of(10), "Maison Théière", null, "1.2", null);
        p(44, "advent-calendar-24-infusions", "Advent Calendar: 24 Infusions", "GS-ADV-044", "34.85", null, 0, 10, List.of(10), "Maison Théière", null, "0.6", null);
        p(45, "gift-card-tin-with-sampler", "Gift Card Tin with Sampler", "GS-GCT-045", "25.15", null, 100, 10, List.of(10), "Maison Théière", null, "0.2", null);
        // Visibility "search only": in the sitemap, in no category listing.
        prods.put(46, new Prod(46, "white-peony-bai-mu-dan-reserve", "White Peony Bai Mu Dan Reserve", "GT-BMD-046",
                "31.95", null, 6, 3, List.of(3), "Jade Terrace", "China", "0.1", null, true));
    }

    private void p(int id, String rewrite, String name, String ref, String price, String regular, int qty, int defaultCat,
                   List<Integer> inCats, String brand, String origin, String weight, String ean) {
        prods.put(id, new Prod(id, rewrite, name, ref, price, regular, qty, defaultCat, inCats, brand, origin, weight, ean, false));
    }

    private void combo(int id, int ipa, String anchor, String group, String label, String color) {
        prods.get(id).combos.add(new Combo(ipa, anchor, group, label, color));
    }

    // ------------------------------------------------------------------ FixtureShop

    @Override
    public String name() {
        return "prestashop-classic";
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        List<ExpectedProduct> out = new ArrayList<>();
        for (Prod p : prods.values()) {
            Set<String> paths = new LinkedHashSet<>();
            for (int c : listedCategoryIds()) {
                if (listing(c).contains(p)) {
                    paths.add(cats.get(c).path());
                }
            }
            out.add(new ExpectedProduct(canonicalPath(p), p.ref, p.name, p.price, "EUR",
                    p.qty > 0 ? "InStock" : "OutOfStock", paths));
        }
        return out;
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        List<ExpectedCategory> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> top : menu.entrySet()) {
            Cat t = cats.get(top.getKey());
            out.add(new ExpectedCategory(t.path(), t.name(), null));
            for (int child : top.getValue()) {
                out.add(new ExpectedCategory(cats.get(child).path(), cats.get(child).name(), t.path()));
            }
        }
        // Only in the sitemap; its breadcrumb is Home > Clearance and Home is not a category link.
        out.add(new ExpectedCategory(cats.get(12).path(), cats.get(12).name(), null));
        return out;
    }

    /** The categories a correct crawl stores (menu ones + the sitemap-only one), by id. */
    private List<Integer> listedCategoryIds() {
        return List.of(3, 4, 5, 6, 7, 8, 9, 10, 12);
    }

    // ------------------------------------------------------------------ catalogue helpers

    private boolean isUnder(int catId, int ancestor) {
        int c = catId;
        while (c > 1) {
            if (c == ancestor) {
                return true;
            }
            c = cats.get(c).parent();
        }
        return false;
    }

    /** ps_facetedsearch with PS_LAYERED_FULL_TREE = 1: a category lists its sub-categories' products too. */
    private List<Prod> listing(int catId) {
        List<Prod> out = new ArrayList<>();
        if (catId == 2) {
            for (int id : featured) {
                out.add(prods.get(id));
            }
            return out;
        }
        for (Prod p : prods.values()) {
            if (p.searchOnly) {
                continue;
            }
            for (int c : p.cats) {
                if (isUnder(c, catId)) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    private String canonicalPath(Prod p) {
        return "/" + cats.get(p.defaultCat).rewrite() + "/" + p.id + "-" + p.rewrite + ".html";
    }

    /** $product.url: with the default combination's id and anchor, as listings print it (issue #26676). */
    private String productUrl(String base, Prod p, Combo c) {
        if (c == null) {
            return base + canonicalPath(p);
        }
        return base + "/" + cats.get(p.defaultCat).rewrite() + "/" + p.id + "-" + c.ipa() + "-" + p.rewrite + ".html#/" + c.anchor();
    }

    private static String money(BigDecimal v) {
        return "€" + v.setScale(2).toPlainString();
    }

    private static String amount(BigDecimal v) {
        // PHP prints the float price_amount: 14.95 -> "14.95", 8.5 -> "8.5"
        return v.stripTrailingZeros().toPlainString();
    }

    private static String esc(String s) {
        return FixtureHtml.escape(s, "&#039;");
    }

    private static String truncate30(String s) {
        // Smarty |truncate:30:'...' (cuts on a word boundary, then appends the ellipsis)
        if (s.length() <= 30) {
            return s;
        }
        String cut = s.substring(0, 27);
        int sp = cut.lastIndexOf(' ');
        if (sp > 0) {
            cut = cut.substring(0, sp);
        }
        return cut + "...";
    }

    private static String jsonSlashes(String s) {
        return s.replace("/", "\\/");
    }

    // ------------------------------------------------------------------ routing

    private static final Pattern CATEGORY = Pattern.compile("^/(\\d+)-([a-z0-9-]+)$");
    private static final Pattern PRODUCT = Pattern.compile("^/([a-z0-9-]+)/(\\d+)-(.+)\\.html$");
    private static final Pattern CMS = Pattern.compile("^/content/(\\d+)-([a-z0-9-]+)$");

    private static final String[][] CMS_PAGES = {
        {"1", "delivery", "Delivery", "Our parcels ship within 48 hours from our Lyon workshop, in recyclable packaging."},
        {"2", "legal-notice", "Legal Notice", "Maison Théière SAS, 12 rue des Tisserands, 69002 Lyon, France."},
        {"3", "terms-and-conditions-of-use", "Terms and conditions of use", "These terms govern every order placed on this website."},
        {"4", "about-us", "About us", "A small family tea house founded in 2011, blending and packing everything by hand."},
        {"5", "secure-payment", "Secure payment", "Payments are processed by our bank over an encrypted connection."},
    };

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        String path = pathAndQuery;
        String query = "";
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q + 1);
        }
        Map<String, String> params = parseQuery(query);
        switch (path) {
            case "/":
                return FixturePage.html(home(baseUrl));
            case "/img/favicon.ico":
                return new FixturePage(200, "image/vnd.microsoft.icon", new byte[] {0, 0, 1, 0, 0, 0}, Map.of());
            case "/themes/classic/assets/cache/theme-8a1c2e231.css":
                return new FixturePage(200, "text/css", "body{font-family:Manrope,sans-serif}".getBytes(StandardCharsets.UTF_8), Map.of());
            case "/themes/classic/assets/cache/bottom-4b09f7231.js":
                return new FixturePage(200, "application/javascript", "/* theme */".getBytes(StandardCharsets.UTF_8), Map.of());
            case "/robots.txt":
                return FixturePage.text(robots(baseUrl));
            case "/1_index_sitemap.xml":
                return FixturePage.xml(sitemapIndex(baseUrl));
            case "/1_en_0_sitemap.xml":
                return FixturePage.xml(sitemap(baseUrl));
            case "/prices-drop": {
                List<Prod> l = new ArrayList<>();
                for (Prod p : prods.values()) {
                    if (p.regular != null && !p.searchOnly) {
                        l.add(p);
                    }
                }
                return FixturePage.html(specialListing(baseUrl, "/prices-drop", "prices-drop", "Prices drop", l, params));
            }
            case "/new-products":
                return FixturePage.html(specialListing(baseUrl, "/new-products", "new-products", "New products", List.of(), params));
            case "/best-sales":
                return FixturePage.html(specialListing(baseUrl, "/best-sales", "best-sales", "Best sellers", List.of(), params));
            case "/contact-us":
                return FixturePage.html(simplePage(baseUrl, "/contact-us", "contact", "Contact us",
                        "<section class=\"contact-form\"><form action=\"" + baseUrl + "/contact-us\" method=\"post\" enctype=\"multipart/form-data\">"
                        + "<h3>Contact us</h3><input class=\"form-control\" name=\"from\" type=\"email\" placeholder=\"your@email.com\">"
                        + "<textarea class=\"form-control\" name=\"message\" rows=\"3\"></textarea>"
                        + "<input class=\"btn btn-primary\" type=\"submit\" name=\"submitMessage\" value=\"Send\"></form></section>"));
            case "/stores":
                return FixturePage.html(simplePage(baseUrl, "/stores", "stores", "Our stores",
                        "<section id=\"content\" class=\"page-content page-stores\"><article class=\"store-item card\"><div class=\"store-item-container clearfix\">"
                        + "<p class=\"h3 card-title\">Maison Théière Lyon</p><address>12 rue des Tisserands<br>69002 Lyon<br>France</address></div></article></section>"));
            case "/sitemap":
                return FixturePage.html(htmlSitemap(baseUrl));
            case "/login":
                return FixturePage.html(simplePage(baseUrl, "/login", "authentication", "Log in to your account",
                        "<section class=\"login-form\"><form id=\"login-form\" action=\"" + baseUrl + "/login?back=my-account\" method=\"post\">"
                        + "<input class=\"form-control\" name=\"email\" type=\"email\"><input class=\"form-control js-child-focus js-visible-password\" name=\"password\" type=\"password\">"
                        + "<div class=\"forgot-password\"><a href=\"" + baseUrl + "/password-recovery\" rel=\"nofollow\">Forgot your password?</a></div>"
                        + "<button id=\"submit-login\" class=\"btn btn-primary\" data-link-action=\"sign-in\" type=\"submit\">Sign in</button></form></section>"
                        + "<hr><div class=\"no-account\"><a href=\"" + baseUrl + "/registration\" data-link-action=\"display-register-form\">No account? Create one here</a></div>"));
            case "/password-recovery":
                return FixturePage.html(simplePage(baseUrl, "/password-recovery", "password", "Forgot your password?",
                        "<form action=\"" + baseUrl + "/password-recovery\" class=\"forgotten-password\" method=\"post\"><input type=\"email\" name=\"email\" class=\"form-control\"><button class=\"form-control-submit btn btn-primary\" name=\"submit\" type=\"submit\">Send reset link</button></form>"));
            case "/registration":
                return FixturePage.html(simplePage(baseUrl, "/registration", "registration", "Create an account",
                        "<section class=\"register-form\"><p>Already have an account? <a href=\"" + baseUrl + "/login\">Log in instead!</a></p>"
                        + "<form action=\"" + baseUrl + "/registration\" id=\"customer-form\" class=\"js-customer-form\" method=\"post\"><input class=\"form-control\" name=\"firstname\" type=\"text\"><button class=\"btn btn-primary form-control-submit float-xs-right\" data-link-action=\"save-customer\" type=\"submit\">Save</button></form></section>"));
            case "/my-account":
            case "/module/blockwishlist/lists":
                return FixturePage.redirect(302, baseUrl + "/login?back=" + path.substring(1).replace("/", "%2F"));
            case "/cart":
                return FixturePage.html(simplePage(baseUrl, "/cart", "cart", "Shopping Cart",
                        "<section id=\"main\"><div class=\"cart-grid row\"><div class=\"cart-grid-body col-xs-12 col-lg-8\"><div class=\"card cart-container\"><div class=\"card-block\"><h1 class=\"h1\">Shopping Cart</h1></div><hr class=\"separator\">"
                        + "<div class=\"cart-overview js-cart\"><span class=\"no-items\">There are no more items in your cart</span></div></div>"
                        + "<a class=\"label\" href=\"" + baseUrl + "/\"><i class=\"material-icons\">chevron_left</i>Continue shopping</a></div></div></section>"));
            case "/guest-tracking":
                return FixturePage.html(simplePage(baseUrl, "/guest-tracking", "guest-tracking", "Guest Order Tracking",
                        "<form id=\"guestOrderTrackingForm\" action=\"" + baseUrl + "/guest-tracking\" method=\"post\"><input class=\"form-control\" name=\"order_reference\" type=\"text\"><input class=\"form-control\" name=\"email\" type=\"email\"><button class=\"btn btn-primary\" type=\"submit\">Send</button></form>"));
            case "/search":
                return FixturePage.html(specialListing(baseUrl, "/search", "search", "Search results", List.of(), params));
            default:
                break;
        }
        Matcher m = CATEGORY.matcher(path);
        if (m.matches()) {
            Cat c = cats.get(Integer.parseInt(m.group(1)));
            if (c == null || !c.rewrite().equals(m.group(2))) {
                return null;
            }
            return FixturePage.html(category(baseUrl, c, params));
        }
        m = CMS.matcher(path);
        if (m.matches()) {
            for (String[] cms : CMS_PAGES) {
                if (cms[0].equals(m.group(1)) && cms[1].equals(m.group(2))) {
                    return FixturePage.html(simplePage(baseUrl, path, "cms", cms[2],
                            "<section id=\"content\" class=\"page-content page-cms page-cms-" + cms[0] + "\"><p>" + esc(cms[3]) + "</p></section>"));
                }
            }
            return null;
        }
        m = PRODUCT.matcher(path);
        if (m.matches()) {
            Prod p = prods.get(Integer.parseInt(m.group(2)));
            if (p == null || !cats.get(p.defaultCat).rewrite().equals(m.group(1))) {
                return null;
            }
            String rest = m.group(3);
            Combo selected = null;
            if (!rest.equals(p.rewrite)) {
                boolean found = false;
                for (Combo c : p.combos) {
                    if (rest.equals(c.ipa() + "-" + p.rewrite)) {
                        selected = c;
                        found = true;
                    }
                }
                if (!found) {
                    return null;
                }
            }
            if (selected == null) {
                selected = p.defaultCombo();
            }
            return FixturePage.html(product(baseUrl, p, selected, pathAndQuery));
        }
        return null;
    }

    private static Map<String, String> parseQuery(String query) {
        return FixtureHtml.query(query);
    }

    private static int pageParam(Map<String, String> params) {
        String v = params.get("page");
        if (v == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ------------------------------------------------------------------ layout

    private record Crumb(String title, String url) {
    }

    private String layout(String base, String pageName, String bodyClasses, String title, String description,
                          String canonical, String headExtra, String currentUrl, List<Crumb> breadcrumb,
                          String leftColumn, String content) {
        StringBuilder h = new StringBuilder(40_000);
        h.append("<!doctype html>\n<html lang=\"en-US\">\n\n  <head>\n    \n      \n  <meta charset=\"utf-8\">\n\n\n  <meta http-equiv=\"x-ua-compatible\" content=\"ie=edge\">\n\n\n\n  <title>")
                .append(esc(title)).append("</title>\n  \n    \n  \n  <meta name=\"description\" content=\"").append(esc(description)).append("\">\n");
        if (canonical != null) {
            h.append("      <link rel=\"canonical\" href=\"").append(canonical).append("\">\n");
        }
        h.append("    \n  \n");
        // head-jsonld.tpl
        h.append("  <script type=\"application/ld+json\">\n  {\n    \"@context\": \"https://schema.org\",\n    \"@type\": \"Organization\",\n    \"name\" : \"")
                .append(esc(SHOP)).append("\",\n    \"url\" : \"").append(base).append("/\"\n         ,\"logo\": {\n        \"@type\": \"ImageObject\",\n        \"url\":\"")
                .append(base).append("/img/logo-1718023514.jpg\"\n      }\n      }\n</script>\n\n");
        h.append("<script type=\"application/ld+json\">\n  {\n    \"@context\": \"https://schema.org\",\n    \"@type\": \"WebPage\",\n    \"isPartOf\": {\n      \"@type\": \"WebSite\",\n      \"url\":  \"")
                .append(base).append("/\",\n      \"name\": \"").append(esc(SHOP)).append("\"\n    },\n    \"name\": \"").append(esc(title))
                .append("\",\n    \"url\":  \"").append(esc(currentUrl)).append("\"\n  }\n</script>\n\n");
        if ("index".equals(pageName)) {
            h.append("  <script type=\"application/ld+json\">\n    {\n      \"@context\": \"https://schema.org\",\n      \"@type\": \"WebSite\",\n      \"url\" : \"")
                    .append(base).append("/\",\n              \"image\": {\n          \"@type\": \"ImageObject\",\n          \"url\":\"").append(base)
                    .append("/img/logo-1718023514.jpg\"\n        },\n            \"potentialAction\": {\n        \"@type\": \"SearchAction\",\n        \"target\": \"")
                    .append(base).append("/search?search_query={search_term_string}\",\n        \"query-input\": \"required name=search_term_string\"\n      }\n    }\n  </script>\n");
        }
        if (breadcrumb.size() > 1) {
            h.append("  <script type=\"application/ld+json\">\n    {\n      \"@context\": \"https://schema.org\",\n      \"@type\": \"BreadcrumbList\",\n      \"itemListElement\": [\n");
            for (int i = 0; i < breadcrumb.size(); i++) {
                Crumb c = breadcrumb.get(i);
                h.append("                  {\n            \"@type\": \"ListItem\",\n            \"position\": ").append(i + 1)
                        .append(",\n            \"name\": \"").append(esc(c.title())).append("\",\n            \"item\": \"").append(esc(c.url()))
                        .append("\"\n          }").append(i < breadcrumb.size() - 1 ? "," : "").append("\n");
            }
            h.append("              ]\n    }\n  </script>\n");
        }
        String headAfter = "";
        int sep = headExtra.indexOf('\u0000');
        if (sep >= 0) {
            headAfter = headExtra.substring(0, sep);
            headExtra = headExtra.substring(sep + 1);
        }
        h.append(headExtra);
        h.append("\n    <meta property=\"og:title\" content=\"").append(esc(title)).append("\" />\n    <meta property=\"og:description\" content=\"")
                .append(esc(description)).append("\" />\n    <meta property=\"og:url\" content=\"").append(esc(currentUrl))
                .append("\" />\n    <meta property=\"og:site_name\" content=\"").append(esc(SHOP)).append("\" />\n");
        if (!"product".equals(pageName)) {
            h.append("    <meta property=\"og:type\" content=\"website\" />\n");
        }
        h.append(headAfter);
        h.append("  \n\n\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\n\n\n  <link rel=\"icon\" type=\"image/vnd.microsoft.icon\" href=\"")
                .append(base).append("/img/favicon.ico?1718023514\">\n  <link rel=\"shortcut icon\" type=\"image/x-icon\" href=\"").append(base)
                .append("/img/favicon.ico?1718023514\">\n\n\n\n    <link rel=\"stylesheet\" href=\"").append(base)
                .append("/themes/classic/assets/cache/theme-8a1c2e231.css\" type=\"text/css\" media=\"all\">\n\n\n\n\n  <script type=\"text/javascript\">\n        var blockwishlistController = \"")
                .append(jsonSlashes(base)).append("\\/module\\/blockwishlist\\/action\";\n        var prestashop = {\"cart\":{\"products\":[],\"totals\":{\"total\":{\"type\":\"total\",\"label\":\"Total\",\"amount\":0,\"value\":\"\\u20ac0.00\"}},\"products_count\":0},\"currency\":{\"id\":1,\"name\":\"Euro\",\"iso_code\":\"EUR\",\"iso_code_num\":\"978\",\"sign\":\"\\u20ac\"},\"customer\":{\"lastname\":null,\"firstname\":null,\"email\":null,\"is_logged\":false,\"gender\":{\"type\":null,\"name\":null},\"addresses\":[]},\"language\":{\"name\":\"English (English)\",\"iso_code\":\"en\",\"locale\":\"en-US\",\"language_code\":\"en-us\",\"is_rtl\":\"0\",\"id\":1},\"page\":{\"title\":\"\",\"canonical\":")
                .append(canonical == null ? "null" : "\"" + jsonSlashes(canonical) + "\"").append(",\"page_name\":\"").append(pageName)
                .append("\",\"body_classes\":{\"lang-en\":true,\"country-FR\":true,\"currency-EUR\":true}},\"shop\":{\"name\":\"Maison Th\\u00e9i\\u00e8re\",\"logo\":\"")
                .append(jsonSlashes(base)).append("\\/img\\/logo-1718023514.jpg\"},\"urls\":{\"base_url\":\"").append(jsonSlashes(base))
                .append("\\/\",\"current_url\":\"").append(jsonSlashes(currentUrl)).append("\",\"shop_domain_url\":\"").append(jsonSlashes(base))
                .append("\",\"img_ps_url\":\"").append(jsonSlashes(base)).append("\\/img\\/\",\"pages\":{\"authentication\":\"").append(jsonSlashes(base))
                .append("\\/login\",\"cart\":\"").append(jsonSlashes(base)).append("\\/cart\",\"contact\":\"").append(jsonSlashes(base))
                .append("\\/contact-us\",\"index\":\"").append(jsonSlashes(base)).append("\\/\",\"my_account\":\"").append(jsonSlashes(base))
                .append("\\/my-account\",\"order\":\"").append(jsonSlashes(base)).append("\\/order\",\"search\":\"").append(jsonSlashes(base))
                .append("\\/search\"}},\"configuration\":{\"display_taxes_label\":true,\"is_catalog\":false,\"show_prices\":true,\"opt_in\":{\"partner\":false},\"quantity_discount\":{\"type\":\"discount\",\"label\":\"Unit discount\"}},\"field_required\":[],\"static_token\":\"5d2f0e6c1f0b7a3c9d4e8f6a2b1c0d9e\",\"token\":\"a41b8f03c2d6e7f1908b5c4d3e2f1a0b\"};\n        var psemailsubscription_subscription = \"")
                .append(jsonSlashes(base)).append("\\/module\\/ps_emailsubscription\\/subscription\";\n      </script>\n\n\n\n  \n</head>\n\n  <body id=\"")
                .append(pageName).append("\" class=\"").append(bodyClasses).append("\">\n\n      \n      \n    \n\n    <main>\n      \n              \n\n      <header id=\"header\">\n        \n          ");
        header(h, base, currentUrl);
        h.append("\n        \n      </header>\n\n      <section id=\"wrapper\">\n        \n          \n<aside id=\"notifications\">\n  <div class=\"notifications-container container\">\n    \n    \n    \n      </div>\n</aside>\n        \n\n        \n        <div class=\"container\">\n          \n            ");
        if (breadcrumb.size() > 1) {
            h.append("<nav data-depth=\"").append(breadcrumb.size()).append("\" class=\"breadcrumb\">\n  <ol>\n    \n              \n          <li>\n");
            for (int i = 0; i < breadcrumb.size(); i++) {
                Crumb c = breadcrumb.get(i);
                if (i > 0) {
                    h.append("          <li>\n");
                }
                if (i < breadcrumb.size() - 1) {
                    h.append("                          <a href=\"").append(esc(c.url())).append("\"><span>").append(esc(c.title())).append("</span></a>\n");
                } else {
                    h.append("                          <span>").append(esc(c.title())).append("</span>\n");
                }
                h.append("                      </li>\n        \n              \n");
            }
            h.append("          \n  </ol>\n</nav>\n");
        }
        h.append("          \n\n          <div class=\"row\">\n");
        if (leftColumn != null) {
            h.append("            \n              <div id=\"left-column\" class=\"col-xs-12 col-md-4 col-lg-3\">\n                ")
                    .append(leftColumn).append("\n              </div>\n            \n\n            \n  <div id=\"content-wrapper\" class=\"js-content-wrapper left-column col-xs-12 col-md-8 col-lg-9\">\n");
        } else {
            h.append("\n            \n  <div id=\"content-wrapper\" class=\"js-content-wrapper col-xs-12\">\n");
        }
        h.append("    \n    \n  ").append(content).append("\n\n    \n  </div>\n\n\n            \n          </div>\n        </div>\n        \n      </section>\n\n      <footer id=\"footer\" class=\"js-footer\">\n        \n          ");
        footer(h, base);
        h.append("\n        \n      </footer>\n\n    </main>\n\n    \n        <script type=\"text/javascript\" src=\"").append(base)
                .append("/themes/classic/assets/cache/bottom-4b09f7231.js\" ></script>\n\n\n    \n\n    \n      \n    \n  </body>\n\n</html>\n");
        return h.toString();
    }

    private void header(StringBuilder h, String base, String currentUrl) {
        String back = URLEncoderLite.encode(currentUrl);
        h.append("\n  <div class=\"header-banner\">\n    \n  </div>\n\n\n\n  <nav class=\"header-nav\">\n    <div class=\"container\">\n      <div class=\"row\">\n        <div class=\"hidden-sm-down\">\n          <div class=\"col-md-5 col-xs-12\">\n            <div id=\"_desktop_contact_link\">\n  <div id=\"contact-link\">\n                Call us: <a href=\"tel:+33478000000\">+33 4 78 00 00 00</a>\n      </div>\n</div>\n\n          </div>\n          <div class=\"col-md-7 right-nav\">\n              <div id=\"_desktop_user_info\">\n  <div class=\"user-info\">\n          <a\n        href=\"")
                .append(base).append("/login?back=").append(back).append("\"\n        title=\"Log in to your customer account\"\n        rel=\"nofollow\"\n      >\n        <i class=\"material-icons\">&#xE7FF;</i>\n        <span class=\"hidden-sm-down\">Sign in</span>\n      </a>\n      </div>\n</div>\n<div id=\"_desktop_cart\">\n  <div class=\"blockcart cart-preview inactive\" data-refresh-url=\"//")
                .append(base.replaceFirst("^https?://", "")).append("/module/ps_shoppingcart/ajax\">\n    <div class=\"header\">\n              <i class=\"material-icons shopping-cart\" aria-hidden=\"true\">shopping_cart</i>\n        <span class=\"hidden-sm-down\">Cart</span>\n        <span class=\"cart-products-count\">(0)</span>\n          </div>\n  </div>\n</div>\n\n          </div>\n        </div>\n        <div class=\"hidden-md-up text-sm-center mobile\">\n          <div class=\"float-xs-left\" id=\"menu-icon\">\n            <i class=\"material-icons d-inline\">&#xE5D2;</i>\n          </div>\n          <div class=\"float-xs-right\" id=\"_mobile_cart\"></div>\n          <div class=\"float-xs-right\" id=\"_mobile_user_info\"></div>\n          <div class=\"top-logo\" id=\"_mobile_logo\"></div>\n          <div class=\"clearfix\"></div>\n        </div>\n      </div>\n    </div>\n  </nav>\n\n\n\n  <div class=\"header-top\">\n    <div class=\"container\">\n       <div class=\"row\">\n        <div class=\"col-md-2 hidden-sm-down\" id=\"_desktop_logo\">\n                                    \n  <a href=\"")
                .append(base).append("/\">\n    <img\n      class=\"logo img-fluid\"\n      src=\"").append(base)
                .append("/img/logo-1718023514.jpg\"\n      alt=\"").append(esc(SHOP)).append("\"\n      width=\"220\"\n      height=\"60\">\n  </a>\n\n                              </div>\n        <div class=\"header-top-right col-md-10 col-sm-12 position-static\">\n          \n\n<div class=\"menu js-top-menu position-static hidden-sm-down\" id=\"_desktop_top_menu\">\n    \n          <ul class=\"top-menu\" id=\"top-menu\" data-depth=\"0\">\n");
        int expand = 41287;
        for (Map.Entry<Integer, List<Integer>> top : menu.entrySet()) {
            Cat t = cats.get(top.getKey());
            boolean hasChildren = !top.getValue().isEmpty();
            h.append("                    <li class=\"category\" id=\"category-").append(t.id()).append("\">\n                          <a\n                class=\"dropdown-item\"\n                href=\"")
                    .append(base).append(t.path()).append("\" data-depth=\"0\"\n                              >\n");
            if (hasChildren) {
                h.append("                                                                      <span class=\"float-xs-right hidden-md-up\">\n                    <span data-target=\"#top_sub_menu_")
                        .append(expand).append("\" data-toggle=\"collapse\" class=\"navbar-toggler collapse-icons\">\n                      <i class=\"material-icons add\">&#xE313;</i>\n                      <i class=\"material-icons remove\">&#xE316;</i>\n                    </span>\n                  </span>\n");
            }
            h.append("                                ").append(esc(t.name())).append("\n              </a>\n");
            if (hasChildren) {
                h.append("                            <div  class=\"popover sub-menu js-sub-menu collapse\" id=\"top_sub_menu_").append(expand)
                        .append("\">\n                \n          <ul class=\"top-menu\"  data-depth=\"1\">\n");
                for (int child : top.getValue()) {
                    Cat c = cats.get(child);
                    h.append("                    <li class=\"category\" id=\"category-").append(c.id()).append("\">\n                          <a\n                class=\"dropdown-item dropdown-submenu\"\n                href=\"")
                            .append(base).append(c.path()).append("\" data-depth=\"1\"\n                              >\n                                ")
                            .append(esc(c.name())).append("\n              </a>\n                          </li>\n");
                }
                h.append("              </ul>\n    \n              </div>\n");
            }
            h.append("                          </li>\n");
            expand += 7919;
        }
        h.append("                    <li class=\"cms-page\" id=\"cms-page-4\">\n                          <a\n                class=\"dropdown-item\"\n                href=\"")
                .append(base).append("/content/4-about-us\" data-depth=\"0\"\n                              >\n                                About us\n              </a>\n                          </li>\n");
        h.append("                    <li class=\"link\" id=\"lnk-tea-journal\">\n                          <a\n                class=\"dropdown-item\"\n                href=\"https://journal.maison-theiere.example/\" data-depth=\"0\"\n                 target=\"_blank\"               >\n                                Tea Journal\n              </a>\n                          </li>\n");
        h.append("                    <li class=\"link\" id=\"lnk-prices-drop\">\n                          <a\n                class=\"dropdown-item\"\n                href=\"")
                .append(base).append("/prices-drop\" data-depth=\"0\"\n                              >\n                                Special offers\n              </a>\n                          </li>\n");
        h.append("              </ul>\n    \n    <div class=\"clearfix\"></div>\n</div>\n<div id=\"search_widget\" class=\"search-widgets\" data-search-controller-url=\"")
                .append(base).append("/search\">\n  <form method=\"get\" action=\"").append(base)
                .append("/search\">\n    <input type=\"hidden\" name=\"controller\" value=\"search\">\n    <i class=\"material-icons search\" aria-hidden=\"true\">search</i>\n    <input type=\"text\" name=\"s\" value=\"\" placeholder=\"Search our catalog\" aria-label=\"Search\">\n    <i class=\"material-icons clear\" aria-hidden=\"true\">clear</i>\n  </form>\n</div>\n\n          <div class=\"clearfix\"></div>\n        </div>\n      </div>\n      <div id=\"mobile_top_menu_wrapper\" class=\"row hidden-md-up\" style=\"display:none;\">\n        <div class=\"js-top-menu mobile\" id=\"_mobile_top_menu\"></div>\n        <div class=\"js-top-menu-bottom\">\n          <div id=\"_mobile_currency_selector\"></div>\n          <div id=\"_mobile_language_selector\"></div>\n          <div id=\"_mobile_contact_link\"></div>\n        </div>\n      </div>\n    </div>\n  </div>\n  \n");
    }

    private void footer(StringBuilder h, String base) {
        h.append("<div class=\"container\">\n  <div class=\"row\">\n    \n      <div class=\"block_newsletter col-lg-8 col-md-12 col-sm-12\" id=\"blockEmailSubscription_displayFooterBefore\">\n  <div class=\"row\">\n    <p id=\"block-newsletter-label\" class=\"col-md-5 col-xs-12\">Get our latest news and special sales</p>\n    <div class=\"col-md-7 col-xs-12\">\n      <form action=\"")
                .append(base).append("/#blockEmailSubscription_displayFooterBefore\" method=\"post\">\n        <input class=\"btn btn-primary float-xs-right hidden-xs-down\" name=\"submitNewsletter\" type=\"submit\" value=\"Subscribe\" >\n        <div class=\"input-wrapper\"><input name=\"email\" type=\"email\" value=\"\" placeholder=\"Your email address\" aria-labelledby=\"block-newsletter-label\" required></div>\n        <input type=\"hidden\" name=\"blockHookName\" value=\"displayFooterBefore\" />\n        <input type=\"hidden\" name=\"action\" value=\"0\">\n      </form>\n    </div>\n  </div>\n</div>\n\n  <div class=\"block-social col-lg-4 col-md-12 col-sm-12\">\n    <ul>\n              <li class=\"facebook\"><a href=\"https://www.facebook.com/maisontheiere\" target=\"_blank\" rel=\"noopener noreferrer\">Facebook</a></li>\n              <li class=\"instagram\"><a href=\"https://www.instagram.com/maisontheiere\" target=\"_blank\" rel=\"noopener noreferrer\">Instagram</a></li>\n              <li class=\"pinterest\"><a href=\"https://www.pinterest.com/maisontheiere\" target=\"_blank\" rel=\"noopener noreferrer\">Pinterest</a></li>\n          </ul>\n  </div>\n\n\n    \n  </div>\n</div>\n<div class=\"footer-container\">\n  <div class=\"container\">\n    <div class=\"row\">\n      \n        <div class=\"col-md-6 links\">\n  <div class=\"row\">\n      <div class=\"col-md-6 wrapper\">\n      <p class=\"h3 hidden-sm-down\">Products</p>\n      <div class=\"title clearfix hidden-md-up\" data-target=\"#footer_sub_menu_1\" data-toggle=\"collapse\">\n        <span class=\"h3\">Products</span>\n        <span class=\"float-xs-right\">\n          <span class=\"navbar-toggler collapse-icons\">\n            <i class=\"material-icons add\">&#xE313;</i>\n            <i class=\"material-icons remove\">&#xE316;</i>\n          </span>\n        </span>\n      </div>\n      <ul id=\"footer_sub_menu_1\" class=\"collapse\">\n");
        String[][] products = {
            {"link-product-page-prices-drop-1", "/prices-drop", "Prices drop", "Our special products"},
            {"link-product-page-new-products-1", "/new-products", "New products", "Our new products"},
            {"link-product-page-best-sales-1", "/best-sales", "Best sales", "Our best sales"},
        };
        for (String[] l : products) {
            footerLink(h, base, l);
        }
        h.append("              </ul>\n    </div>\n      <div class=\"col-md-6 wrapper\">\n      <p class=\"h3 hidden-sm-down\">Our company</p>\n      <div class=\"title clearfix hidden-md-up\" data-target=\"#footer_sub_menu_2\" data-toggle=\"collapse\">\n        <span class=\"h3\">Our company</span>\n        <span class=\"float-xs-right\">\n          <span class=\"navbar-toggler collapse-icons\">\n            <i class=\"material-icons add\">&#xE313;</i>\n            <i class=\"material-icons remove\">&#xE316;</i>\n          </span>\n        </span>\n      </div>\n      <ul id=\"footer_sub_menu_2\" class=\"collapse\">\n");
        String[][] company = {
            {"link-cms-page-1-2", "/content/1-delivery", "Delivery", "Our terms and conditions of delivery"},
            {"link-cms-page-2-2", "/content/2-legal-notice", "Legal Notice", "Legal notice"},
            {"link-cms-page-3-2", "/content/3-terms-and-conditions-of-use", "Terms and conditions of use", "Our terms and conditions of use"},
            {"link-cms-page-4-2", "/content/4-about-us", "About us", "Learn more about us"},
            {"link-cms-page-5-2", "/content/5-secure-payment", "Secure payment", "Our secure payment method"},
            {"link-static-page-contact-2", "/contact-us", "Contact us", "Use our form to contact us"},
            {"link-static-page-sitemap-2", "/sitemap", "Sitemap", "Lost ? Find what your are looking for"},
            {"link-static-page-stores-2", "/stores", "Stores", ""},
        };
        for (String[] l : company) {
            footerLink(h, base, l);
        }
        h.append("              </ul>\n    </div>\n    </div>\n</div>\n<div id=\"block_myaccount_infos\" class=\"col-md-3 links wrapper\">\n  <p class=\"h3 myaccount-title hidden-sm-down\">\n    <a class=\"text-uppercase\" href=\"")
                .append(base).append("/my-account\" rel=\"nofollow\">\n      Your account\n    </a>\n  </p>\n  <div class=\"title clearfix hidden-md-up\" data-target=\"#footer_account_list\" data-toggle=\"collapse\">\n    <span class=\"h3\">Your account</span>\n    <span class=\"float-xs-right\">\n      <span class=\"navbar-toggler collapse-icons\">\n        <i class=\"material-icons add\">&#xE313;</i>\n        <i class=\"material-icons remove\">&#xE316;</i>\n      </span>\n    </span>\n  </div>\n  <ul class=\"account-list collapse\" id=\"footer_account_list\">\n            <li><a href=\"")
                .append(base).append("/guest-tracking\" title=\"Order tracking\" rel=\"nofollow\">Order tracking</a></li>\n        <li><a href=\"")
                .append(base).append("/my-account\" title=\"Log in to your customer account\" rel=\"nofollow\">Sign in</a></li>\n        <li><a href=\"")
                .append(base).append("/registration\" title=\"Create account\" rel=\"nofollow\">Create account</a></li>\n        <li>\n  <a href=\"")
                .append(base).append("/module/blockwishlist/lists\" title=\"My wishlists\" rel=\"nofollow\">\n    Wishlist\n  </a>\n</li>\n\n       \n\t\n\t</ul>\n</div>\n\n<div class=\"block-contact col-md-3 links wrapper\">\n  <div class=\"title clearfix hidden-md-up\" data-target=\"#contact-infos\" data-toggle=\"collapse\">\n    <span class=\"h3\">Store information</span>\n  </div>\n  <div id=\"contact-infos\" class=\"collapse\">\n    <p class=\"h4 text-uppercase block-contact-title hidden-sm-down\">Store information</p>\n    Maison Théière<br />12 rue des Tisserands<br />69002 Lyon<br />France\n    <br>Call us: <a href=\"tel:+33478000000\">+33 4 78 00 00 00</a>\n    <br>Email us: <a href=\"mailto:bonjour@maison-theiere.example\">bonjour@maison-theiere.example</a>\n  </div>\n</div>\n\n      \n    </div>\n    <div class=\"row\">\n      \n        \n      \n    </div>\n    <div class=\"row\">\n      <div class=\"col-md-12\">\n        <p class=\"text-sm-center\">\n          \n            <a href=\"https://www.prestashop-project.org/\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">\n              © 2025 - Ecommerce software by PrestaShop™\n            </a>\n          \n        </p>\n      </div>\n    </div>\n  </div>\n</div>\n");
    }

    private static void footerLink(StringBuilder h, String base, String[] l) {
        h.append("                  <li>\n            <a\n                id=\"").append(l[0]).append("\"\n                class=\"cms-page-link\"\n                href=\"")
                .append(base).append(l[1]).append("\"\n                title=\"").append(esc(l[3])).append("\"\n                                            >\n              ")
                .append(esc(l[2])).append("\n            </a>\n          </li>\n");
    }

    // ------------------------------------------------------------------ product miniature

    private String miniature(String base, Prod p, int position, boolean onIndex, String classes) {
        Combo c = p.defaultCombo();
        String url = esc(productUrl(base, p, c));
        String img = base + "/" + (p.id * 3 + 7) + "-home_default/" + p.rewrite;
        StringBuilder h = new StringBuilder(3000);
        h.append("\n<div class=\"js-product product").append(classes == null ? "" : " " + classes).append("\">\n  <article class=\"product-miniature js-product-miniature\" data-id-product=\"")
                .append(p.id).append("\" data-id-product-attribute=\"").append(c == null ? 0 : c.ipa())
                .append("\">\n    <div class=\"thumbnail-container\">\n      <div class=\"thumbnail-top\">\n        \n                      <a href=\"").append(url)
                .append("\" class=\"thumbnail product-thumbnail\">\n              <picture>\n                <source srcset=\"").append(img)
                .append(".avif\" type=\"image/avif\">\n                <source srcset=\"").append(img).append(".webp\" type=\"image/webp\">\n                <img\n                  src=\"")
                .append(img).append(".jpg\"\n                  alt=\"").append(esc(truncate30(p.name))).append("\"\n                  ")
                .append(position < 4 ? "fetchpriority=\"high\"" : "loading=\"lazy\"").append("\n                  data-full-size-image-url=\"").append(base).append("/")
                .append(p.id * 3 + 7).append("-large_default/").append(p.rewrite).append(".jpg\"\n                  width=\"250\"\n                  height=\"250\"\n                />\n              </picture>\n            </a>\n                  \n\n        <div class=\"highlighted-informations")
                .append(p.combos.isEmpty() || p.combos.get(0).color() == null ? " no-variants" : "").append("\">\n          \n            <a class=\"quick-view js-quick-view\" href=\"#\" data-link-action=\"quickview\">\n              <i class=\"material-icons search\">&#xE8B6;</i> Quick view\n            </a>\n          \n\n          \n");
        if (!p.combos.isEmpty() && p.combos.get(0).color() != null) {
            h.append("              <div class=\"variant-links\">\n");
            for (Combo v : p.combos) {
                h.append("      <a href=\"").append(esc(productUrl(base, p, v))).append("\"\n       class=\"color\"\n       title=\"").append(esc(v.label()))
                        .append("\"\n       aria-label=\"").append(esc(v.label())).append("\"\n       style=\"background-color: ").append(v.color()).append("\"     ></a>\n");
            }
            h.append("    <span class=\"js-count count\"></span>\n</div>\n");
        }
        h.append("                    \n        </div>\n      </div>\n\n      <div class=\"product-description\">\n        \n");
        String tag = onIndex ? "h3" : "h2";
        h.append("                      <").append(tag).append(" class=\"h3 product-title\"><a href=\"").append(url).append("\" content=\"").append(url).append("\">")
                .append(esc(truncate30(p.name))).append("</a></").append(tag).append(">\n                  \n\n        \n                      <div class=\"product-price-and-shipping\">\n");
        if (p.regular != null) {
            BigDecimal pct = p.regular.subtract(p.price).multiply(new BigDecimal(100)).divide(p.regular, 0, java.math.RoundingMode.HALF_UP);
            h.append("                \n\n                <span class=\"regular-price\" aria-label=\"Regular price\">").append(money(p.regular))
                    .append("</span>\n                                  <span class=\"discount-percentage discount-product\">-").append(pct).append("%</span>\n                              \n");
        }
        h.append("              \n\n              <span class=\"price\" aria-label=\"Price\">\n                                                  ").append(money(p.price))
                .append("\n                              </span>\n\n              \n\n              \n            </div>\n                  \n\n        \n          \n<div class=\"product-list-reviews\" data-id=\"")
                .append(p.id).append("\" data-url=\"").append(base).append("/module/productcomments/CommentGrade\">\n  <div class=\"grade-stars small-stars\"></div>\n  <div class=\"comments-nb\"></div>\n</div>\n\n        \n      </div>\n\n      \n    <ul class=\"product-flags js-product-flags\">\n");
        if (p.regular != null) {
            BigDecimal pct = p.regular.subtract(p.price).multiply(new BigDecimal(100)).divide(p.regular, 0, java.math.RoundingMode.HALF_UP);
            h.append("                    <li class=\"product-flag discount\">-").append(pct).append("%</li>\n");
        }
        if (p.qty <= 0) {
            h.append("                    <li class=\"product-flag out_of_stock\">Out-of-Stock</li>\n");
        }
        h.append("            </ul>\n\n    </div>\n  <div class=\"wishlist-button\"\n    data-url=\"").append(base).append("/module/blockwishlist/action?action=deleteProductFromWishlist\"\n    data-product-id=\"")
                .append(p.id).append("\"\n    data-product-attribute-id=\"").append(c == null ? 0 : c.ipa()).append("\"\n    data-is-logged=\"\"\n    data-list-id=\"1\"\n    data-checked=\"true\"\n    data-is-product=\"false\"\n  ></div>\n</article>\n</div>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ pages

    private String home(String base) {
        StringBuilder c = new StringBuilder();
        c.append("<section id=\"main\">\n\n    \n      \n    \n\n    \n      <section id=\"content\" class=\"page-home\">\n        \n\n        \n          \n            \n  <div id=\"carousel\" data-ride=\"carousel\" class=\"carousel slide\" data-interval=\"5000\" data-wrap=\"true\" data-pause=\"hover\" data-touch=\"true\">\n    <ol class=\"carousel-indicators\">\n      <li data-target=\"#carousel\" data-slide-to=\"0\" class=\"active\"></li>\n      <li data-target=\"#carousel\" data-slide-to=\"1\"></li>\n    </ol>\n    <ul class=\"carousel-inner\" role=\"listbox\" aria-label=\"Carousel container\">\n        <li class=\"carousel-item active\" role=\"option\" aria-hidden=\"false\">\n          <a href=\"")
                .append(base).append("/4-green-tea\">\n            <figure>\n              <img src=\"").append(base)
                .append("/modules/ps_imageslider/images/spring-harvest.jpg\" alt=\"Spring harvest\" loading=\"lazy\" width=\"1110\" height=\"340\">\n                              <figcaption class=\"caption\">\n                  <h2 class=\"display-1 text-uppercase\">Spring harvest</h2>\n                  <div class=\"caption-description\"><p>First flush greens just landed.</p></div>\n                </figcaption>\n                          </figure>\n          </a>\n        </li>\n        <li class=\"carousel-item \" role=\"option\" aria-hidden=\"true\">\n          <a href=\"https://journal.maison-theiere.example/brewing-guide\">\n            <figure>\n              <img src=\"")
                .append(base).append("/modules/ps_imageslider/images/brewing-guide.jpg\" alt=\"Brewing guide\" loading=\"lazy\" width=\"1110\" height=\"340\">\n                          </figure>\n          </a>\n        </li>\n    </ul>\n  </div>\n<section class=\"featured-products clearfix\">\n  <h2 class=\"h2 products-section-title text-uppercase\">\n    Popular Products\n  </h2>\n  \n\n<div class=\"products row\">\n");
        int pos = 0;
        for (int id : featured) {
            c.append(miniature(base, prods.get(id), pos++, true, "col-xs-12 col-sm-6 col-lg-4 col-xl-3"));
        }
        c.append("</div>\n  <a class=\"all-product-link float-xs-left float-md-right h4\" href=\"").append(base)
                .append("/2-home\">\n    All products<i class=\"material-icons\">&#xE315;</i>\n  </a>\n</section>\n<a class=\"banner\" href=\"").append(base)
                .append("/10-gift-sets\" title=\"Gift ideas\">\n      <img src=\"").append(base)
                .append("/modules/ps_banner/img/gifts.jpg\" alt=\"Gift ideas\" title=\"Gift ideas\" class=\"img-fluid\" loading=\"lazy\" width=\"1110\" height=\"213\">\n  </a>\n<div id=\"custom-text\">\n  <h2>Blended by hand in Lyon</h2>\n<p>Every tea is weighed and packed in our workshop. Read our <a href=\"")
                .append(base).append("/content/4-about-us\">story</a> or visit us at the <a href=\"").append(base)
                .append("/stores\">shop</a>.</p>\n</div>\n\n          \n        \n      </section>\n    \n\n    \n      <footer class=\"page-footer\">\n        \n          <!-- Footer content -->\n        \n      </footer>\n    \n\n  </section>");
        return layout(base, "index", "lang-en country-fr currency-eur layout-full-width page-index tax-display-enabled",
                SHOP, "Loose-leaf teas, herbal infusions and teaware, blended and packed in Lyon.", base + "/", "",
                base + "/", List.of(new Crumb("Home", base + "/")), null, c.toString());
    }

    private String categoryTree(String base, Cat current) {
        int top = current.id();
        while (cats.get(top).parent() != 2 && cats.get(top).parent() > 2) {
            top = cats.get(top).parent();
        }
        Cat t = cats.get(top);
        StringBuilder h = new StringBuilder();
        h.append("\n\n<div class=\"block-categories\">\n  <ul class=\"category-top-menu\">\n    <li><a class=\"text-uppercase h6\" href=\"").append(base).append(t.path())
                .append("\">").append(esc(t.name())).append("</a></li>\n");
        List<Integer> children = new ArrayList<>();
        for (Cat c : cats.values()) {
            if (c.parent() == top) {
                children.add(c.id());
            }
        }
        if (!children.isEmpty()) {
            h.append("        <li>\n  <ul class=\"category-sub-menu\">");
            for (int id : children) {
                Cat c = cats.get(id);
                h.append("<li data-depth=\"0\"><a href=\"").append(base).append(c.path()).append("\">").append(esc(c.name())).append("</a></li>");
            }
            h.append("</ul></li>\n");
        }
        h.append("      </ul>\n</div>\n");
        return h.toString();
    }

    private String facets(String base, Cat cat, List<Prod> all) {
        String u = base + cat.path();
        StringBuilder h = new StringBuilder();
        h.append("<div id=\"search_filters_wrapper\" class=\"hidden-sm-down\">\n  <div id=\"search_filter_controls\" class=\"hidden-md-up\">\n      <span id=\"_mobile_search_filters_clear_all\"></span>\n      <button class=\"btn btn-secondary ok\">\n        <i class=\"material-icons rtl-no-flip\">&#xE876;</i>\n        OK\n      </button>\n  </div>\n    <div id=\"search_filters\">\n    \n      <p class=\"text-uppercase h6 hidden-sm-down\">Filter By</p>\n    \n\n    \n          \n\n");
        int expand = 3000 + cat.id() * 17;
        // Categories facet (only on categories with children)
        List<Cat> children = new ArrayList<>();
        for (Cat c : cats.values()) {
            if (c.parent() == cat.id()) {
                children.add(c);
            }
        }
        if (!children.isEmpty()) {
            List<String[]> f = new ArrayList<>();
            for (Cat c : children) {
                f.add(new String[] {c.name(), "Categories-" + c.name(), String.valueOf(listing(c.id()).size())});
            }
            facetSection(h, u, "Categories", f, expand++);
        }
        int in = 0;
        int out = 0;
        Map<String, Integer> brands = new LinkedHashMap<>();
        Map<String, Integer> origins = new LinkedHashMap<>();
        for (Prod p : all) {
            if (p.qty > 0) {
                in++;
            } else {
                out++;
            }
            if (p.brand != null) {
                brands.merge(p.brand, 1, Integer::sum);
            }
            if (p.origin != null) {
                origins.merge(p.origin, 1, Integer::sum);
            }
        }
        List<String[]> av = new ArrayList<>();
        av.add(new String[] {"In stock", "Availability-In stock", String.valueOf(in)});
        if (out > 0) {
            av.add(new String[] {"Out of stock", "Availability-Out of stock", String.valueOf(out)});
        }
        facetSection(h, u, "Availability", av, expand++);
        List<String[]> br = new ArrayList<>();
        brands.forEach((k, v) -> br.add(new String[] {k, "Brand-" + k, String.valueOf(v)}));
        facetSection(h, u, "Brand", br, expand++);
        if (!origins.isEmpty()) {
            List<String[]> or = new ArrayList<>();
            origins.forEach((k, v) -> or.add(new String[] {k, "Origin-" + k, String.valueOf(v)}));
            facetSection(h, u, "Origin", or, expand++);
        }
        BigDecimal min = null;
        BigDecimal max = null;
        for (Prod p : all) {
            min = min == null || p.price.compareTo(min) < 0 ? p.price : min;
            max = max == null || p.price.compareTo(max) > 0 ? p.price : max;
        }
        if (min != null) {
            int lo = min.intValue();
            int hi = max.intValue() + 1;
            h.append("          <section class=\"facet clearfix\" data-type=\"price\" data-name=\"Price\">\n        <p class=\"h6 facet-title hidden-sm-down\">Price</p>\n                                          \n        <div class=\"title hidden-md-up\" data-target=\"#facet_")
                    .append(expand).append("\" data-toggle=\"collapse\">\n          <p class=\"h6 facet-title\">Price</p>\n          <span class=\"navbar-toggler collapse-icons\">\n            <i class=\"material-icons add\">&#xE313;</i>\n            <i class=\"material-icons remove\">&#xE316;</i>\n          </span>\n        </div>\n\n                                  \n                          <ul id=\"facet_")
                    .append(expand).append("\"\n                class=\"faceted-slider collapse\"\n                data-slider-min=\"").append(lo).append("\"\n                data-slider-max=\"")
                    .append(hi).append("\"\n                data-slider-id=\"").append(expand).append("\"\n                data-slider-values=\"null\"\n                data-slider-unit=\"€\"\n                data-slider-label=\"Price\"\n                data-slider-specifications=\"{&quot;symbol&quot;:&quot;€&quot;,&quot;currencyCode&quot;:&quot;EUR&quot;}\"\n                data-slider-encoded-url=\"")
                    .append(esc(u)).append("\"\n              >\n                <li>\n                  <p id=\"facet_label_").append(expand).append("\">\n                    €")
                    .append(lo).append(".00 - €").append(hi).append(".00\n                  </p>\n\n                  <div id=\"slider-range_").append(expand)
                    .append("\"></div>\n                </li>\n              </ul>\n                      \n              </section>\n");
        }
        h.append("      </div>\n\n</div>\n");
        return h.toString();
    }

    private static void facetSection(StringBuilder h, String url, String label, List<String[]> filters, int expand) {
        h.append("          <section class=\"facet clearfix\" data-type=\"").append(label.toLowerCase()).append("\" data-name=\"").append(esc(label))
                .append("\">\n        <p class=\"h6 facet-title hidden-sm-down\">").append(esc(label)).append("</p>\n                                          \n        <div class=\"title hidden-md-up\" data-target=\"#facet_")
                .append(expand).append("\" data-toggle=\"collapse\">\n          <p class=\"h6 facet-title\">").append(esc(label))
                .append("</p>\n          <span class=\"navbar-toggler collapse-icons\">\n            <i class=\"material-icons add\">&#xE313;</i>\n            <i class=\"material-icons remove\">&#xE316;</i>\n          </span>\n        </div>\n\n                  \n                          <ul id=\"facet_")
                .append(expand).append("\" class=\"collapse\">\n");
        int k = 0;
        for (String[] f : filters) {
            String href = esc(url + "?q=" + URLEncoderLite.encode(f[1]));
            h.append("                  \n                <li>\n                  <label class=\"facet-label\" for=\"facet_input_").append(expand).append("_").append(k)
                    .append("\">\n                                          <span class=\"custom-checkbox\">\n                        <input\n                          id=\"facet_input_")
                    .append(expand).append("_").append(k).append("\"\n                          data-search-url=\"").append(href)
                    .append("\"\n                          type=\"checkbox\"\n                                                  >\n                                                  <span  class=\"ps-shown-by-js\" ><i class=\"material-icons rtl-no-flip checkbox-checked\">&#xE5CA;</i></span>\n                                              </span>\n                    \n                    <a\n                      href=\"")
                    .append(href).append("\"\n                      class=\"_gray-darker search-link js-search-link\"\n                      rel=\"nofollow\"\n                    >\n                      ")
                    .append(esc(f[0])).append("\n                                              <span class=\"magnitude\">(").append(f[2]).append(")</span>\n                                          </a>\n                  </label>\n                </li>\n");
            k++;
        }
        h.append("                              </ul>\n                      \n              </section>\n");
    }

    private String sortOrders(String url) {
        String[][] orders = {
            {"product.sales.desc", "Best sellers"},
            {"product.position.asc", "Relevance"},
            {"product.name.asc", "Name, A to Z"},
            {"product.name.desc", "Name, Z to A"},
            {"product.price.asc", "Price, low to high"},
            {"product.price.desc", "Price, high to low"},
            {"product.reference.asc", "Reference, A to Z"},
            {"product.reference.desc", "Reference, Z to A"},
        };
        StringBuilder h = new StringBuilder();
        h.append("\n<span class=\"col-sm-3 col-md-3 hidden-sm-down sort-by\">Sort by:</span>\n<div class=\"col-sm-9 col-xs-8 col-md-9 products-sort-order dropdown\">\n  <button\n    class=\"btn-unstyle select-title\"\n    rel=\"nofollow\"\n    data-toggle=\"dropdown\"\n    aria-label=\"Sort by selection\"\n    aria-haspopup=\"true\"\n    aria-expanded=\"false\">\n    Relevance    <i class=\"material-icons float-xs-right\">&#xE5C5;</i>\n  </button>\n  <div class=\"dropdown-menu\">\n");
        for (String[] o : orders) {
            h.append("          <a\n        rel=\"nofollow\"\n        href=\"").append(esc(url + "?order=" + o[0])).append("\"\n        class=\"select-list ")
                    .append(o[0].equals("product.position.asc") ? "current " : "").append("js-search-link\"\n      >\n        ").append(o[1]).append("\n      </a>\n");
        }
        h.append("      </div>\n</div>\n");
        return h.toString();
    }

    private String pagination(String url, int page, int total, int shownFrom, int shownTo) {
        int pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        StringBuilder h = new StringBuilder();
        h.append("<nav class=\"pagination\">\n  <div class=\"col-md-4\">\n    \n      Showing ").append(shownFrom).append("-").append(shownTo).append(" of ").append(total)
                .append(" item(s)\n    \n  </div>\n\n  <div class=\"col-md-6 offset-md-2 pr-0\">\n    \n");
        if (pages > 1) {
            h.append("             <ul class=\"page-list clearfix text-sm-center\">\n");
            if (page > 1 && page <= pages) {
                h.append("          \n\n            <li >\n                              <a\n                  rel=\"prev\"\n                  href=\"").append(esc(pageUrl(url, page - 1)))
                        .append("\"\n                  class=\"previous js-search-link\"\n                >\n                                      <i class=\"material-icons\">&#xE314;</i>Previous\n                                  </a>\n                          </li>\n");
            }
            for (int i = 1; i <= pages; i++) {
                boolean current = i == page;
                h.append("          \n\n            <li ").append(current ? " class=\"current\" " : "").append(">\n                              <a\n                  rel=\"nofollow\"\n                  href=\"")
                        .append(esc(pageUrl(url, i))).append("\"\n                  class=\"").append(current ? "disabled js-search-link" : "js-search-link")
                        .append("\"\n                >\n                                      ").append(i).append("\n                                  </a>\n                          </li>\n");
            }
            if (page < pages) {
                h.append("          \n\n            <li >\n                              <a\n                  rel=\"next\"\n                  href=\"").append(esc(pageUrl(url, page + 1)))
                        .append("\"\n                  class=\"next js-search-link\"\n                >\n                                      Next<i class=\"material-icons\">&#xE315;</i>\n                                  </a>\n                          </li>\n");
            }
            h.append("                  </ul>\n");
        }
        h.append("          \n  </div>\n\n</nav>\n");
        return h.toString();
    }

    private static String pageUrl(String url, int page) {
        return page <= 1 ? url : url + "?page=" + page;
    }

    private String listingBody(String base, String url, String headerHtml, String label, List<Prod> all, int page,
                               boolean withFacets) {
        int total = all.size();
        int from = (page - 1) * PER_PAGE;
        List<Prod> shown = from >= total ? List.of() : all.subList(from, Math.min(total, from + PER_PAGE));
        StringBuilder c = new StringBuilder();
        c.append("<section id=\"main\">\n\n    \n    ").append(headerHtml).append("\n    \n\n    <section id=\"products\">\n");
        if (!shown.isEmpty()) {
            c.append("\n        \n          <div>\n            \n<div id=\"js-product-list-top\" class=\"row products-selection\">\n  <div class=\"col-lg-5 hidden-sm-down total-products\">\n");
            c.append(total > 1 ? "          <p>There are " + total + " products.</p>\n" : "          <p>There is 1 product.</p>\n");
            c.append("      </div>\n  <div class=\"col-lg-7\">\n    <div class=\"row sort-by-row\">\n      \n        ").append(sortOrders(url));
            if (withFacets) {
                c.append("      \n              <div class=\"col-xs-4 col-sm-3 hidden-md-up filter-button\">\n          <button id=\"search_filter_toggler\" class=\"btn btn-secondary js-search-toggler\">\n            Filter\n          </button>\n        </div>\n");
            }
            c.append("          </div>\n  </div>\n  <div class=\"col-sm-12 hidden-md-up text-sm-center showing\">\n    Showing ").append(from + 1).append("-")
                    .append(from + shown.size()).append(" of ").append(total).append(" item(s)\n  </div>\n</div>\n\n          </div>\n        \n\n        \n          <div class=\"hidden-sm-down\">\n            <section id=\"js-active-search-filters\" class=\"hide\">\n  \n    <p class=\"h6 hidden-xs-up\">Active filters</p>\n  \n\n  </section>\n\n          </div>\n        \n\n        <div>\n          \n            \n<div id=\"js-product-list\">\n  \n<div class=\"products row\">\n");
            int pos = from;
            for (Prod p : shown) {
                c.append(miniature(base, p, pos++, false, "col-xs-12 col-sm-6 col-xl-4"));
            }
            c.append("</div>\n\n  \n    ").append(pagination(url, page, total, from + 1, from + shown.size()))
                    .append("\n  \n\n  <div class=\"hidden-md-up text-xs-right up\">\n    <a href=\"#header\" class=\"btn btn-secondary\">\n      Back to top\n      <i class=\"material-icons\">&#xE316;</i>\n    </a>\n  </div>\n</div>\n\n          \n        </div>\n\n        <div id=\"js-product-list-bottom\">\n          \n            <div id=\"js-product-list-bottom\"></div>\n          \n        </div>\n\n      \n");
        } else {
            c.append("\n        <div id=\"js-product-list-top\"></div>\n\n        <div id=\"js-product-list\">\n          \n          \n<section id=\"content\" class=\"page-content page-not-found\">\n  \n    <h4>No products available yet</h4>\n    <p>Stay tuned! More products will be shown here as they are added.</p>\n\n    \n      \n    \n\n    \n      \n    \n\n  \n</section>\n\n        </div>\n\n        <div id=\"js-product-list-bottom\"></div>\n      \n");
        }
        c.append("    </section>\n\n    \n\n    \n\n  </section>");
        return c.toString();
    }

    private String itemListJsonLd(List<Prod> shown, String base) {
        StringBuilder h = new StringBuilder();
        h.append("  <script type=\"application/ld+json\">\n  {\n    \"@context\": \"https://schema.org\",\n    \"@type\": \"ItemList\",\n    \"itemListElement\": [\n");
        for (int i = 0; i < shown.size(); i++) {
            Prod p = shown.get(i);
            h.append("                {\n            \"@type\": \"ListItem\",\n            \"position\": ").append(i).append(",\n            \"name\": \"").append(esc(p.name))
                    .append("\",\n            \"url\": \"").append(esc(productUrl(base, p, p.defaultCombo()))).append("\"\n            }")
                    .append(i < shown.size() - 1 ? "," : "").append("\n");
        }
        h.append("          ]\n        }\n</script>\n");
        return h.toString();
    }

    private String paginationSeo(String canonicalBase, int page, int total) {
        int pages = (total + PER_PAGE - 1) / PER_PAGE;
        if (pages <= 1) {
            return "";
        }
        StringBuilder h = new StringBuilder();
        if (page == 2) {
            h.append("  <link rel=\"prev\" href=\"").append(canonicalBase).append("\">\n");
        } else if (page > 2) {
            h.append("  <link rel=\"prev\" href=\"").append(canonicalBase).append("?page=").append(page - 1).append("\">\n");
        }
        if (total > Math.min(total, page * PER_PAGE)) {
            h.append("  <link rel=\"next\" href=\"").append(canonicalBase).append("?page=").append(page + 1).append("\">\n");
        }
        return h.toString();
    }

    private List<Crumb> categoryCrumbs(String base, Cat c) {
        List<Crumb> chain = new ArrayList<>();
        int id = c.id();
        while (id > 2) {
            Cat x = cats.get(id);
            chain.add(new Crumb(x.name(), base + x.path()));
            id = x.parent();
        }
        chain.add(new Crumb("Home", base + "/"));
        Collections.reverse(chain);
        return chain;
    }

    private String category(String base, Cat cat, Map<String, String> params) {
        int page = pageParam(params);
        List<Prod> all = listing(cat.id());
        String url = base + cat.path();
        int from = (page - 1) * PER_PAGE;
        List<Prod> shown = from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + PER_PAGE));
        String canonical = page > 1 ? url + "?page=" + page : url;
        String current = base + cat.path() + (params.isEmpty() ? "" : "?" + rebuild(params));

        StringBuilder header = new StringBuilder();
        header.append("<div id=\"js-product-list-header\">\n");
        if (from == 0) {
            header.append("            <div class=\"block-category card card-block\">\n            <h1 class=\"h1\">").append(esc(cat.name()))
                    .append("</h1>\n            <div class=\"block-category-inner\">\n                                    <div id=\"category-description\" class=\"text-muted\"><p>")
                    .append(esc(cat.description())).append("</p></div>\n                                            </div>\n        </div>\n    ");
        }
        header.append("</div>\n");
        List<Cat> children = new ArrayList<>();
        for (Cat c : cats.values()) {
            if (c.parent() == cat.id()) {
                children.add(c);
            }
        }
        if (!children.isEmpty() && cat.id() != 2) {
            header.append("\n    <div id=\"subcategories\" class=\"card card-block\">\n      <h2 class=\"subcategory-heading\">Subcategories</h2>\n\n      <ul class=\"subcategories-list\">\n");
            for (Cat c : children) {
                header.append("                  <li>\n            <div class=\"subcategory-image\">\n              <a href=\"").append(base).append(c.path())
                        .append("\" title=\"").append(esc(c.name())).append("\" class=\"img\">\n                                  <picture>\n                    <img class=\"img-fluid\" src=\"")
                        .append(base).append("/c/").append(c.id()).append("-small_default/").append(c.rewrite())
                        .append(".jpg\" alt=\"").append(esc(c.name())).append("\" loading=\"lazy\" width=\"141\" height=\"180\"/>\n                  </picture>\n                              </a>\n            </div>\n\n            <h5>\n              <a class=\"subcategory-name\" href=\"")
                        .append(base).append(c.path()).append("\">\n                ").append(esc(c.name())).append("\n              </a>\n            </h5>\n                      </li>\n");
            }
            header.append("              </ul>\n    </div>\n  ");
        }
        String left = cat.id() == 2 ? categoryTree(base, cats.get(3)) : categoryTree(base, cat) + facets(base, cat, all);
        String head = itemListJsonLd(shown, base) + paginationSeo(url, page, all.size());
        String title = cat.name() + (page > 1 ? " (page " + page + ")" : "");
        String body = "lang-en country-fr currency-eur layout-left-column page-category tax-display-enabled category-id-" + cat.id()
                + " category-" + cat.rewrite() + " category-id-parent-" + cat.parent() + " category-depth-level-" + depth(cat);
        return layout(base, "category", body, title, cat.description(), canonical, head, current,
                categoryCrumbs(base, cat), left, listingBody(base, url, header.toString(), cat.name(), all, page, cat.id() != 2));
    }

    private int depth(Cat c) {
        int d = 1;
        int id = c.id();
        while (id > 1) {
            d++;
            id = cats.get(id).parent();
        }
        return d;
    }

    private static String rebuild(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoderLite.encode(e.getKey())).append('=').append(URLEncoderLite.encode(e.getValue()));
        }
        return b.toString();
    }

    private String specialListing(String base, String path, String pageName, String label, List<Prod> all, Map<String, String> params) {
        int page = pageParam(params);
        String url = base + path;
        String header = "<h1 id=\"js-product-list-header\" class=\"h2\">" + esc(label) + "</h1>";
        int from = (page - 1) * PER_PAGE;
        List<Prod> shown = from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + PER_PAGE));
        String head = itemListJsonLd(shown, base);
        String current = url + (params.isEmpty() ? "" : "?" + rebuild(params));
        return layout(base, pageName, "lang-en country-fr currency-eur layout-left-column page-" + pageName + " tax-display-enabled",
                label, label + " at " + SHOP, "search".equals(pageName) ? null : url, head, current,
                List.of(new Crumb("Home", base + "/"), new Crumb(label, url)), categoryTree(base, cats.get(3)),
                listingBody(base, url, header, label, all, page, false));
    }

    private String simplePage(String base, String path, String pageName, String title, String content) {
        String c = "<section id=\"main\">\n\n    \n      \n        <header class=\"page-header\">\n          <h1>" + esc(title)
                + "</h1>\n        </header>\n      \n    \n\n    \n  " + content + "\n\n    \n      <footer class=\"page-footer\">\n        \n          <!-- Footer content -->\n        \n      </footer>\n    \n\n  </section>";
        return layout(base, pageName, "lang-en country-fr currency-eur layout-full-width page-" + pageName + " tax-display-enabled",
                title, "", base + path, "", base + path,
                List.of(new Crumb("Home", base + "/"), new Crumb(title, base + path)), null, c);
    }

    private String htmlSitemap(String base) {
        StringBuilder c = new StringBuilder();
        c.append("<div class=\"container-fluid\">\n  <div class=\"row sitemap col-xs-12\">\n      <div class=\"col-md-3\">\n        <h2>Our Offers</h2>\n        <ul id=\"products-sitemap\">\n")
                .append("  <li><a id=\"new-product-page\" href=\"").append(base).append("/new-products\" title=\"New products\">New products</a></li>\n")
                .append("  <li><a id=\"best-sales-page\" href=\"").append(base).append("/best-sales\" title=\"Best sellers\">Best sellers</a></li>\n")
                .append("  <li><a id=\"prices-drop-page\" href=\"").append(base).append("/prices-drop\" title=\"Prices drop\">Prices drop</a></li>\n")
                .append("</ul>\n      </div>\n      <div class=\"col-md-3\">\n        <h2>Categories</h2>\n        <ul id=\"categories-sitemap\">\n");
        for (Map.Entry<Integer, List<Integer>> top : menu.entrySet()) {
            Cat t = cats.get(top.getKey());
            c.append("  <li><a id=\"category-page-").append(t.id()).append("\" href=\"").append(base).append(t.path()).append("\" title=\"")
                    .append(esc(t.description())).append("\">").append(esc(t.name())).append("</a>\n");
            if (!top.getValue().isEmpty()) {
                c.append("      <ul>\n");
                for (int child : top.getValue()) {
                    Cat s = cats.get(child);
                    c.append("  <li><a id=\"category-page-").append(s.id()).append("\" href=\"").append(base).append(s.path()).append("\" title=\"")
                            .append(esc(s.description())).append("\">").append(esc(s.name())).append("</a></li>\n");
                }
                c.append("      </ul>\n");
            }
            c.append("  </li>\n");
        }
        c.append("</ul>\n      </div>\n      <div class=\"col-md-3\">\n        <h2>Your account</h2>\n        <ul id=\"user-sitemap\">\n  <li><a id=\"login-page\" href=\"")
                .append(base).append("/my-account\" title=\"Log in to your customer account\">Log in</a></li>\n  <li><a id=\"register-page\" href=\"").append(base)
                .append("/registration\" title=\"Create new account\">Create new account</a></li>\n</ul>\n      </div>\n      <div class=\"col-md-3\">\n        <h2>Pages</h2>\n        <ul id=\"pages-sitemap\">\n");
        for (String[] cms : CMS_PAGES) {
            c.append("  <li><a id=\"cms-page-").append(cms[0]).append("\" href=\"").append(base).append("/content/").append(cms[0]).append("-").append(cms[1])
                    .append("\" title=\"").append(esc(cms[2])).append("\">").append(esc(cms[2])).append("</a></li>\n");
        }
        c.append("  <li><a id=\"stores-page\" href=\"").append(base).append("/stores\" title=\"Our stores\">Our stores</a></li>\n  <li><a id=\"contact-page\" href=\"")
                .append(base).append("/contact-us\" title=\"Use our form to contact us\">Contact us</a></li>\n</ul>\n      </div>\n  </div>\n</div>");
        return simplePage(base, "/sitemap", "sitemap", "Sitemap", c.toString());
    }

    private String product(String base, Prod p, Combo selected, String pathAndQuery) {
        Cat dc = cats.get(p.defaultCat);
        String canonical = base + canonicalPath(p);
        String url = productUrl(base, p, selected);
        String current = base + pathAndQuery;
        String img = base + "/" + (p.id * 3 + 7);
        String desc = shortDescription(p);
        StringBuilder head = new StringBuilder();
        head.append("  <meta property=\"og:type\" content=\"product\">\n      <meta property=\"og:image\" content=\"").append(img).append("-large_default/").append(p.rewrite)
                .append(".jpg\">\n  \n      <meta property=\"product:pretax_price:amount\" content=\"").append(amount(p.price.divide(new BigDecimal("1.055"), 6, java.math.RoundingMode.HALF_UP)))
                .append("\">\n    <meta property=\"product:pretax_price:currency\" content=\"EUR\">\n    <meta property=\"product:price:amount\" content=\"").append(amount(p.price))
                .append("\">\n    <meta property=\"product:price:currency\" content=\"EUR\">\n          <meta property=\"product:weight:value\" content=\"").append(new BigDecimal(p.weight).setScale(6).toPlainString())
                .append("\">\n  <meta property=\"product:weight:units\" content=\"kg\">\n  \n");
        head.append('\u0000');
        // product-jsonld.tpl
        head.append("<script type=\"application/ld+json\">\n  {\n    \"@context\": \"https://schema.org/\",\n    \"@type\": \"Product\",\n    \"name\": \"").append(esc(p.name))
                .append("\",\n    \"description\": \"").append(esc(desc)).append("\",\n    \"category\": \"").append(esc(dc.name())).append("\",\n    \"image\" :\"")
                .append(img).append("-home_default/").append(p.rewrite).append(".jpg\",    \"sku\": \"").append(esc(p.ref)).append("\",\n    \"mpn\": \"").append(esc(p.ref))
                .append("\"\n    ");
        if (p.ean13 != null) {
            head.append(",\"gtin13\": \"").append(p.ean13).append("\"\n    ");
        }
        head.append(",\n    \"brand\": {\n      \"@type\": \"Brand\",\n      \"name\": \"").append(esc(p.brand == null ? SHOP : p.brand)).append("\"\n    }\n    ");
        head.append(",\n    \"weight\": {\n        \"@context\": \"https://schema.org\",\n        \"@type\": \"QuantitativeValue\",\n        \"value\": \"").append(new BigDecimal(p.weight).setScale(6).toPlainString())
                .append("\",\n        \"unitCode\": \"kg\"\n    }\n    ");
        head.append(",\n    \"offers\": {\n      \"@type\": \"Offer\",\n      \"priceCurrency\": \"EUR\",\n      \"name\": \"").append(esc(p.name))
                .append("\",\n      \"price\": \"").append(amount(p.price)).append("\",\n      \"url\": \"").append(esc(url)).append("\",\n      \"priceValidUntil\": \"")
                .append(PRICE_VALID_UNTIL).append("\",\n              \"image\": [\"").append(img).append("-large_default/").append(p.rewrite).append(".jpg\",\"").append(base).append("/").append(p.id * 3 + 8)
                .append("-large_default/").append(p.rewrite).append(".jpg\"],\n            \"sku\": \"").append(esc(p.ref)).append("\",\n      \"mpn\": \"").append(esc(p.ref)).append("\",\n      ");
        if (p.ean13 != null) {
            head.append("\"gtin13\": \"").append(p.ean13).append("\",");
        }
        head.append("                    \"itemCondition\": \"https://schema.org/NewCondition\",                                    \"availability\": \"")
                .append(p.qty > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock").append("\",\n      \"seller\": {\n        \"@type\": \"Organization\",\n        \"name\": \"")
                .append(esc(SHOP)).append("\"\n      }\n    }\n      }\n</script>\n");

        StringBuilder c = new StringBuilder();
        c.append("<section id=\"main\">\n    <meta content=\"").append(esc(url)).append("\">\n\n    <div class=\"row product-container js-product-container\">\n      <div class=\"col-md-6\">\n        \n          <section class=\"page-content\" id=\"content\">\n            \n              \n    <ul class=\"product-flags js-product-flags\">\n");
        if (p.regular != null) {
            c.append("                    <li class=\"product-flag discount\">-").append(p.regular.subtract(p.price).multiply(new BigDecimal(100)).divide(p.regular, 0, java.math.RoundingMode.HALF_UP)).append("%</li>\n");
        }
        c.append("            </ul>\n\n              \n                <div class=\"images-container js-images-container\">\n  \n    <div class=\"product-cover\">\n              <picture>\n                    <source srcset=\"")
                .append(img).append("-large_default/").append(p.rewrite).append(".webp\" type=\"image/webp\">\n          <img\n            class=\"js-qv-product-cover img-fluid\"\n            src=\"")
                .append(img).append("-large_default/").append(p.rewrite).append(".jpg\"\n                          alt=\"").append(esc(p.name)).append("\"\n              title=\"").append(esc(p.name))
                .append("\"\n                        loading=\"lazy\"\n            width=\"800\"\n            height=\"800\"\n          >\n        </picture>\n        <div class=\"layer hidden-sm-down\" data-toggle=\"modal\" data-target=\"#product-modal\">\n          <i class=\"material-icons zoom-in\">search</i>\n        </div>\n          </div>\n  \n</div>\n              \n              <div class=\"scroll-box-arrows\">\n                <i class=\"material-icons left\">&#xE314;</i>\n                <i class=\"material-icons right\">&#xE315;</i>\n              </div>\n\n            \n          </section>\n        \n        </div>\n        <div class=\"col-md-6\">\n          \n            \n              <h1 class=\"h1\">")
                .append(esc(p.name)).append("</h1>\n            \n          \n          \n              <div class=\"product-prices js-product-prices\">\n    \n");
        if (p.regular != null) {
            c.append("              <div class=\"product-discount\">\n          \n          <span class=\"regular-price\">").append(money(p.regular)).append("</span>\n        </div>\n          \n");
        }
        c.append("\n    \n      <div\n        class=\"product-price h5 ").append(p.regular != null ? "has-discount" : "").append("\">\n\n        <div class=\"current-price\">\n          <span class='current-price-value' content=\"")
                .append(amount(p.price)).append("\">\n                                      ").append(money(p.price)).append("\n                      </span>\n\n");
        if (p.regular != null) {
            c.append("                                          <span class=\"discount discount-percentage\">Save ")
                    .append(p.regular.subtract(p.price).multiply(new BigDecimal(100)).divide(p.regular, 0, java.math.RoundingMode.HALF_UP)).append("%</span>\n");
        }
        c.append("                  </div>\n\n        \n                  \n      </div>\n    \n\n    \n          \n\n    \n          \n\n    \n          \n\n    \n\n    <div class=\"tax-shipping-delivery-label\">\n                      Tax included\n                  \n      \n                                          </div>\n  </div>\n          \n\n          <div class=\"product-information\">\n            \n              <div id=\"product-description-short-")
                .append(p.id).append("\" class=\"product-description\"><p>").append(esc(desc)).append("</p></div>\n            \n\n            \n            <div class=\"product-actions js-product-actions\">\n              \n                <form action=\"")
                .append(base).append("/cart\" method=\"post\" id=\"add-to-cart-or-refresh\">\n                  <input type=\"hidden\" name=\"token\" value=\"5d2f0e6c1f0b7a3c9d4e8f6a2b1c0d9e\">\n                  <input type=\"hidden\" name=\"id_product\" value=\"")
                .append(p.id).append("\" id=\"product_page_product_id\">\n                  <input type=\"hidden\" name=\"id_customization\" value=\"0\" id=\"product_customization_id\" class=\"js-product-customization-id\">\n\n                  \n                    <div class=\"product-variants js-product-variants\">\n");
        if (!p.combos.isEmpty()) {
            Combo first = p.combos.get(0);
            int group = first.color() != null ? 2 : 3;
            c.append("          <div class=\"clearfix product-variants-item\">\n      <span class=\"control-label\">").append(esc(first.group())).append(": \n                        ")
                    .append(esc(selected.label())).append("                </span>\n");
            if (first.color() != null) {
                c.append("              <ul id=\"group_2\">\n");
                for (Combo v : p.combos) {
                    String val = v.anchor().substring(0, v.anchor().indexOf('-'));
                    c.append("                      <li class=\"float-xs-left input-container\">\n              <label aria-label=\"").append(esc(v.label()))
                            .append("\">\n                <input class=\"input-color\" type=\"radio\" data-product-attribute=\"2\" name=\"group[2]\" value=\"").append(val).append("\" title=\"")
                            .append(esc(v.label())).append("\"").append(v == selected ? " checked=\"checked\"" : "").append(">\n                <span\n                                      class=\"color\" style=\"background-color: ")
                            .append(v.color()).append("\"\n                                  ><span class=\"attribute-name sr-only\">").append(esc(v.label())).append("</span></span>\n              </label>\n            </li>\n");
                }
                c.append("                  </ul>\n");
            } else {
                c.append("              <select\n          class=\"form-control form-control-select\"\n          id=\"group_").append(group).append("\"\n          aria-label=\"")
                        .append(esc(first.group())).append("\"\n          data-product-attribute=\"").append(group).append("\"\n          name=\"group[").append(group).append("]\">\n");
                for (Combo v : p.combos) {
                    String val = v.anchor().substring(0, v.anchor().indexOf('-'));
                    c.append("                      <option value=\"").append(val).append("\" title=\"").append(esc(v.label())).append("\"")
                            .append(v == selected ? " selected=\"selected\"" : "").append(">").append(esc(v.label())).append("</option>\n");
                }
                c.append("                  </select>\n");
            }
            c.append("          </div>\n");
        }
        c.append("      </div>\n                  \n\n                  \n                                      \n\n                  \n                    \n                  \n\n                  \n                    <div class=\"product-add-to-cart js-product-add-to-cart\">\n      <span class=\"control-label\">Quantity</span>\n\n    \n      <div class=\"product-quantity clearfix\">\n        <div class=\"qty\">\n          <input\n            type=\"number\"\n            name=\"qty\"\n            id=\"quantity_wanted\"\n            inputmode=\"numeric\"\n            pattern=\"[0-9]*\"\n                          value=\"1\"\n              min=\"1\"\n                        class=\"input-group\"\n            aria-label=\"Quantity\"\n          >\n        </div>\n\n        <div class=\"add\">\n          <button\n            class=\"btn btn-primary add-to-cart\"\n            data-button-action=\"add-to-cart\"\n            type=\"submit\"\n            ")
                .append(p.qty > 0 ? "" : "disabled").append("\n          >\n            <i class=\"material-icons shopping-cart\">&#xE547;</i>\n            Add to cart\n          </button>\n        </div>\n\n        \n      </div>\n    \n\n    \n      <span id=\"product-availability\" class=\"js-product-availability\">\n");
        if (p.qty > 0) {
            c.append("                              <i class=\"material-icons rtl-no-flip product-available\">&#xE5CA;</i>\n                    In stock\n");
        } else {
            c.append("                              <i class=\"material-icons product-unavailable\">&#xE14B;</i>\n                    Out-of-Stock\n");
        }
        c.append("              </span>\n    \n\n    \n      <p class=\"product-minimal-quantity js-product-minimal-quantity\">\n              </p>\n    \n  </div>\n                  \n\n                  \n                    <div class=\"product-additional-info js-product-additional-info\">\n  \n      <div class=\"social-sharing\">\n      <span>Share</span>\n      <ul>\n                  <li class=\"facebook icon-gray\"><a href=\"https://www.facebook.com/sharer.php?u=")
                .append(URLEncoderLite.encode(canonical)).append("\" class=\"text-hide\" title=\"Share\" target=\"_blank\" rel=\"noopener noreferrer\">Share</a></li>\n                  <li class=\"pinterest icon-gray\"><a href=\"https://www.pinterest.com/pin/create/button/?url=")
                .append(URLEncoderLite.encode(canonical)).append("\" class=\"text-hide\" title=\"Pinterest\" target=\"_blank\" rel=\"noopener noreferrer\">Pinterest</a></li>\n              </ul>\n    </div>\n  \n\n</div>\n                  \n\n                                    \n                </form>\n              \n\n            </div>\n\n            \n              \n            \n\n            \n              <div class=\"tabs\">\n                <ul class=\"nav nav-tabs\" role=\"tablist\">\n                                      <li class=\"nav-item\" role=\"presentation\">\n                       <a\n                         class=\"nav-link active js-product-nav-active\"\n                         data-toggle=\"tab\"\n                         href=\"#description\"\n                         role=\"tab\"\n                         aria-controls=\"description\"\n                          aria-selected=\"true\">Description</a>\n                    </li>\n                                    <li class=\"nav-item\" role=\"presentation\">\n                    <a\n                      class=\"nav-link\"\n                      data-toggle=\"tab\"\n                      href=\"#product-details\"\n                      role=\"tab\"\n                      aria-controls=\"product-details\"\n                      >Product Details</a>\n                  </li>\n                </ul>\n\n                <div class=\"tab-content\" id=\"tab-content\">\n                 <div class=\"tab-pane fade in active js-product-tab-active\" id=\"description\" role=\"tabpanel\">\n                   \n                     <div class=\"product-description\"><p>")
                .append(esc(longDescription(p))).append("</p></div>\n                   \n                 </div>\n\n                 \n                   <div class=\"js-product-details tab-pane fade\"\n     id=\"product-details\"\n     data-product=\"{&quot;id_shop_default&quot;:1,&quot;id_product&quot;:")
                .append(p.id).append(",&quot;reference&quot;:&quot;").append(esc(p.ref)).append("&quot;}\"\n     role=\"tabpanel\"\n  >\n  \n");
        if (p.brand != null) {
            c.append("                    <div class=\"product-manufacturer\">\n                    <label class=\"label\">Brand</label>\n            <span>\n              <a href=\"#\">")
                    .append(esc(p.brand)).append("</a>\n            </span>\n                  </div>\n");
        }
        c.append("                <div class=\"product-reference\">\n          <label class=\"label\">Reference </label>\n          <span>").append(esc(p.ref))
                .append("</span>\n        </div>\n      \n\n  \n          <div class=\"product-quantities\">\n        <label class=\"label\">In stock</label>\n        <span data-stock=\"")
                .append(p.qty).append("\" data-allow-oosp=\"0\">").append(p.qty).append(" Items</span>\n      </div>\n      \n\n  \n      \n\n  \n    \n\n  \n");
        if (p.origin != null) {
            c.append("          <section class=\"product-features\">\n        <p class=\"h6\">Data sheet</p>\n        <dl class=\"data-sheet\">\n                      <dt class=\"name\">Origin</dt>\n            <dd class=\"value\">")
                    .append(esc(p.origin)).append("</dd>\n                  </dl>\n      </section>\n");
        }
        c.append("      \n\n    \n      \n\n  \n          <section class=\"product-features\">\n        <p class=\"h6\">Specific References</p>\n          <dl class=\"data-sheet\">\n");
        if (p.ean13 != null) {
            c.append("                          <dt class=\"name\">ean13</dt>\n                <dd class=\"value\">").append(p.ean13).append("</dd>\n");
        }
        c.append("                      </dl>\n      </section>\n      \n\n  \n          <div class=\"product-condition\">\n        <label class=\"label\">Condition </label>\n        <link content=\"https://schema.org/NewCondition\"/>\n        <span>New product</span>\n      </div>\n      \n</div>\n                 \n\n                 \n                                    \n\n                               </div>\n            </div>\n          \n        </div>\n      </div>\n    </div>\n\n    \n          \n\n    \n      ");
        // ps_categoryproducts
        List<Prod> same = new ArrayList<>();
        for (Prod o : listing(p.defaultCat)) {
            if (o != p && same.size() < 8) {
                same.add(o);
            }
        }
        if (!same.isEmpty()) {
            c.append("<section class=\"product-accessories clearfix\">\n  <h2 class=\"h5 text-uppercase\">\n          ").append(same.size())
                    .append(" other products in the same category:\n      </h2>\n  <div class=\"products row\">\n");
            int pos = 0;
            for (Prod o : same) {
                c.append(miniature(base, o, pos++, false, "col-xs-12 col-sm-6 col-lg-4 col-xl-3"));
            }
            c.append("  </div>\n</section>\n");
        }
        c.append("\n    \n\n    \n      <div class=\"modal fade js-product-images-modal\" id=\"product-modal\">\n  <div class=\"modal-dialog\" role=\"document\">\n    <div class=\"modal-content\">\n      <div class=\"modal-body\">\n        <figure>\n          <img class=\"js-modal-product-cover product-cover-modal\" width=\"800\" src=\"")
                .append(img).append("-large_default/").append(p.rewrite).append(".jpg\" alt=\"").append(esc(p.name)).append("\" title=\"").append(esc(p.name))
                .append("\" height=\"800\">\n        </figure>\n      </div>\n    </div>\n  </div>\n</div>\n    \n\n    \n      <footer class=\"page-footer\">\n        \n          <!-- Footer content -->\n        \n      </footer>\n    \n  </section>");

        List<Crumb> crumbs = new ArrayList<>(categoryCrumbs(base, dc));
        String crumbTitle = p.name + (selected == null ? "" : " (" + selected.group() + ": " + selected.label() + ")");
        crumbs.add(new Crumb(crumbTitle, url));
        String body = "lang-en country-fr currency-eur layout-full-width page-product tax-display-enabled product-id-" + p.id + " product-" + p.rewrite
                + " product-id-category-" + dc.id() + " product-id-manufacturer-0 product-id-supplier-0" + (p.qty > 0 ? " product-available-for-order" : "");
        String title = selected == null ? p.name : p.name + " " + selected.group() + " " + selected.label();
        return layout(base, "product", body, title, desc, canonical, head.toString(), current, crumbs, null, c.toString());
    }

    private String shortDescription(Prod p) {
        Cat dc = cats.get(p.defaultCat);
        return switch (dc.id()) {
            case 4 -> p.name + ": a " + (p.origin == null ? "" : p.origin + " ") + "green tea with a fresh, vegetal cup.";
            case 5 -> p.name + ": a full-bodied black tea that takes milk well.";
            case 6 -> p.name + ": a caffeine-free infusion for any time of day.";
            case 8 -> p.name + ": built to brew loose leaves properly.";
            case 9 -> p.name + ": for slow mornings and long conversations.";
            default -> p.name + ": a thoughtful gift, ready to wrap.";
        };
    }

    private String longDescription(Prod p) {
        return shortDescription(p) + " Packed by hand in our Lyon workshop. Reference " + p.ref + ".";
    }

    // ------------------------------------------------------------------ robots.txt and gsitemap

    private String robots(String base) {
        String host = base.replaceFirst("^https?://", "");
        StringBuilder r = new StringBuilder();
        r.append("# robots.txt automatically generated by PrestaShop e-commerce open-source solution\n")
                .append("# https://www.prestashop.com - https://www.prestashop.com/forums\n")
                .append("# This file is to prevent the crawling and indexing of certain parts\n")
                .append("# of your site by web crawlers and spiders run by sites like Yahoo!\n")
                .append("# and Google. By telling these \"robots\" where not to go on your site,\n")
                .append("# you save bandwidth and server resources.\n")
                .append("# For more information about the robots.txt standard, see:\n")
                .append("# https://www.robotstxt.org/robotstxt.html\n")
                .append("User-agent: *\n")
                .append("# Allow Directives\n");
        for (String a : new String[] {"*/modules/*.css", "*/modules/*.js", "*/modules/*.png", "*/modules/*.jpg", "*/modules/*.gif",
                "*/modules/*.svg", "*/modules/*.webp", "/js/jquery/*"}) {
            r.append("Allow: ").append(a).append('\n');
        }
        r.append("# Private pages\n");
        for (String g : new String[] {"?order=", "?tag=", "?id_currency=", "?search_query=", "?back=", "?n=",
                "&order=", "&tag=", "&id_currency=", "&search_query=", "&back=", "&n="}) {
            r.append("Disallow: /*").append(g).append('\n');
        }
        for (String c : new String[] {"addresses", "address", "authentication", "cart", "discount", "footer", "get-file", "header",
                "history", "identity", "images.inc", "init", "my-account", "order", "order-slip", "order-detail", "order-follow",
                "order-return", "order-confirmation", "pagination", "password", "pdf-invoice", "pdf-order-return", "pdf-order-slip",
                "product-sort", "registration", "search", "statistics", "attachment", "guest-tracking"}) {
            r.append("Disallow: /*controller=").append(c).append('\n');
        }
        r.append("# Directories for ").append(host.replaceFirst(":\\d+$", "")).append('\n');
        for (String d : new String[] {"app/", "cache/", "classes/", "config/", "controllers/", "download/", "js/", "localization/", "log/",
                "mails/", "modules/", "override/", "pdf/", "src/", "tools/", "translations/", "upload/", "var/", "vendor/", "webservice/"}) {
            r.append("Disallow: /").append(d).append('\n');
        }
        r.append("# Files\n");
        for (String f : new String[] {"addresses", "address", "login", "cart", "discount", "order-history", "identity", "my-account",
                "order", "credit-slip", "order-follow", "order-confirmation", "password-recovery", "registration", "search", "guest-tracking"}) {
            r.append("Disallow: /").append(f).append('\n');
        }
        r.append("# Sitemap\n").append("Sitemap: ").append(base).append("/1_index_sitemap.xml\n");
        return r.toString();
    }

    private String sitemapIndex(String base) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + base
                + "/1_en_0_sitemap.xml</loc><lastmod>2025-06-30T04:00:02+02:00</lastmod></sitemap></sitemapindex>\n";
    }

    private String sitemap(String base) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n");
        node(x, base + "/", "1.0", null);
        // meta pages (GSITEMAP_DISABLE_LINKS unticks the account/cart/search pages and, here, the three product-list pages)
        for (String m : new String[] {"/contact-us", "/sitemap", "/stores"}) {
            node(x, base + m, "0.1", null);
        }
        for (Prod p : prods.values()) {
            x.append("<url>\n");
            x.append("<loc><![CDATA[").append(base).append(canonicalPath(p)).append("]]></loc>\n<lastmod>2025-05-").append(String.format("%02d", 1 + p.id % 28))
                    .append("T10:").append(String.format("%02d", p.id)).append(":00+02:00</lastmod>\n<changefreq>weekly</changefreq>\n<priority>0.9</priority>\n");
            x.append("<image:image>\n<image:loc><![CDATA[").append(base).append("/").append(p.id * 3 + 7).append("-large_default/").append(p.rewrite)
                    .append(".jpg]]></image:loc>\n<image:caption><![CDATA[]]></image:caption>\n<image:title><![CDATA[").append(esc(p.name))
                    .append("]]></image:title>\n</image:image>\n</url>\n");
        }
        for (Cat c : cats.values()) {
            if (c.id() <= 2) {
                continue;
            }
            node(x, base + c.path(), "0.8", "2025-04-1" + (c.id() % 10) + "T09:30:00+02:00");
        }
        for (String[] cms : CMS_PAGES) {
            node(x, base + "/content/" + cms[0] + "-" + cms[1], "0.7", null);
        }
        x.append("</urlset>\n");
        return x.toString();
    }

    private static void node(StringBuilder x, String loc, String priority, String lastmod) {
        x.append("<url>\n<loc><![CDATA[").append(loc).append("]]></loc>\n").append(lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>")
                .append("\n<changefreq>weekly</changefreq>\n<priority>").append(priority).append("</priority>\n</url>\n");
    }

    /** application/x-www-form-urlencoded like PHP's urlencode (space as "+"). */
    private static final class URLEncoderLite {
        static String encode(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
