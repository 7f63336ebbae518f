package caravan.shops;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Magento 2.4 (Magento Open Source) store on the stock Luma theme: "Harbor &amp; Pine Outfitters".
 *
 * <p>Markup follows magento/magento2's own templates: Magento_Theme html/topmenu.phtml +
 * Block/Html/Topmenu.php (the nav), html/sections.phtml (nav-sections), html/header.phtml, html/pager.phtml,
 * html/breadcrumbs.phtml; Magento_Catalog product/list.phtml, product/list/toolbar*.phtml,
 * product/view/*.phtml, product/price/final_price.phtml + amount/default.phtml (Offer microdata),
 * product/view/opengraph/*.phtml, catalog_product_view.xml (body itemscope Product);
 * Magento_LayeredNavigation layer/view.phtml + layer/filter.phtml, Magento_Swatches layered renderer;
 * Magento_Sitemap Model/Sitemap.php (one sitemap.xml) and Block/Robots.php (robots.txt Sitemap: line).
 *
 * <p>Store configuration imitated: Use Categories Path for Product URLs = Yes (listing links carry the
 * category path, anchor parents get their own rewrites), canonical link meta tag for products and
 * categories = Yes (canonical is the category-less /url-key.html), grid-list mode with 12 per page,
 * Display Out of Stock Products = Yes, currency USD. See src/test/resources/shops/magento-luma/SOURCES.md.
 */
public final class MagentoLumaShop implements FixtureShop {

    private static final String STATIC = "/static/version1718031215/frontend/Magento/luma/en_US";
    private static final String FORM_KEY = "Hq7WbN2kLx4ZtR9c";
    private static final String CACHE = "3f2c1a8e9d7b6c5a4e3d2c1b0a9f8e7d";

    // -------------------------------------------------------------- catalogue data

    private record Cat(int id, String path, String name, int parentId, boolean inMenu, String description) {
        /** "/apparel/jackets.html" -> "/apparel/jackets/" (prefix of product URLs under this category). */
        String productPrefix() {
            return path.substring(0, path.length() - ".html".length()) + "/";
        }

        String urlKey() {
            String p = path.substring(path.lastIndexOf('/') + 1);
            return p.substring(0, p.length() - ".html".length());
        }
    }

    private record Color(int optionId, String label, String hex) {
    }

    private record Product(int id, String key, String name, String sku, BigDecimal price, BigDecimal special,
                           boolean inStock, Color color, List<Integer> cats, String material,
                           int reviews, int ratingPercent) {
        BigDecimal finalPrice() {
            return special != null ? special : price;
        }

        String path() {
            return "/" + key + ".html";
        }
    }

    private static final Color BLACK = new Color(49, "Black", "#000000");
    private static final Color BLUE = new Color(50, "Blue", "#1857f7");
    private static final Color GREY = new Color(52, "Gray", "#8f8f8f");
    private static final Color GREEN = new Color(53, "Green", "#53a828");
    private static final Color ORANGE = new Color(56, "Orange", "#eb6703");
    private static final Color RED = new Color(58, "Red", "#ff0000");
    private static final List<Color> COLORS = List.of(BLACK, BLUE, GREY, GREEN, ORANGE, RED);

    private static final int APPAREL = 3, JACKETS = 4, BASE = 5, FOOTWEAR = 6, BOOTS = 7, CAMP = 8, PACKS = 9,
            SALE = 10, GIFTS = 11;

    private final List<Cat> cats = List.of(
            new Cat(APPAREL, "/apparel.html", "Apparel", 2, true,
                    "Layer up for every forecast: shells, insulation, base layers and trail accessories."),
            new Cat(JACKETS, "/apparel/jackets.html", "Jackets", APPAREL, true,
                    "Waterproof shells, down parkas and windproof layers tested on the coast path."),
            new Cat(BASE, "/apparel/base-layers.html", "Base Layers", APPAREL, true,
                    "Merino and synthetic next-to-skin layers that manage sweat on long climbs."),
            new Cat(FOOTWEAR, "/footwear.html", "Footwear", 2, true,
                    "Boots, approach shoes and the socks and gaiters that keep them comfortable."),
            new Cat(BOOTS, "/footwear/hiking-boots.html", "Hiking Boots", FOOTWEAR, true,
                    "Supportive mid and high cut boots for rough, wet and rocky ground."),
            new Cat(CAMP, "/camp-kitchen.html", "Camp & Kitchen", 2, true,
                    "Shelter, sleep and a hot brew at the end of the day."),
            new Cat(PACKS, "/packs-bags.html", "Packs & Bags", 2, true,
                    "Daypacks, expedition packs, duffels and dry bags."),
            new Cat(SALE, "/sale.html", "Sale", 2, true,
                    "Last season's colours at reduced prices while stocks last."),
            new Cat(GIFTS, "/gift-ideas.html", "Gift Ideas", 2, false,
                    "Small things for the outdoors person who already owns everything."));

    private final List<Product> products = new ArrayList<>();

    private void p(String key, String name, String sku, String price, String special, boolean inStock, Color color,
                   String material, List<Integer> cats) {
        p(key, name, sku, price, special, inStock, color, material, cats, 0, 0);
    }

    private void p(String key, String name, String sku, String price, String special, boolean inStock, Color color,
                   String material, List<Integer> cats, int reviews, int rating) {
        products.add(new Product(products.size() + 1, key, name, sku, new BigDecimal(price),
                special == null ? null : new BigDecimal(special), inStock, color, cats, material, reviews, rating));
    }

    public MagentoLumaShop() {
        // Jackets (13)
        p("alpine-shell-jacket", "Alpine Shell Jacket", "HP-JK-101", "229.00", null, true, BLUE, "Nylon", List.of(JACKETS), 4, 90);
        p("ridgeline-down-parka", "Ridgeline Down Parka", "HP-JK-102", "349.00", null, true, BLACK, "Down", List.of(JACKETS));
        p("drizzle-packable-rain-jacket", "Drizzle Packable Rain Jacket", "HP-JK-103", "119.00", "89.00", true, ORANGE, "Polyester", List.of(JACKETS, SALE));
        p("cinder-softshell", "Cinder Softshell", "HP-JK-104", "164.00", null, true, GREY, "Polyester", List.of(JACKETS));
        p("womens-ridge-fleece", "Women's Ridge Fleece", "HP-JK-105", "89.00", null, true, GREEN, "Fleece", List.of(JACKETS));
        p("tundra-insulated-vest", "Tundra Insulated Vest", "HP-JK-106", "129.00", null, true, BLACK, "Polyester", List.of(JACKETS));
        p("squall-windbreaker", "Squall Windbreaker", "HP-JK-107", "74.50", null, true, RED, "Nylon", List.of(JACKETS));
        p("glacier-expedition-suit", "Glacier Expedition Suit", "HP-JK-108", "1249.00", null, true, RED, "Down", List.of(JACKETS));
        p("harbor-waxed-jacket", "Harbor Waxed Jacket", "HP-JK-109", "259.00", null, false, GREEN, "Cotton", List.of(JACKETS));
        p("pinecone-quilted-jacket", "Pinecone Quilted Jacket", "HP-JK-110", "139.00", null, true, GREY, "Polyester", List.of(JACKETS));
        p("summit-storm-anorak", "Summit Storm Anorak", "HP-JK-111", "189.00", null, true, BLUE, "Nylon", List.of(JACKETS, GIFTS));
        p("meadow-light-hoodie", "Meadow Light Hoodie", "HP-JK-112", "69.00", null, true, GREEN, "Fleece", List.of(JACKETS));
        p("northwind-belay-parka", "Northwind Belay Parka", "HP-JK-113", "299.00", "239.20", true, ORANGE, "Polyester", List.of(JACKETS, SALE));
        // Base Layers (10)
        p("merino-150-crew", "Merino 150 Crew", "HP-BL-201", "64.00", null, true, BLACK, "Wool", List.of(BASE));
        p("merino-250-zip-neck", "Merino 250 Zip Neck", "HP-BL-202", "84.00", null, true, GREY, "Wool", List.of(BASE));
        p("thermal-grid-leggings", "Thermal Grid Leggings", "HP-BL-203", "59.00", null, true, BLACK, "Polyester", List.of(BASE));
        p("featherweight-tee", "Featherweight Tee", "HP-BL-204", "34.99", null, true, BLUE, "Polyester", List.of(BASE));
        p("canyon-long-sleeve", "Canyon Long Sleeve", "HP-BL-205", "42.00", null, true, ORANGE, "Cotton", List.of(BASE));
        p("boreal-hooded-base-layer", "Boreal Hooded Base Layer", "HP-BL-206", "92.00", "69.00", true, RED, "Wool", List.of(BASE, SALE));
        p("alpenglow-tank", "Alpenglow Tank", "HP-BL-207", "29.00", null, true, GREEN, "Cotton", List.of(BASE));
        p("drift-boxer-brief", "Drift Boxer Brief", "HP-BL-208", "24.00", null, true, GREY, "Wool", List.of(BASE));
        p("lichen-mid-layer-top", "Lichen Mid Layer Top", "HP-BL-209", "79.00", null, false, GREEN, "Fleece", List.of(BASE));
        p("frostline-neck-gaiter", "Frostline Neck Gaiter", "HP-BL-210", "19.50", null, true, BLUE, "Wool", List.of(BASE, GIFTS));
        // Apparel, assigned to the parent category itself (4)
        p("trail-summit-beanie", "Trail & Summit Beanie", "HP-AC-301", "27.00", null, true, GREY, "Wool", List.of(APPAREL, GIFTS));
        p("switchback-gloves", "Switchback Gloves", "HP-AC-302", "45.00", null, true, BLACK, "Fleece", List.of(APPAREL));
        p("sun-runner-cap", "Sun Runner Cap", "HP-AC-303", "22.00", null, true, ORANGE, "Cotton", List.of(APPAREL));
        p("cloudbreak-rain-pants", "Cloudbreak Rain Pants", "HP-AC-304", "99.00", null, true, BLUE, "Nylon", List.of(APPAREL));
        // Hiking Boots (7)
        p("granite-peak-boot", "Granite Peak Boot", "HP-FW-401", "219.00", null, true, GREY, "Leather", List.of(BOOTS), 2, 80);
        p("scree-mid-gtx", "Scree Mid GTX", "HP-FW-402", "185.00", null, true, BLACK, "Nylon", List.of(BOOTS));
        p("ptarmigan-leather-boot", "Ptarmigan Leather Boot", "HP-FW-403", "249.00", null, true, RED, "Leather", List.of(BOOTS));
        p("moraine-approach-shoe", "Moraine Approach Shoe", "HP-FW-404", "139.00", "111.00", true, BLUE, "Leather", List.of(BOOTS, SALE));
        p("tarn-waterproof-boot", "Tarn Waterproof Boot", "HP-FW-405", "169.00", null, true, GREEN, "Leather", List.of(BOOTS));
        p("basalt-winter-boot", "Basalt Winter Boot", "HP-FW-406", "279.00", null, false, BLACK, "Leather", List.of(BOOTS));
        p("fernhill-day-hiker", "Fernhill Day Hiker", "HP-FW-407", "129.00", null, true, ORANGE, "Nylon", List.of(BOOTS));
        // Footwear, assigned to the parent (3)
        p("riverstone-sandal", "Riverstone Sandal", "HP-FW-408", "59.00", null, true, BLACK, "Polyester", List.of(FOOTWEAR));
        p("trail-gaiters", "Trail Gaiters", "HP-FW-409", "35.00", null, true, GREEN, "Nylon", List.of(FOOTWEAR));
        p("cushion-wool-socks-3-pack", "Cushion Wool Socks 3-Pack", "HP-FW-410", "38.00", null, true, GREY, "Wool", List.of(FOOTWEAR, GIFTS));
        // Camp & Kitchen (9)
        p("ember-backpacking-stove", "Ember Backpacking Stove", "HP-CK-501", "74.00", null, true, GREY, "Metal", List.of(CAMP));
        p("titanium-pot-set", "Titanium Pot Set", "HP-CK-502", "89.00", null, true, GREY, "Metal", List.of(CAMP));
        p("lakeside-2-person-tent", "Lakeside 2-Person Tent", "HP-CK-503", "399.00", null, true, GREEN, "Nylon", List.of(CAMP), 7, 94);
        p("nomad-ultralight-tarp", "Nomad Ultralight Tarp", "HP-CK-504", "149.00", null, true, ORANGE, "Nylon", List.of(CAMP));
        p("starfield-sleeping-bag", "Starfield Sleeping Bag", "HP-CK-505", "269.00", null, true, BLUE, "Down", List.of(CAMP));
        p("folding-camp-chair", "Folding Camp Chair", "HP-CK-506", "54.00", null, true, BLACK, "Metal", List.of(CAMP));
        p("collapsible-water-jug", "Collapsible Water Jug", "HP-CK-507", "18.00", null, true, BLUE, "Plastic", List.of(CAMP));
        p("enamel-mug-set", "Enamel Mug Set", "HP-CK-508", "26.00", null, true, RED, "Metal", List.of(CAMP));
        p("hanging-led-lantern", "Hanging LED Lantern", "HP-CK-509", "32.00", "24.00", true, ORANGE, "Plastic", List.of(CAMP, SALE));
        // Packs & Bags (8)
        p("crest-35-daypack", "Crest 35 Daypack", "HP-PK-601", "159.00", null, true, BLUE, "Nylon", List.of(PACKS));
        p("basecamp-duffel-60l", "Basecamp Duffel 60L", "HP-PK-602", "129.00", null, true, BLACK, "Polyester", List.of(PACKS));
        p("skyline-22-pack", "Skyline 22 Pack", "HP-PK-603", "109.00", null, true, RED, "Nylon", List.of(PACKS));
        p("voyager-65-expedition-pack", "Voyager 65 Expedition Pack", "HP-PK-604", "289.00", null, true, GREEN, "Nylon", List.of(PACKS));
        p("trailside-hip-pack", "Trailside Hip Pack", "HP-PK-605", "39.00", null, true, ORANGE, "Nylon", List.of(PACKS));
        p("dry-bag-set", "Dry Bag Set", "HP-PK-606", "44.00", null, true, GREY, "Plastic", List.of(PACKS));
        p("hydration-bladder-2l", "Hydration Bladder 2L", "HP-PK-607", "36.00", null, true, BLUE, "Plastic", List.of(PACKS, GIFTS));
        p("roll-top-commuter-bag", "Roll-Top Commuter Bag", "HP-PK-608", "119.00", null, true, BLACK, "Polyester", List.of(PACKS));
        // Enabled, visible "Catalog, Search", assigned to no category: only the sitemap links it.
        p("limited-edition-summit-flask", "Limited Edition Summit Flask", "HP-XX-901", "48.00", null, true, GREY, "Metal", List.of());
    }

    // -------------------------------------------------------------- FixtureShop

    @Override
    public String name() {
        return "magento-luma";
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        List<ExpectedProduct> out = new ArrayList<>();
        for (Product p : products) {
            Set<String> paths = new LinkedHashSet<>();
            for (Cat c : cats) {
                if (listing(c).contains(p)) {
                    paths.add(c.path());
                }
            }
            out.add(new ExpectedProduct(p.path(), p.sku(), p.name(), p.finalPrice(), "USD",
                    p.inStock() ? "InStock" : "OutOfStock", Set.copyOf(paths)));
        }
        return out;
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        List<ExpectedCategory> out = new ArrayList<>();
        for (Cat c : cats) {
            Cat parent = cat(c.parentId());
            out.add(new ExpectedCategory(c.path(), c.name(), parent == null ? null : parent.path()));
        }
        return out;
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
        String b = baseUrl;
        switch (path) {
            case "/":
                return FixturePage.html(home(b));
            case "/robots.txt":
                return FixturePage.text(robots(b));
            case "/sitemap.xml":
                return FixturePage.xml(sitemap(b));
            default:
                break;
        }
        for (Cat c : cats) {
            if (c.path().equals(path)) {
                return FixturePage.html(categoryPage(c, parseQuery(query), b));
            }
        }
        for (Product p : products) {
            if (p.path().equals(path)) {
                return FixturePage.html(productPage(p, b));
            }
            for (Cat c : cats) {
                if (path.equals(c.productPrefix() + p.key() + ".html") && listing(c).contains(p)) {
                    return FixturePage.html(productPage(p, b));
                }
            }
        }
        FixturePage other = otherPage(path, b);
        return other;
    }

    // -------------------------------------------------------------- catalogue helpers

    private Cat cat(int id) {
        for (Cat c : cats) {
            if (c.id() == id) {
                return c;
            }
        }
        return null;
    }

    private List<Cat> children(Cat c) {
        List<Cat> out = new ArrayList<>();
        for (Cat x : cats) {
            if (x.parentId() == c.id()) {
                out.add(x);
            }
        }
        return out;
    }

    private boolean inTree(Product p, Cat c) {
        if (p.cats().contains(c.id())) {
            return true;
        }
        for (Cat child : children(c)) {
            if (inTree(p, child)) {
                return true;
            }
        }
        return false;
    }

    /** Products an anchor category lists (its own and its descendants'), in position order. */
    private List<Product> listing(Cat c) {
        List<Product> out = new ArrayList<>();
        for (Product p : products) {
            if (inTree(p, c)) {
                out.add(p);
            }
        }
        return out;
    }

    private Product product(int id) {
        return products.get(id - 1);
    }

    // -------------------------------------------------------------- formatting helpers

    private static String esc(String s) {
        return FixtureHtml.escape(s, "&#039;");
    }

    /** Magento's escapeHtmlAttr (Laminas escaper): non-alphanumerics become &#xHH; entities. */
    private static String escAttr(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (Character.isLetterOrDigit(ch) || ch == ',' || ch == '.' || ch == '-' || ch == '_') {
                sb.append(ch);
            } else if (ch == '&') {
                sb.append("&amp;");
            } else if (ch == '"') {
                sb.append("&quot;");
            } else {
                sb.append(String.format("&#x%02X;", (int) ch));
            }
        }
        return sb.toString();
    }

    private static String jsonUrl(String url) {
        return url.replace("/", "\\/");
    }

    private static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + f.format(v);
    }

    /** PHP's echo of a float: 229.0 -> "229", 74.5 -> "74.5". */
    private static String amount(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** Magento's url encoder for "uenc": base64 with +/= replaced by -_, */
    private static String uenc(String url) {
        String b64 = Base64.getEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8));
        return b64.replace('+', '-').replace('/', '_').replace('=', ',');
    }

    private static String image(String b, Product p) {
        String file = p.key() + ".jpg";
        return b + "/media/catalog/product/cache/" + CACHE + "/" + file.charAt(0) + "/" + file.charAt(1) + "/" + file;
    }

    private static Map<String, String> parseQuery(String query) {
        return FixtureHtml.query(query);
    }

    // -------------------------------------------------------------- page frame (head, header, menu, footer)

    private String head(String b, String title, String description, String robots, String extraHead) {
        String st = b + STATIC;
        return """
                <!doctype html>
                <html lang="en">
                    <head >
                        <script>
                    var LOCALE = 'en\\u002DUS';
                    var BASE_URL = '%1$s';
                    var require = {
                        'baseUrl': '%2$s'
                    };</script>        <meta charset="utf-8"/>
                <meta name="title" content="%3$s"/>
                <meta name="description" content="%4$s"/>
                <meta name="keywords" content="outdoor clothing, hiking boots, camping gear"/>
                <meta name="robots" content="%5$s"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="format-detection" content="telephone=no"/>
                <title>%3$s</title>
                <link  rel="stylesheet" type="text/css"  media="all" href="%6$s/mage/calendar.css" />
                <link  rel="stylesheet" type="text/css"  media="all" href="%6$s/css/styles-m.css" />
                <link  rel="stylesheet" type="text/css"  media="all" href="%6$s/jquery/uppy/dist/uppy-custom.css" />
                <link  rel="stylesheet" type="text/css"  media="all" href="%6$s/mage/gallery/gallery.css" />
                <link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="%6$s/css/styles-l.css" />
                <link  rel="stylesheet" type="text/css"  media="print" href="%6$s/css/print.css" />
                <script  type="text/javascript"  src="%6$s/requirejs/require.js"></script>
                <script  type="text/javascript"  src="%6$s/mage/requirejs/mixins.js"></script>
                <script  type="text/javascript"  src="%6$s/requirejs-config.js"></script>
                <link rel="preload" as="font" crossorigin="anonymous" href="%6$s/fonts/opensans/light/opensans-300.woff2" />
                <link rel="preload" as="font" crossorigin="anonymous" href="%6$s/fonts/opensans/regular/opensans-400.woff2" />
                <link rel="preload" as="font" crossorigin="anonymous" href="%6$s/fonts/opensans/semibold/opensans-600.woff2" />
                <link rel="preload" as="font" crossorigin="anonymous" href="%6$s/fonts/opensans/bold/opensans-700.woff2" />
                <link rel="preload" as="font" crossorigin="anonymous" href="%6$s/fonts/Luma-Icons.woff2" />
                <link  rel="icon" type="image/x-icon" href="%6$s/Magento_Theme/favicon.ico" />
                <link  rel="shortcut icon" type="image/x-icon" href="%6$s/Magento_Theme/favicon.ico" />
                %7$s    </head>
                """.formatted(jsonUrl(b + "/").replace(":", "\\u003A").replace("\\/", "\\u002F"),
                jsonUrl(st).replace(":", "\\u003A").replace("\\/", "\\u002F"), esc(title), esc(description), robots,
                st, extraHead);
    }

    private String bodyOpen(String b, String bodyClass, boolean productMicrodata) {
        String st = b + STATIC;
        String micro = productMicrodata ? " itemtype=\"http://schema.org/Product\" itemscope=\"itemscope\"" : "";
        return """
                    <body data-container="body"
                          data-mage-init='{"loaderAjax": {}, "loader": { "icon": "%1$s/images/loader-2.gif"}}'
                        id="html-body"%2$s class="%3$s">
                        <div class="cookie-status-message" id="cookie-status">
                    The store will not work correctly when cookies are disabled.</div>
                <script type="text&#x2F;javascript">document.querySelector("#cookie-status").style.display = "none";</script>
                <script type="text/x-magento-init">
                    {
                        "*": {
                            "cookieStatus": {}
                        }
                    }
                </script>

                <script type="text/x-magento-init">
                    {
                        "*": {
                            "mage/cookies": {
                                "expires": null,
                                "path": "\\u002F",
                                "domain": "",
                                "secure": false,
                                "lifetime": "3600"
                            }
                        }
                    }
                </script>
                    <noscript>
                        <div class="message global noscript">
                            <div class="content">
                                <p>
                                    <strong>JavaScript seems to be disabled in your browser.</strong>
                                    <span>
                                        For the best experience on our site, be sure to turn on Javascript in your browser.                    </span>
                                </p>
                            </div>
                        </div>
                    </noscript>
                <div class="page-wrapper">""".formatted(st, micro, bodyClass);
    }

    private String header(String b, String currentUrl) {
        String st = b + STATIC;
        // Customer\Model\Url::getLoginUrlParams(): a referer already in the request is reused, else the current URL is encoded
        String marker = b + "/customer/account/login/referer/";
        String loginUrl = currentUrl.startsWith(marker) ? currentUrl : marker + uenc(currentUrl) + "/";
        StringBuilder sb = new StringBuilder();
        sb.append("<header class=\"page-header\"><div class=\"panel wrapper\"><div class=\"panel header\"><a class=\"action skip contentarea\"\n")
                .append("   href=\"#contentarea\">\n    <span>\n        Skip to Content    </span>\n</a>\n");
        sb.append("<ul class=\"header links\">    <li class=\"greet welcome\" data-bind=\"scope: 'customer'\">\n")
                .append("        <!-- ko if: customer().fullname  -->\n")
                .append("        <span class=\"logged-in\"\n              data-bind=\"text: new String('Welcome, %1!').\n              replace('%1', customer().fullname)\">\n        </span>\n")
                .append("        <!-- /ko -->\n        <!-- ko ifnot: customer().fullname  -->\n")
                .append("        <span class=\"not-logged-in\"\n              data-bind=\"text: 'Free&#x20;UK&#x20;and&#x20;US&#x20;shipping&#x20;over&#x20;&#x24;75'\"></span>\n")
                .append("                <!-- /ko -->\n    </li>\n");
        sb.append("        <script type=\"text/x-magento-init\">\n        {\n            \"*\": {\n                \"Magento_Ui/js/core/app\": {\n")
                .append("                    \"components\": {\n                        \"customer\": {\n")
                .append("                            \"component\": \"Magento_Customer/js/view/customer\"\n")
                .append("                        }\n                    }\n                }\n            }\n        }\n        </script>\n");
        sb.append("<li class=\"link authorization-link\" data-label=\"or\">\n    <a href=\"").append(loginUrl)
                .append("\"        >Sign In</a>\n</li>\n");
        sb.append("<li><a href=\"").append(b).append("/customer/account/create/\" id=\"idq3aGv7Yt\" >Create an Account</a></li></ul>");
        sb.append("</div></div>");
        sb.append("<div class=\"header content\"><span data-action=\"toggle-nav\" class=\"action nav-toggle\"><span>Toggle Nav</span></span>\n");
        sb.append("<a\n    class=\"logo\"\n    href=\"").append(b).append("/\"\n    title=\"Harbor&#x20;&amp;&#x20;Pine&#x20;Outfitters\"\n    aria-label=\"store logo\">\n")
                .append("    <img src=\"").append(st).append("/images/logo.svg\"\n         title=\"Harbor&#x20;&amp;&#x20;Pine&#x20;Outfitters\"\n")
                .append("         alt=\"Harbor&#x20;&amp;&#x20;Pine&#x20;Outfitters\"\n            width=\"148\"            height=\"43\"    />\n</a>\n\n");
        sb.append("<div data-block=\"minicart\" class=\"minicart-wrapper\">\n    <a class=\"action showcart\" href=\"").append(b)
                .append("/checkout/cart/\"\n       data-bind=\"scope: 'minicart_content'\">\n        <span class=\"text\">My Cart</span>\n")
                .append("        <span class=\"counter qty empty\"\n              data-bind=\"css: { empty: !!getCartParam('summary_count') == false && !isLoading() },\n")
                .append("               blockLoader: isLoading\">\n            <span class=\"counter-number\">\n")
                .append("                <!-- ko if: getCartParam('summary_count') -->\n                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->\n")
                .append("                <!-- /ko -->\n            </span>\n            <span class=\"counter-label\">\n")
                .append("            <!-- ko if: getCartParam('summary_count') -->\n                <!-- ko text: getCartParam('summary_count').toLocaleString(window.LOCALE) --><!-- /ko -->\n")
                .append("                <!-- ko i18n: 'items' --><!-- /ko -->\n            <!-- /ko -->\n            </span>\n        </span>\n    </a>\n")
                .append("            <div class=\"block block-minicart\"\n             data-role=\"dropdownDialog\"\n")
                .append("             data-mage-init='{\"dropdownDialog\":{\n                \"appendTo\":\"[data-block=minicart]\",\n")
                .append("                \"triggerTarget\":\".showcart\",\n                \"timeout\": \"2000\",\n                \"closeOnMouseLeave\": false,\n")
                .append("                \"closeOnEscape\": true,\n                \"triggerClass\":\"active\",\n                \"parentClass\":\"active\",\n")
                .append("                \"buttons\":[]}}'>\n            <div id=\"minicart-content-wrapper\" data-bind=\"scope: 'minicart_content'\">\n")
                .append("                <!-- ko template: getTemplate() --><!-- /ko -->\n            </div>\n                    </div>\n");
        sb.append("        <script>window.checkout = {\"shoppingCartUrl\":\"").append(jsonUrl(b + "/checkout/cart/"))
                .append("\",\"checkoutUrl\":\"").append(jsonUrl(b + "/checkout/"))
                .append("\",\"updateItemQtyUrl\":\"").append(jsonUrl(b + "/checkout/sidebar/updateItemQty/"))
                .append("\",\"removeItemUrl\":\"").append(jsonUrl(b + "/checkout/sidebar/removeItem/"))
                .append("\",\"imageTemplate\":\"Magento_Catalog\\/product\\/image_with_borders\",\"baseUrl\":\"").append(jsonUrl(b + "/"))
                .append("\",\"minicartMaxItemsVisible\":5,\"websiteId\":\"1\",\"maxItemsToDisplay\":10,\"storeId\":\"1\",\"storeGroupId\":\"1\",")
                .append("\"customerLoginUrl\":\"").append(jsonUrl(b + "/customer/account/login/"))
                .append("\",\"isRedirectRequired\":false,\"autocomplete\":\"off\",\"captcha\":{}};</script>\n</div>\n");
        sb.append("<div class=\"block block-search\">\n    <div class=\"block block-title\"><strong>Search</strong></div>\n")
                .append("    <div class=\"block block-content\">\n        <form class=\"form minisearch\" id=\"search_mini_form\"\n")
                .append("              action=\"").append(b).append("/catalogsearch/result/\" method=\"get\">\n")
                .append("                        <div class=\"field search\">\n                <label class=\"label\" for=\"search\" data-role=\"minisearch-label\">\n")
                .append("                    <span>Search</span>\n                </label>\n                <div class=\"control\">\n")
                .append("                    <input id=\"search\"\n                           data-mage-init='{\n                            \"quickSearch\": {\n")
                .append("                                \"formSelector\": \"#search_mini_form\",\n                                \"url\": \"")
                .append(jsonUrl(b + "/search/ajax/suggest/")).append("\",\n")
                .append("                                \"destinationSelector\": \"#search_autocomplete\",\n                                \"minSearchLength\": \"3\"\n")
                .append("                            }\n                        }'\n                           type=\"text\"\n                           name=\"q\"\n")
                .append("                           value=\"\"\n                           placeholder=\"Search&#x20;entire&#x20;store&#x20;here...\"\n")
                .append("                           class=\"input-text\"\n                           maxlength=\"128\"\n                           role=\"combobox\"\n")
                .append("                           aria-haspopup=\"false\"\n                           aria-autocomplete=\"both\"\n                           autocomplete=\"off\"\n")
                .append("                           aria-expanded=\"false\"/>\n                    <div id=\"search_autocomplete\" class=\"search-autocomplete\"></div>\n")
                .append("                                    </div>\n            </div>\n            <div class=\"actions\">\n")
                .append("                <button type=\"submit\"\n                        title=\"Search\"\n                        class=\"action search\"\n")
                .append("                        aria-label=\"Search\"\n                >\n                    <span>Search</span>\n                </button>\n")
                .append("            </div>\n        </form>\n    </div>\n</div>\n");
        sb.append("<ul class=\"compare wrapper\"><li class=\"item link compare\" data-bind=\"scope: 'compareProducts'\" data-role=\"compare-products-link\">\n")
                .append("    <a class=\"action compare no-display\" title=\"Compare&#x20;Products\"\n")
                .append("       data-bind=\"attr: {'href': compareProducts().listUrl}, css: {'no-display': !compareProducts().count}\"\n    >\n")
                .append("        Compare Products        <span class=\"counter qty\" data-bind=\"text: compareProducts().countCaption\"></span>\n    </a>\n</li>\n")
                .append("<script type=\"text/x-magento-init\">\n{\"[data-role=compare-products-link]\": {\"Magento_Ui/js/core/app\": {\"components\":{\"compareProducts\":{\"component\":\"Magento_Catalog\\/js\\/view\\/compare-products\"}}}}}\n</script>\n")
                .append("</ul></div></header>");
        sb.append(navSections(b));
        return sb.toString();
    }

    /** Magento_Theme html/sections.phtml around html/topmenu.phtml, with Topmenu::_getHtml item markup. */
    private String navSections(String b) {
        StringBuilder menu = new StringBuilder();
        List<Cat> top = new ArrayList<>();
        for (Cat c : cats) {
            if (c.parentId() == 2 && c.inMenu()) {
                top.add(c);
            }
        }
        for (int i = 0; i < top.size(); i++) {
            Cat c = top.get(i);
            List<Cat> kids = children(c);
            String pos = "nav-" + (i + 1);
            StringBuilder cls = new StringBuilder("level0 " + pos + " category-item");
            if (i == 0) {
                cls.append(" first");
            }
            if (i == top.size() - 1) {
                cls.append(" last");
            }
            cls.append(" level-top");
            if (!kids.isEmpty()) {
                cls.append(" parent");
            }
            menu.append("<li  class=\"").append(cls).append("\"><a href=\"").append(b).append(c.path())
                    .append("\"  class=\"level-top\" ><span>").append(esc(c.name())).append("</span></a>");
            if (!kids.isEmpty()) {
                menu.append("<ul class=\"level0 submenu\">");
                for (int k = 0; k < kids.size(); k++) {
                    Cat kc = kids.get(k);
                    StringBuilder kcls = new StringBuilder("level1 " + pos + "-" + (k + 1) + " category-item");
                    if (k == 0) {
                        kcls.append(" first");
                    }
                    if (k == kids.size() - 1) {
                        kcls.append(" last");
                    }
                    menu.append("<li  class=\"").append(kcls).append("\"><a href=\"").append(b).append(kc.path())
                            .append("\" ><span>").append(esc(kc.name())).append("</span></a></li>");
                }
                menu.append("</ul>");
            }
            menu.append("</li>");
        }
        // A child block of catalog.topnav (e.g. a blog extension's menu item), echoed by getChildHtml().
        menu.append("<li class=\"level0 level-top ui-menu-item blog-menu-item\"><a href=\"").append(b)
                .append("/blog/\" class=\"level-top ui-corner-all\"><span>Journal</span></a></li>");
        return """
                    <div class="sections nav-sections">
                                <div class="section-items nav-sections-items"
                             data-mage-init='{"tabs":{"openedState":"active"}}'>
                                                            <div class="section-item-title nav-sections-item-title"
                                     data-role="collapsible">
                                    <a class="nav-sections-item-switch"
                                       data-toggle="switch" href="#store.menu">
                                        Menu                    </a>
                                </div>
                                <div class="section-item-content nav-sections-item-content"
                                     id="store.menu"
                                     data-role="content">

                <nav class="navigation" data-action="navigation">
                    <ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
                        %s            </ul>
                </nav>
                                </div>
                                                            <div class="section-item-title nav-sections-item-title"
                                     data-role="collapsible">
                                    <a class="nav-sections-item-switch"
                                       data-toggle="switch" href="#store.links">
                                        Account                    </a>
                                </div>
                                <div class="section-item-content nav-sections-item-content"
                                     id="store.links"
                                     data-role="content">
                                    <!-- Account links -->                </div>
                                                    </div>
                    </div>
                """.formatted(menu);
    }

    private String breadcrumbs(String b, List<String[]> crumbs) {
        // crumbs: {cssName, label, link-or-null}
        StringBuilder sb = new StringBuilder("<div class=\"breadcrumbs\">\n    <ul class=\"items\">\n");
        for (int i = 0; i < crumbs.size(); i++) {
            String[] c = crumbs.get(i);
            sb.append("                    <li class=\"item ").append(c[0]).append("\">\n");
            if (c[2] != null) {
                sb.append("                            <a href=\"").append(c[2]).append("\"\n                   title=\"")
                        .append(escAttr(c[3])).append("\">\n                    ").append(esc(c[1])).append("                </a>\n");
            } else if (i == crumbs.size() - 1) {
                sb.append("                            <strong>").append(esc(c[1])).append("</strong>\n");
            } else {
                sb.append("                            ").append(esc(c[1])).append("\n");
            }
            sb.append("                        </li>\n");
        }
        sb.append("            </ul>\n</div>\n");
        return sb.toString();
    }

    private String footer(String b) {
        String st = b + STATIC;
        return """
                <footer class="page-footer"><div class="footer content"><div class="block newsletter">
                    <div class="title"><strong>Newsletter</strong></div>
                    <div class="content">
                        <form class="form subscribe"
                            novalidate
                            action="%1$s/newsletter/subscriber/new/"
                            method="post"
                            data-mage-init='{"validation": {"errorClass": "mage-error"}}'
                            id="newsletter-validate-detail">
                            <div class="field newsletter">
                                <div class="control">
                                    <label for="newsletter">
                                        <span class="label">
                                            Sign Up for Our Newsletter:                        </span>
                                        <input name="email" type="email" id="newsletter"
                                               placeholder="Enter your email address"
                                               data-mage-init='{"mage/trim-input":{}}'
                                               data-validate="{required:true, 'validate-email':true}"
                                        />
                                    </label>
                                </div>
                            </div>
                            <div class="actions">
                                <button class="action subscribe primary"
                                        title="Subscribe"
                                        type="submit"
                                        aria-label="Subscribe">
                                    <span>Subscribe</span>
                                </button>
                            </div>
                        </form>
                    </div>
                </div>
                <div class="widget block block-static-block">
                    <div class="footer-links-columns">
                <ul class="footer links">
                <li class="nav item"><a href="%1$s/about-us">About us</a></li>
                <li class="nav item"><a href="%1$s/customer-service">Customer Service</a></li>
                <li class="nav item"><a href="%1$s/blog/">Journal</a></li>
                <li class="nav item"><a href="%1$s/customer/account/">My Account</a></li>
                <li class="nav item"><a href="%1$s/wishlist/">My Wish List</a></li>
                </ul>
                <ul class="footer links social">
                <li class="nav item"><a href="https://www.instagram.com/harborandpine.example/" target="_blank" rel="noopener">Instagram</a></li>
                <li class="nav item"><a href="https://www.facebook.com/harborandpine.example" target="_blank" rel="noopener">Facebook</a></li>
                <li class="nav item"><a href="https://www.youtube.com/@harborandpine-example" target="_blank" rel="noopener">YouTube</a></li>
                <li class="nav item"><a href="https://www.trustpilot.com/review/harborandpine.example" target="_blank" rel="noopener">Reviews on Trustpilot</a></li>
                </ul>
                    </div>
                </div>
                <ul class="footer links"><li class="nav item"><a href="%1$s/search/term/popular/">Search Terms</a></li><li class="nav item"><a href="%1$s/privacy-policy-cookie-restriction-mode/">Privacy and Cookie Policy</a></li><li class="nav item"><a href="%1$s/sales/guest/form/">Orders and Returns</a></li><li class="nav item"><a href="%1$s/contact/">Contact Us</a></li><li class="nav item"><a href="%1$s/catalogsearch/advanced/" data-action="advanced-search">Advanced Search</a></li></ul></div></footer><script type="text/x-magento-init">
                        {
                            "*": {
                                "Magento_Ui/js/core/app": {
                                    "components": {
                                        "storage-manager": {
                                            "component": "Magento_Catalog/js/storage-manager",
                                            "appendTo": "",
                                            "storagesConfiguration" : {"recently_viewed_product":{"requestConfig":{"syncUrl":"%2$s"},"lifetime":"1000","allowToSendRequest":null},"recently_compared_product":{"requestConfig":{"syncUrl":"%2$s"},"lifetime":"1000","allowToSendRequest":null},"product_data_storage":{"updateRequestConfig":{"url":"%3$s"},"requestConfig":{"syncUrl":"%2$s"},"allowToSendRequest":null}}                        }
                                    }
                                }
                            }
                        }
                </script>
                <small class="copyright">
                    <span>Copyright © 2015-present Harbor &amp; Pine Outfitters Ltd. All rights reserved.</span>
                </small>
                </div>    </body>
                </html>
                """.formatted(b, jsonUrl(b + "/catalog/product/frontend_action_synchronize/"),
                jsonUrl(b + "/rest/default/V1/products-render-info"));
    }

    private String pageTitle(String title, boolean product) {
        if (product) {
            return "<div class=\"page-title-wrapper&#x20;product\">\n    <h1 class=\"page-title\"\n                >\n"
                    + "        <span class=\"base\" data-ui-id=\"page-title-wrapper\" itemprop=\"name\">" + esc(title)
                    + "</span>    </h1>\n    </div>\n";
        }
        return "<div class=\"page-title-wrapper\">\n    <h1 class=\"page-title\"\n         id=\"page-title-heading\"                     aria-labelledby=\"page-title-heading&#x20;toolbar-amount\"\n        >\n"
                + "        <span class=\"base\" data-ui-id=\"page-title-wrapper\" >" + esc(title) + "</span>    </h1>\n    </div>\n";
    }

    private String mainOpen() {
        return "<main id=\"maincontent\" class=\"page-main\"><a id=\"contentarea\" tabindex=\"-1\"></a>\n";
    }

    private String messages() {
        return "<div class=\"page messages\"><div data-placeholder=\"messages\"></div>\n<div data-bind=\"scope: 'messages'\">\n"
                + "    <!-- ko if: cookieMessages && cookieMessages.length > 0 -->\n"
                + "    <div aria-atomic=\"true\" role=\"alert\" data-bind=\"foreach: { data: cookieMessages, as: 'message' }\" class=\"messages\">\n"
                + "        <div data-bind=\"attr: {\n            class: 'message-' + message.type + ' ' + message.type + ' message',\n"
                + "            'data-ui-id': 'message-' + message.type\n        }\">\n            <div data-bind=\"html: $parent.prepareMessageForHtml(message.text)\"></div>\n"
                + "        </div>\n    </div>\n    <!-- /ko -->\n</div>\n</div>";
    }

    // -------------------------------------------------------------- price box (final_price.phtml + amount/default.phtml)

    private String priceBox(Product p, boolean schema, String idSuffix) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"price-box price-final_price\" data-role=\"priceBox\" data-product-id=\"").append(p.id())
                .append("\" data-price-box=\"product-id-").append(p.id()).append("\">\n\n");
        if (p.special() != null) {
            sb.append("    <span class=\"special-price\">\n        ")
                    .append(amountHtml(p.special(), "Special Price", "product-price-" + p.id() + idSuffix, "finalPrice", schema))
                    .append("    </span>\n    <span class=\"old-price\">\n        ")
                    .append(amountHtml(p.price(), "Regular Price", "old-price-" + p.id() + idSuffix, "oldPrice", false))
                    .append("    </span>\n\n");
        } else {
            sb.append(amountHtml(p.price(), null, "product-price-" + p.id() + idSuffix, "finalPrice", schema)).append("\n");
        }
        sb.append("</div>");
        return sb.toString();
    }

    private String amountHtml(BigDecimal v, String label, String priceId, String type, boolean schema) {
        StringBuilder sb = new StringBuilder();
        sb.append("<span class=\"price-container price-final_price&#x20;tax&#x20;weee\"\n        ");
        if (schema) {
            sb.append(" itemprop=\"offers\" itemscope itemtype=\"http://schema.org/Offer\"");
        }
        sb.append(">\n");
        if (label != null) {
            sb.append("            <span class=\"price-label\">").append(label).append("</span>\n");
        }
        sb.append("        <span  id=\"").append(priceId).append("\"                data-price-amount=\"").append(amount(v))
                .append("\"\n        data-price-type=\"").append(type).append("\"\n        class=\"price-wrapper \"\n    >")
                .append("<span class=\"price\">").append(money(v)).append("</span></span>\n");
        if (schema) {
            sb.append("                <meta itemprop=\"price\" content=\"").append(amount(v)).append("\" />\n")
                    .append("        <meta itemprop=\"priceCurrency\" content=\"USD\" />\n");
        }
        sb.append("    </span>\n");
        return sb.toString();
    }

    private String imageHtml(String b, Product p, int w, int h) {
        return "<span class=\"product-image-container product-image-container-" + p.id() + "\">\n"
                + "    <span class=\"product-image-wrapper\">\n        <img class=\"product-image-photo\"\n"
                + "                        src=\"" + image(b, p) + "\"\n            loading=\"lazy\"\n"
                + "            width=\"" + w + "\"\n            height=\"" + h + "\"\n            alt=\"" + esc(p.name()) + "\"/></span>\n</span>\n"
                + "<style>.product-image-container-" + p.id() + " {\n    width: " + w + "px;\n}\n.product-image-container-" + p.id()
                + " span.product-image-wrapper {\n    padding-bottom: 125%;\n}</style>";
    }

    private String addToLinks(String b, Product p, String current) {
        String u = uenc(current);
        return "<a href=\"#\"\n   class=\"action towishlist\"\n   title=\"Add&#x20;to&#x20;Wish&#x20;List\"\n   aria-label=\"Add&#x20;to&#x20;Wish&#x20;List\"\n"
                + "   data-post='{\"action\":\"" + jsonUrl(b + "/wishlist/index/add/") + "\",\"data\":{\"product\":" + p.id() + ",\"uenc\":\"" + u + "\"}}'\n"
                + "   data-action=\"add-to-wishlist\"\n   role=\"button\">\n    <span>Add to Wish List</span>\n</a>\n"
                + "<a href=\"#\"\n   class=\"action tocompare\"\n   title=\"Add&#x20;to&#x20;Compare\"\n   aria-label=\"Add&#x20;to&#x20;Compare\"\n"
                + "   data-post='{\"action\":\"" + jsonUrl(b + "/catalog/product_compare/add/") + "\",\"data\":{\"product\":\"" + p.id() + "\",\"uenc\":\"" + u + "\"}}'\n"
                + "   role=\"button\">\n    <span>Add to Compare</span>\n</a>\n";
    }

    private String reviewSummaryShort(String b, String productUrl, Product p) {
        if (p.reviews() == 0) {
            return "";
        }
        return "    <div class=\"product-reviews-summary short\">\n                <div class=\"rating-summary\">\n"
                + "            <span class=\"label\"><span>Rating:</span></span>\n            <div class=\"rating-result\"\n"
                + "                 id=\"rating-result_" + p.id() + "\"\n                 title=\"" + p.ratingPercent() + "%\">\n"
                + "                <span>\n                    <span>" + p.ratingPercent() + "%</span>\n                </span>\n            </div>\n        </div>\n"
                + "                <div class=\"reviews-actions\">\n            <a class=\"action view\"\n               href=\"" + productUrl + "#reviews\">"
                + p.reviews() + "&nbsp;<span>" + (p.reviews() == 1 ? "Review" : "Reviews") + "</span>\n            </a>\n        </div>\n    </div>\n";
    }

    // -------------------------------------------------------------- category page

    private static final class View {
        int page = 1;
        String order = "position";
        String dir = "asc";
        String mode = "grid";
        int limit = 12;
        Integer catFilter;
        String priceFilter; // "100-200" or "300-"
        Color colorFilter;
        final Map<String, String> params = new LinkedHashMap<>(); // recognised, in request order
    }

    private View view(Cat c, Map<String, String> q) {
        View v = new View();
        for (Map.Entry<String, String> e : q.entrySet()) {
            String k = e.getKey();
            String val = e.getValue();
            switch (k) {
                case "p" -> {
                    try {
                        v.page = Math.max(1, Integer.parseInt(val));
                        v.params.put(k, val);
                    } catch (NumberFormatException ignored) {
                        // Magento treats a non-numeric p as page 1
                    }
                }
                case "product_list_order" -> {
                    if (List.of("position", "name", "price").contains(val)) {
                        v.order = val;
                        v.params.put(k, val);
                    }
                }
                case "product_list_dir" -> {
                    if (val.equals("asc") || val.equals("desc")) {
                        v.dir = val;
                        v.params.put(k, val);
                    }
                }
                case "product_list_mode" -> {
                    if (val.equals("grid") || val.equals("list")) {
                        v.mode = val;
                        v.params.put(k, val);
                    }
                }
                case "product_list_limit" -> v.params.put(k, val);
                case "cat" -> {
                    try {
                        int id = Integer.parseInt(val);
                        Cat sub = cat(id);
                        if (sub != null && sub.parentId() == c.id()) {
                            v.catFilter = id;
                            v.params.put(k, val);
                        }
                    } catch (NumberFormatException ignored) {
                        // ignored filter
                    }
                }
                case "price" -> {
                    if (val.matches("\\d+-\\d*")) {
                        v.priceFilter = val;
                        v.params.put(k, val);
                    }
                }
                case "color" -> {
                    for (Color col : COLORS) {
                        if (String.valueOf(col.optionId()).equals(val)) {
                            v.colorFilter = col;
                            v.params.put(k, val);
                        }
                    }
                }
                default -> {
                    // unknown parameters (utm_*, sort_by, …) do not change the listing
                }
            }
        }
        List<Integer> limits = v.mode.equals("grid") ? List.of(12, 24, 36) : List.of(5, 10, 15, 20, 25);
        v.limit = v.mode.equals("grid") ? 12 : 10;
        String l = v.params.get("product_list_limit");
        if (l != null) {
            try {
                int li = Integer.parseInt(l);
                if (limits.contains(li)) {
                    v.limit = li;
                } else {
                    v.params.remove("product_list_limit");
                }
            } catch (NumberFormatException e) {
                v.params.remove("product_list_limit");
            }
        }
        return v;
    }

    private static boolean priceIn(Product p, String range) {
        String[] parts = range.split("-", -1);
        BigDecimal from = new BigDecimal(parts[0]);
        BigDecimal fp = p.finalPrice();
        if (fp.compareTo(from) < 0) {
            return false;
        }
        return parts[1].isEmpty() || fp.compareTo(new BigDecimal(parts[1])) < 0;
    }

    private List<Product> filtered(Cat c, View v, boolean applyCat, boolean applyPrice, boolean applyColor) {
        List<Product> out = new ArrayList<>();
        for (Product p : listing(c)) {
            if (applyCat && v.catFilter != null && !inTree(p, cat(v.catFilter))) {
                continue;
            }
            if (applyPrice && v.priceFilter != null && !priceIn(p, v.priceFilter)) {
                continue;
            }
            if (applyColor && v.colorFilter != null && !p.color().equals(v.colorFilter)) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** Magento's getUrl('*\/*\/*', ['_current' => true, '_escape' => true, '_query' => $changes]). */
    private String listUrl(String b, Cat c, View v, Map<String, String> changes) {
        Map<String, String> m = new LinkedHashMap<>(v.params);
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (e.getValue() == null) {
                m.remove(e.getKey());
            } else {
                m.put(e.getKey(), e.getValue());
            }
        }
        StringBuilder sb = new StringBuilder(b).append(c.path());
        String sep = "?";
        for (Map.Entry<String, String> e : m.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&amp;";
        }
        return sb.toString();
    }

    private static Map<String, String> change(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private String categoryPage(Cat c, Map<String, String> query, String b) {
        View v = view(c, query);
        List<Product> items = filtered(c, v, true, true, true);
        Comparator<Product> cmp = switch (v.order) {
            case "name" -> Comparator.comparing(Product::name);
            case "price" -> Comparator.comparing(Product::finalPrice);
            default -> Comparator.comparingInt(Product::id);
        };
        if (v.dir.equals("desc")) {
            cmp = cmp.reversed();
        }
        items.sort(cmp);
        int total = items.size();
        int last = Math.max(1, (total + v.limit - 1) / v.limit);
        int page = Math.min(v.page, last); // Magento's collection clamps a page past the end to the last page
        int from = (page - 1) * v.limit;
        List<Product> pageItems = items.subList(Math.min(from, total), Math.min(from + v.limit, total));
        String selfUrl = listUrl(b, c, v, Map.of()).replace("&amp;", "&");

        String bodyClass = "page-with-filter page-products categorypath-" + c.path().substring(1, c.path().length() - 5).replace('/', '-')
                + " category-" + c.urlKey() + " catalog-category-view page-layout-2columns-left";
        String canonical = "<link  rel=\"canonical\" href=\"" + b + c.path() + "\" />\n";
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, c.name(), c.description(), "INDEX,FOLLOW", canonical));
        sb.append(bodyOpen(b, bodyClass, false));
        sb.append(header(b, selfUrl));
        List<String[]> crumbs = new ArrayList<>();
        crumbs.add(new String[]{"home", "Home", b + "/", "Go to Home Page"});
        Cat parent = cat(c.parentId());
        if (parent != null) {
            crumbs.add(new String[]{"category" + parent.id(), parent.name(), b + parent.path(), ""});
        }
        crumbs.add(new String[]{"category" + c.id(), c.name(), null, ""});
        sb.append(breadcrumbs(b, crumbs));
        sb.append(mainOpen());
        sb.append(pageTitle(c.name(), false));
        sb.append(messages());
        sb.append("<div class=\"category-view\">    <div class=\"category-description\">\n        <p>")
                .append(esc(c.description())).append("</p>    </div>\n</div>");
        sb.append("<div class=\"columns\"><div class=\"column main\"><input name=\"form_key\" type=\"hidden\" value=\"").append(FORM_KEY).append("\" />");
        sb.append("<div id=\"authenticationPopup\" data-bind=\"scope:'authenticationPopup', style: {display: 'none'}\">\n")
                .append("        <script>window.authenticationPopup = {\"autocomplete\":\"off\",\"customerRegisterUrl\":\"")
                .append(jsonUrl(b + "/customer/account/create/")).append("\",\"customerForgotPasswordUrl\":\"")
                .append(jsonUrl(b + "/customer/account/forgotpassword/")).append("\",\"baseUrl\":\"").append(jsonUrl(b + "/"))
                .append("\",\"customerLoginUrl\":\"").append(jsonUrl(b + "/customer/ajax/login/")).append("\"}</script>    <!-- ko template: getTemplate() --><!-- /ko -->\n</div>\n");
        if (pageItems.isEmpty()) {
            sb.append("<div class=\"message info empty\">\n        <div>We can&#039;t find products matching the selection.</div>\n    </div>\n");
        } else {
            sb.append(toolbar(b, c, v, total, page, last, false));
            boolean grid = v.mode.equals("grid");
            String mode = grid ? "grid" : "list";
            sb.append("<div class=\"products wrapper ").append(mode).append(" products-").append(mode).append("\">\n")
                    .append("        <ol class=\"products list items product-items\">\n");
            for (Product p : pageItems) {
                String url = b + c.productPrefix() + p.key() + ".html";
                sb.append("                        <li class=\"item product product-item\">\n")
                        .append("                <div class=\"product-item-info\"\n                     id=\"product-item-info_").append(p.id())
                        .append("\"\n                     data-container=\"product-").append(mode).append("\">\n")
                        .append("                                                            <a href=\"").append(url)
                        .append("\"\n                       class=\"product photo product-item-photo\"\n                       tabindex=\"-1\">\n")
                        .append(imageHtml(b, p, grid ? 240 : 240, grid ? 300 : 300))
                        .append("                    </a>\n                    <div class=\"product details product-item-details\">\n")
                        .append("                                                <strong class=\"product name product-item-name\">\n")
                        .append("                            <a class=\"product-item-link\"\n                               href=\"").append(url).append("\">\n")
                        .append("                                ").append(esc(p.name())).append("                            </a>\n")
                        .append("                        </strong>\n")
                        .append(reviewSummaryShort(b, url, p))
                        .append(priceBox(p, false, ""))
                        .append("\n                        <div class=\"product-item-inner\">\n")
                        .append("                            <div class=\"product actions product-item-actions\">\n")
                        .append("                                <div class=\"actions-primary\">\n");
                if (p.inStock()) {
                    String add = b + "/checkout/cart/add/uenc/" + uenc(selfUrl) + "/product/" + p.id() + "/";
                    sb.append("                                                                                                                        <form data-role=\"tocart-form\"\n")
                            .append("                                              data-product-sku=\"").append(esc(p.sku())).append("\"\n")
                            .append("                                              action=\"").append(add).append("\"\n")
                            .append("                                              data-mage-init='{\"catalogAddToCart\": {}}'\n")
                            .append("                                              method=\"post\">\n")
                            .append("                                                                                        <input type=\"hidden\"\n")
                            .append("                                                   name=\"product\"\n                                                   value=\"").append(p.id()).append("\">\n")
                            .append("                                            <input type=\"hidden\"\n                                                   name=\"uenc\"\n")
                            .append("                                                   value=\"").append(uenc(add)).append("\">\n")
                            .append("                                            <input name=\"form_key\" type=\"hidden\" value=\"").append(FORM_KEY).append("\" />\n")
                            .append("                                            <button type=\"submit\"\n                                                    title=\"Add&#x20;to&#x20;Cart\"\n")
                            .append("                                                    class=\"action tocart primary\"\n                                                    disabled>\n")
                            .append("                                                <span>Add to Cart</span>\n                                            </button>\n")
                            .append("                                        </form>\n");
                } else {
                    sb.append("                                                                                    <div class=\"stock unavailable\">\n")
                            .append("                                                <span>Out of stock</span></div>\n");
                }
                sb.append("                                                                    </div>\n")
                        .append("                                                                <div data-role=\"add-to-links\" class=\"actions-secondary\">\n")
                        .append(addToLinks(b, p, selfUrl))
                        .append("                                                                    </div>\n")
                        .append("                                                            </div>\n");
                if (!grid) {
                    sb.append("                                                            <div class=\"product description product-item-description\">\n")
                            .append("                                    ").append(esc(shortDescription(p)))
                            .append("                                    <a href=\"").append(url).append("\"\n")
                            .append("                                       title=\"").append(esc(p.name())).append("\"\n")
                            .append("                                       class=\"action more\">Learn More</a>\n")
                            .append("                                </div>\n");
                }
                sb.append("                                                    </div>\n                    </div>\n                </div>\n")
                        .append("                            </li>\n");
            }
            sb.append("                    </ol>\n    </div>\n");
            sb.append(toolbar(b, c, v, total, page, last, true));
            sb.append("            <script type=\"text/x-magento-init\">\n        {\n            \"[data-role=tocart-form], .form.map.checkout\": {\n")
                    .append("                \"catalogAddToCart\": {\n                    \"product_sku\": \"").append(pageItems.get(pageItems.size() - 1).sku())
                    .append("\"\n                }\n            }\n        }\n        </script>\n");
        }
        sb.append("</div>");
        sb.append("<div class=\"sidebar sidebar-main\">");
        sb.append(layeredNav(b, c, v));
        sb.append("</div>");
        sb.append("<div class=\"sidebar sidebar-additional\"><div class=\"block block-compare\" data-bind=\"scope: 'compareProducts'\" data-role=\"compare-products-sidebar\">\n")
                .append("    <div class=\"block-title\">\n        <strong id=\"block-compare-heading\" role=\"heading\" aria-level=\"2\">Compare Products</strong>\n")
                .append("        <span class=\"counter qty no-display\" data-bind=\"text: compareProducts().countCaption, css: {'no-display': !compareProducts().count}\"></span>\n")
                .append("    </div>\n    <!-- ko if: compareProducts().count -->\n    <div class=\"block-content no-display\" aria-labelledby=\"block-compare-heading\" data-bind=\"css: {'no-display': !compareProducts().count}\">\n")
                .append("        <ol id=\"compare-items\" class=\"product-items product-items-names\" data-bind=\"foreach: compareProducts().items\">\n")
                .append("                <li class=\"product-item\">\n                    <strong class=\"product-item-name\">\n")
                .append("                        <a data-bind=\"attr: {href: product_url}, html: name\" class=\"product-item-link\"></a>\n")
                .append("                    </strong>\n                </li>\n        </ol>\n    </div>\n    <!-- /ko -->\n")
                .append("    <!-- ko ifnot: compareProducts().count -->\n    <div class=\"empty\">You have no items to compare.</div>\n    <!-- /ko -->\n</div>\n")
                .append("<div class=\"block block-wishlist\" data-bind=\"scope: 'wishlist'\">\n    <div class=\"block-title\">\n        <strong role=\"heading\" aria-level=\"2\">My Wish List</strong>\n")
                .append("        <!-- ko if: wishlist().counter -->\n        <span data-bind=\"text: wishlist().counter\" class=\"counter\"></span>\n        <!-- /ko -->\n    </div>\n")
                .append("    <div class=\"block-content\">\n        <strong class=\"subtitle\">Last Added Items</strong>\n        <!-- ko if: wishlist().counter -->\n")
                .append("            <ol class=\"product-items no-display\" id=\"wishlist-sidebar\" data-bind=\"foreach: wishlist().items, css: {'no-display': null}\">\n")
                .append("                <li class=\"product-item\">\n                    <div class=\"product-item-info\">\n")
                .append("                        <a class=\"product-item-photo\" data-bind=\"attr: { href: product_url, title: product_name }\">\n")
                .append("                            <!-- ko template: {name: $data.image.template, data: $data.image} --><!-- /ko -->\n                        </a>\n")
                .append("                    </div>\n                </li>\n            </ol>\n        <!-- /ko -->\n        <!-- ko ifnot: wishlist().counter -->\n")
                .append("            <div class=\"empty\">You have no items in your wish list.</div>\n        <!-- /ko -->\n    </div>\n</div>\n")
                .append("<div class=\"widget block block-viewed-products-grid\" data-bind=\"scope: 'recently_viewed_product.recently_viewed_product_sidebar'\">\n")
                .append("    <!-- ko template: getTemplate() --><!-- /ko -->\n</div>\n")
                .append("<script type=\"text/x-magento-init\">{\"*\":{\"Magento_Ui/js/core/app\":{\"components\":{\"recently_viewed_product\":{\"component\":\"uiComponent\",\"children\":{\"recently_viewed_product_sidebar\":{\"component\":\"Magento_Catalog/js/product/provider\",\"displayMode\":\"grid\",\"limit\":5,\"template\":\"Magento_Catalog/product/list/listing\"}}}}}}}</script>\n")
                .append("</div></div></main>");
        sb.append(footer(b));
        return sb.toString();
    }

    private String toolbar(String b, Cat c, View v, int total, int page, int last, boolean bottom) {
        String orderDefault = "position";
        StringBuilder sb = new StringBuilder();
        sb.append("        <div class=\"toolbar toolbar-products\" data-mage-init='{\"productListToolbarForm\":{\"mode\":\"product_list_mode\",")
                .append("\"direction\":\"product_list_dir\",\"order\":\"product_list_order\",\"limit\":\"product_list_limit\",")
                .append("\"modeDefault\":\"grid\",\"directionDefault\":\"asc\",\"orderDefault\":\"").append(orderDefault)
                .append("\",\"limitDefault\":").append(v.mode.equals("grid") ? 12 : 10).append(",\"url\":\"")
                .append(jsonUrl(listUrl(b, c, v, Map.of()).replace("&amp;", "&"))).append("\",\"formKey\":\"").append(FORM_KEY)
                .append("\",\"post\":false}}'>\n");
        if (bottom) {
            if (total > v.limit) {
                sb.append(pager(b, c, v, page, last));
            }
            sb.append("                <div class=\"field limiter\">\n    <label class=\"label\" for=\"limiter\">\n        <span>Show</span>\n    </label>\n")
                    .append("    <div class=\"control\">\n        <select id=\"limiter\" data-role=\"limiter\" class=\"limiter-options\">\n");
            List<Integer> limits = v.mode.equals("grid") ? List.of(12, 24, 36) : List.of(5, 10, 15, 20, 25);
            for (int l : limits) {
                sb.append("                            <option value=\"").append(l).append("\"")
                        .append(l == v.limit ? "\n                    selected=\"selected\"" : "").append(">\n                    ")
                        .append(l).append("                </option>\n");
            }
            sb.append("                    </select>\n    </div>\n    <span class=\"limiter-text\">per page</span>\n</div>\n");
        } else {
            boolean grid = v.mode.equals("grid");
            sb.append("                                <div class=\"modes\">\n                            <strong class=\"modes-label\" id=\"modes-label\">View as</strong>\n");
            if (grid) {
                sb.append("                                                <strong title=\"Grid\"\n                            class=\"modes-mode active mode-grid\"\n")
                        .append("                            data-value=\"grid\">\n                        <span>Grid</span>\n                    </strong>\n")
                        .append("                                                                <a class=\"modes-mode mode-list\"\n                       title=\"List\"\n")
                        .append("                       href=\"#\"\n                       data-role=\"mode-switcher\"\n                       data-value=\"list\"\n")
                        .append("                       id=\"mode-list\"\n                       aria-labelledby=\"modes-label mode-list\">\n")
                        .append("                        <span>List</span>\n                    </a>\n");
            } else {
                sb.append("                                                <a class=\"modes-mode mode-grid\"\n                       title=\"Grid\"\n")
                        .append("                       href=\"#\"\n                       data-role=\"mode-switcher\"\n                       data-value=\"grid\"\n")
                        .append("                       id=\"mode-grid\"\n                       aria-labelledby=\"modes-label mode-grid\">\n")
                        .append("                        <span>Grid</span>\n                    </a>\n")
                        .append("                                                <strong title=\"List\"\n                            class=\"modes-mode active mode-list\"\n")
                        .append("                            data-value=\"list\">\n                        <span>List</span>\n                    </strong>\n");
            }
            sb.append("                                        </div>\n");
            sb.append("        <p class=\"toolbar-amount\" id=\"toolbar-amount\">\n");
            if (last > 1) {
                int first = (page - 1) * v.limit + 1;
                int lastNum = Math.min(page * v.limit, total);
                sb.append("            Items <span class=\"toolbar-number\">").append(first).append("</span>-<span class=\"toolbar-number\">")
                        .append(lastNum).append("</span> of <span class=\"toolbar-number\">").append(total).append("</span>    </p>\n");
            } else if (total == 1) {
                sb.append("            <span class=\"toolbar-number\">1</span> Item    </p>\n");
            } else {
                sb.append("            <span class=\"toolbar-number\">").append(total).append("</span> Items    </p>\n");
            }
            sb.append("    <div class=\"toolbar-sorter sorter\">\n    <label class=\"sorter-label\" for=\"sorter\">Sort By</label>\n")
                    .append("    <select id=\"sorter\" data-role=\"sorter\" class=\"sorter-options\">\n");
            for (String[] o : new String[][]{{"position", "Position"}, {"name", "Product Name"}, {"price", "Price"}}) {
                sb.append("                    <option value=\"").append(o[0]).append("\"\n")
                        .append(o[0].equals(v.order) ? "                                    selected=\"selected\"\n" : "")
                        .append("                                >\n                ").append(o[1]).append("            </option>\n");
            }
            sb.append("            </select>\n");
            if (v.dir.equals("desc")) {
                sb.append("            <a title=\"Set&#x20;Ascending&#x20;Direction\"\n           href=\"#\"\n           class=\"action sorter-action sort-desc\"\n")
                        .append("           data-role=\"direction-switcher\"\n           data-value=\"asc\">\n            <span>Set Ascending Direction</span>\n        </a>\n");
            } else {
                sb.append("            <a title=\"Set&#x20;Descending&#x20;Direction\"\n           href=\"#\"\n           class=\"action sorter-action sort-asc\"\n")
                        .append("           data-role=\"direction-switcher\"\n           data-value=\"desc\">\n            <span>Set Descending Direction</span>\n        </a>\n");
            }
            sb.append("    </div>\n");
        }
        sb.append("    </div>\n");
        return sb.toString();
    }

    /** Magento_Theme html/pager.phtml as the catalog toolbar configures it (no container, no amounts, frame 5, no jump). */
    private String pager(String b, Cat c, View v, int page, int last) {
        StringBuilder sb = new StringBuilder();
        sb.append("                <div class=\"pages\">\n            <strong class=\"label pages-label\" id=\"paging-label\">Page</strong>\n")
                .append("            <ul class=\"items pages-items\" aria-labelledby=\"paging-label\">\n");
        if (page > 1) {
            sb.append("                            <li class=\"item pages-item-previous\">\n")
                    .append("                                        <a class=\"action  previous\"\n                       href=\"")
                    .append(listUrl(b, c, v, change("p", String.valueOf(page - 1)))).append("\"\n                       title=\"Previous\">\n")
                    .append("                        <span class=\"label\">Page</span>\n                        <span>Previous</span>\n                    </a>\n")
                    .append("                </li>\n");
        }
        int start = 1;
        int end = last;
        if (last > 5) {
            int half = 3;
            if (page >= half && page <= last - half) {
                start = page - half + 1;
                end = start + 4;
            } else if (page < half) {
                end = 5;
            } else {
                start = last - 4;
            }
        }
        for (int n = start; n <= end; n++) {
            if (n == page) {
                sb.append("                                                <li class=\"item current\">\n                        <strong class=\"page\">\n")
                        .append("                            <span class=\"label\">You&#039;re currently reading page</span>\n")
                        .append("                            <span>").append(n).append("</span>\n                        </strong>\n                    </li>\n");
            } else {
                sb.append("                                    <li class=\"item\">\n                        <a href=\"")
                        .append(listUrl(b, c, v, change("p", String.valueOf(n)))).append("\" class=\"page\">\n")
                        .append("                            <span class=\"label\">Page</span>\n                            <span>").append(n)
                        .append("</span>\n                        </a>\n                    </li>\n");
            }
        }
        if (page < last) {
            sb.append("                            <li class=\"item pages-item-next\">\n")
                    .append("                                        <a class=\"action  next\"\n                       href=\"")
                    .append(listUrl(b, c, v, change("p", String.valueOf(page + 1)))).append("\"\n                       title=\"Next\">\n")
                    .append("                        <span class=\"label\">Page</span>\n                        <span>Next</span>\n                    </a>\n")
                    .append("                </li>\n");
        }
        sb.append("                        </ul>\n        </div>\n        \n");
        return sb.toString();
    }

    /** Magento_LayeredNavigation layer/view.phtml + layer/filter.phtml; colour via Magento_Swatches' layered renderer. */
    private String layeredNav(String b, Cat c, View v) {
        StringBuilder sb = new StringBuilder();
        sb.append("    <div class=\"block filter\" id=\"layered-filter-block\" data-mage-init='\n    {\n        \"collapsible\":\n        {\n")
                .append("            \"openedState\": \"active\",\n            \"collapsible\": true,\n            \"active\": false,\n")
                .append("            \"collateral\":\n            {\n                \"openedState\": \"filter-active\",\n                \"element\": \"body\"\n            }\n        }\n    }'>\n")
                .append("                <div class=\"block-title filter-title\" data-count=\"").append(v.params.keySet().stream().filter(k -> List.of("cat", "price", "color").contains(k)).count())
                .append("\">\n            <strong data-role=\"title\">Shop By</strong>\n        </div>\n        <div class=\"block-content filter-content\">\n");
        // state (Now Shopping by)
        List<String[]> state = new ArrayList<>();
        if (v.catFilter != null) {
            state.add(new String[]{"Category", esc(cat(v.catFilter).name()), listUrl(b, c, v, change("cat", null, "p", null))});
        }
        if (v.priceFilter != null) {
            state.add(new String[]{"Price", priceLabel(v.priceFilter), listUrl(b, c, v, change("price", null, "p", null))});
        }
        if (v.colorFilter != null) {
            state.add(new String[]{"Color", v.colorFilter.label(), listUrl(b, c, v, change("color", null, "p", null))});
        }
        if (!state.isEmpty()) {
            sb.append("            <div class=\"filter-current\">\n    <strong class=\"block-subtitle filter-current-subtitle\"\n            role=\"heading\"\n")
                    .append("            aria-level=\"2\"\n            data-count=\"").append(state.size()).append("\">Now Shopping by</strong>\n")
                    .append("    <ol class=\"items\">\n");
            for (String[] s : state) {
                sb.append("                    <li class=\"item\">\n                <span class=\"filter-label\">").append(s[0])
                        .append("</span>\n                <span class=\"filter-value\">").append(s[1]).append("</span>\n")
                        .append("                                    <a class=\"action remove\" href=\"").append(s[2]).append("\"\n")
                        .append("                       title=\"Remove ").append(s[0]).append(" ").append(s[1].replaceAll("<[^>]+>", ""))
                        .append("\">\n                        <span>Remove This Item</span>\n                    </a>\n                            </li>\n");
            }
            sb.append("            </ol>\n</div>\n");
            sb.append("                            <div class=\"block-actions filter-actions\">\n                    <a href=\"").append(b).append(c.path())
                    .append("\" class=\"action clear filter-clear\">\n                        <span>Clear All</span>\n                    </a>\n                </div>\n");
        }
        StringBuilder opts = new StringBuilder();
        // Category filter on an anchor category with children
        if (v.catFilter == null && !children(c).isEmpty()) {
            List<Product> base = filtered(c, v, false, true, true);
            StringBuilder items = new StringBuilder();
            for (Cat kid : children(c)) {
                long n = base.stream().filter(p -> inTree(p, kid)).count();
                if (n > 0) {
                    items.append(filterItem(listUrl(b, c, v, change("cat", String.valueOf(kid.id()), "p", null)), esc(kid.name()), n));
                }
            }
            if (items.length() > 0) {
                opts.append(filterBlock("Category", "<ol class=\"items\">\n" + items + "</ol>\n"));
            }
        }
        if (v.priceFilter == null) {
            List<Product> base = filtered(c, v, true, false, true);
            StringBuilder items = new StringBuilder();
            int[] bounds = {0, 100, 200, 300};
            for (int i = 0; i < bounds.length; i++) {
                String range = i == bounds.length - 1 ? bounds[i] + "-" : bounds[i] + "-" + bounds[i + 1];
                long n = base.stream().filter(p -> priceIn(p, range)).count();
                if (n > 0) {
                    items.append(filterItem(listUrl(b, c, v, change("price", range, "p", null)), priceLabel(range), n));
                }
            }
            if (items.length() > 0) {
                opts.append(filterBlock("Price", "<ol class=\"items\">\n" + items + "</ol>\n"));
            }
        }
        if (v.colorFilter == null) {
            List<Product> base = filtered(c, v, true, true, false);
            StringBuilder sw = new StringBuilder();
            for (Color col : COLORS) {
                long n = base.stream().filter(p -> p.color().equals(col)).count();
                if (n == 0) {
                    continue;
                }
                sw.append("                            <a href=\"").append(listUrl(b, c, v, change("color", String.valueOf(col.optionId()), "p", null)))
                        .append("\"\n                   rel=\"nofollow\"\n                   aria-label=\"").append(col.label())
                        .append("\"\n                   class=\"swatch-option-link-layered\">\n")
                        .append("                                                        <div class=\"swatch-option color \"\n")
                        .append("                             tabindex=\"-1\"\n                             option-type=\"1\"\n")
                        .append("                             option-id=\"").append(col.optionId()).append("\"\n")
                        .append("                             option-label=\"").append(col.label()).append("\"\n")
                        .append("                             option-tooltip-thumb=\"\"\n                             option-tooltip-value=\"").append(col.hex()).append("\"\n")
                        .append("                             style=\"background: ").append(col.hex())
                        .append(" no-repeat center; background-size: initial;\"></div>\n                                                </a>\n");
            }
            if (sw.length() > 0) {
                opts.append(filterBlock("Color", "<div class=\"swatch-attribute swatch-layered color\"\n     data-attribute-code=\"color\"\n"
                        + "     data-attribute-id=\"93\">\n    <div class=\"swatch-attribute-options clearfix\">\n" + sw + "            </div>\n</div>\n"));
            }
        }
        if (opts.length() > 0) {
            sb.append("                                                <strong role=\"heading\" aria-level=\"2\" class=\"block-subtitle filter-subtitle\">Shopping Options</strong>\n")
                    .append("                    <div class=\"filter-options\" id=\"narrow-by-list\" data-role=\"content\" data-mage-init='\n")
                    .append("                    {\n                        \"accordion\":\n                        {\n                            \"openedState\": \"active\",\n")
                    .append("                            \"collapsible\": true,\n                            \"active\": false,\n                            \"multipleCollapsible\": false\n")
                    .append("                        }\n                    }'>\n")
                    .append(opts)
                    .append("                    </div>\n");
        }
        sb.append("                    </div>\n    </div>\n");
        return sb.toString();
    }

    private String filterBlock(String name, String content) {
        return "                                    <div data-role=\"collapsible\" class=\"filter-options-item\">\n"
                + "                        <div data-role=\"title\" class=\"filter-options-title\">" + name + "</div>\n"
                + "                        <div data-role=\"content\" class=\"filter-options-content\">" + content + "</div>\n"
                + "                    </div>\n";
    }

    private String filterItem(String href, String label, long count) {
        return "        <li class=\"item\">\n                            <a\n                    href=\"" + href + "\"\n"
                + "                    rel=\"nofollow\"\n                >" + label + "<span\n                        class=\"count\">" + count
                + "<span\n                            class=\"filter-count-label\">\n                                " + (count == 1 ? "item" : "items")
                + "</span></span>\n                    </a>\n                    </li>\n";
    }

    private static String priceLabel(String range) {
        String[] parts = range.split("-", -1);
        BigDecimal from = new BigDecimal(parts[0]);
        if (parts[1].isEmpty()) {
            return "<span class=\"price\">" + money(from) + "</span> and above";
        }
        BigDecimal to = new BigDecimal(parts[1]).subtract(new BigDecimal("0.01"));
        return "<span class=\"price\">" + money(from) + "</span> - <span class=\"price\">" + money(to) + "</span>";
    }

    // -------------------------------------------------------------- product page

    private static String shortDescription(Product p) {
        return p.name() + " in " + p.color().label().toLowerCase(Locale.ROOT) + " " + p.material().toLowerCase(Locale.ROOT)
                + ", designed in our Harbor workshop and tested on the trail.";
    }

    private List<Product> related(Product p) {
        List<Product> out = new ArrayList<>();
        if (p.cats().isEmpty()) {
            return out;
        }
        Cat primary = cat(p.cats().get(0));
        for (Product o : listing(primary)) {
            if (o.id() != p.id() && out.size() < 4 && o.id() > p.id()) {
                out.add(o);
            }
        }
        for (Product o : listing(primary)) {
            if (o.id() != p.id() && out.size() < 4 && !out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private String productPage(Product p, String b) {
        String url = b + p.path();
        String st = b + STATIC;
        String name = p.name();
        StringBuilder extra = new StringBuilder();
        extra.append("<meta property=\"og:type\" content=\"product\" />\n")
                .append("<meta property=\"og:title\" content=\"").append(escAttr(name)).append("\" />\n")
                .append("<meta property=\"og:image\" content=\"").append(image(b, p)).append("\" />\n")
                .append("<meta property=\"og:description\" content=\"").append(escAttr(shortDescription(p))).append("\" />\n")
                .append("<meta property=\"og:url\" content=\"").append(url).append("\" />\n")
                .append("    <meta property=\"product:price:amount\" content=\"").append(amount(p.finalPrice())).append("\"/>\n")
                .append("    <meta property=\"product:price:currency\" content=\"USD\"/>\n")
                .append("<link  rel=\"canonical\" href=\"").append(url).append("\" />\n");
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, name, shortDescription(p), "INDEX,FOLLOW", extra.toString()));
        sb.append(bodyOpen(b, "catalog-product-view product-" + p.key() + " page-layout-1column", true));
        sb.append(header(b, url));
        // Product breadcrumbs are built client-side (Magento_Catalog product/breadcrumbs.phtml)
        sb.append("<div class=\"breadcrumbs\" data-mage-init='{\n    \"breadcrumbs\": {\n        \"categoryUrlSuffix\": \"&#x2E;html\",\n")
                .append("        \"useCategoryPathInUrl\": 1,\n        \"product\": \"").append(escAttr(name)).append("\"\n    }\n}'>\n</div>\n");
        sb.append(mainOpen());
        sb.append(messages());
        sb.append("<div class=\"columns\"><div class=\"column main\"><div class=\"product-info-main\">");
        sb.append(pageTitle(name, true));
        sb.append("<div class=\"product-info-price\">");
        sb.append(priceBox(p, true, ""));
        sb.append("<div class=\"product-info-stock-sku\">\n");
        if (p.inStock()) {
            sb.append("            <div class=\"stock available\" title=\"Availability\">\n            <span>In stock</span>\n        </div>\n");
        } else {
            sb.append("            <div class=\"stock unavailable\" title=\"Availability\">\n            <span>Out of stock</span>\n        </div>\n");
        }
        sb.append("\n<div class=\"product attribute sku\">\n            <strong class=\"type\">SKU</strong>\n")
                .append("        <div class=\"value\" itemprop=\"sku\">").append(esc(p.sku())).append("</div>\n</div>\n</div></div>\n");
        if (p.reviews() > 0) {
            sb.append("    <div class=\"product-reviews-summary\" itemprop=\"aggregateRating\" itemscope itemtype=\"http://schema.org/AggregateRating\">\n")
                    .append("                <div class=\"rating-summary\">\n             <span class=\"label\"><span>Rating:</span></span>\n")
                    .append("             <div class=\"rating-result\" title=\"").append(p.ratingPercent()).append("%\">\n")
                    .append("                 <span>\n                     <span>\n                         <span itemprop=\"ratingValue\">").append(p.ratingPercent())
                    .append("</span>% of <span itemprop=\"bestRating\">100</span>\n                     </span>\n                 </span>\n             </div>\n         </div>\n")
                    .append("                <div class=\"reviews-actions\">\n            <a class=\"action view\"\n               href=\"").append(url)
                    .append("#reviews\">\n                <span itemprop=\"reviewCount\">").append(p.reviews()).append("</span>&nbsp;\n")
                    .append("                <span>Reviews</span>\n            </a>\n            <a class=\"action add\" href=\"").append(url)
                    .append("#review-form\">Add Your Review</a>\n        </div>\n    </div>\n");
        } else {
            sb.append("    <div class=\"product-reviews-summary empty\">\n        <div class=\"reviews-actions\">\n            <a class=\"action add\" href=\"")
                    .append(url).append("#review-form\">\n                Be the first to review this product            </a>\n        </div>\n    </div>\n");
        }
        String add = b + "/checkout/cart/add/uenc/" + uenc(url) + "/product/" + p.id() + "/";
        sb.append("\n<div class=\"product-add-form\">\n    <form data-product-sku=\"").append(esc(p.sku()))
                .append("\"\n          action=\"").append(add).append("\" method=\"post\"\n          id=\"product_addtocart_form\">\n")
                .append("        <input type=\"hidden\" name=\"product\" value=\"").append(p.id()).append("\" />\n")
                .append("        <input type=\"hidden\" name=\"selected_configurable_option\" value=\"\" />\n")
                .append("        <input type=\"hidden\" name=\"related_product\" id=\"related-products-field\" value=\"\" />\n")
                .append("        <input type=\"hidden\" name=\"item\"  value=\"").append(p.id()).append("\" />\n")
                .append("        <input name=\"form_key\" type=\"hidden\" value=\"").append(FORM_KEY).append("\" />                                    \n");
        if (p.inStock()) {
            sb.append("<div class=\"box-tocart\">\n    <div class=\"fieldset\">\n                <div class=\"field qty\">\n")
                    .append("            <label class=\"label\" for=\"qty\"><span>Qty</span></label>\n            <div class=\"control\">\n")
                    .append("                <input type=\"number\"\n                       name=\"qty\"\n                       id=\"qty\"\n                       min=\"0\"\n")
                    .append("                       value=\"1\"\n                       title=\"Qty\"\n                       class=\"input-text qty\"\n")
                    .append("                       data-validate=\"{&quot;required-number&quot;:true,&quot;validate-item-quantity&quot;:{&quot;maxAllowed&quot;:10000}}\"\n")
                    .append("                       />\n            </div>\n        </div>\n                <div class=\"actions\">\n")
                    .append("            <button type=\"submit\"\n                    title=\"Add&#x20;to&#x20;Cart\"\n                    class=\"action primary tocart\"\n")
                    .append("                    id=\"product-addtocart-button\" disabled>\n                <span>Add to Cart</span>\n            </button>\n")
                    .append("                    </div>\n    </div>\n</div>\n");
        }
        sb.append("<script type=\"text/x-magento-init\">\n    {\n        \"#product_addtocart_form\": {\n            \"Magento_Catalog/js/validate-product\": {}\n        }\n    }\n</script>\n")
                .append("            </form>\n</div>\n\n");
        sb.append("<div class=\"product-social-links\"><div class=\"product-addto-links\" data-role=\"add-to-links\">\n")
                .append("        <a href=\"#\"\n       class=\"action towishlist\"\n       data-post='{\"action\":\"").append(jsonUrl(b + "/wishlist/index/add/"))
                .append("\",\"data\":{\"product\":").append(p.id()).append(",\"uenc\":\"").append(uenc(url)).append("\"}}'\n")
                .append("       data-action=\"add-to-wishlist\"><span>Add to Wish List</span></a>\n")
                .append("<a href=\"#\" data-post='{\"action\":\"").append(jsonUrl(b + "/catalog/product_compare/add/"))
                .append("\",\"data\":{\"product\":\"").append(p.id()).append("\",\"uenc\":\"").append(uenc(url)).append("\"}}'\n")
                .append("        data-role=\"add-to-links\"\n        class=\"action tocompare\"><span>Add to Compare</span></a>\n\n</div>\n</div>\n");
        sb.append("<div class=\"product attribute overview\">\n        <div class=\"value\" itemprop=\"description\">")
                .append(esc(shortDescription(p))).append("</div>\n</div>\n</div>");
        // gallery
        String img = image(b, p);
        sb.append("<div class=\"product media\"><a id=\"gallery-prev-area\" tabindex=\"-1\"></a>\n<div class=\"action-skip-wrapper\">")
                .append("<a class=\"action skip gallery-next-area\"\n   href=\"#gallery-next-area\">\n    <span>\n        Skip to the end of the images gallery    </span>\n</a>\n</div>")
                .append("<div class=\"gallery-placeholder _block-content-loading\" data-gallery-role=\"gallery-placeholder\">\n")
                .append("    <img\n        alt=\"main product photo\"\n        class=\"gallery-placeholder__image\"\n        src=\"").append(img)
                .append("\"\n        width=\"700\"\n        height=\"700\"\n    />\n</div>\n")
                .append("<script type=\"text/x-magento-init\">\n    {\n        \"[data-gallery-role=gallery-placeholder]\": {\n            \"mage/gallery/gallery\": {\n")
                .append("                \"mixins\":[\"magnifier/magnify\"],\n                \"magnifierOpts\": {\"fullscreenzoom\":\"20\",\"top\":\"\",\"left\":\"\",\"width\":\"\",\"height\":\"\",\"eventType\":\"hover\",\"enabled\":false},\n")
                .append("                \"data\": [{\"thumb\":\"").append(jsonUrl(img)).append("\",\"img\":\"").append(jsonUrl(img))
                .append("\",\"full\":\"").append(jsonUrl(img)).append("\",\"caption\":\"").append(name.replace("\"", "\\\"").replace("'", "\\u0027").replace("&", "\\u0026"))
                .append("\",\"position\":\"1\",\"isMain\":true,\"type\":\"image\",\"videoUrl\":null}],\n")
                .append("                \"options\": {\"nav\":\"thumbs\",\"loop\":true,\"keyboard\":true,\"arrows\":true,\"allowfullscreen\":true,\"showCaption\":false,\"width\":700,\"thumbwidth\":88,\"thumbheight\":110,\"height\":700,\"transitionduration\":500,\"transition\":\"slide\",\"navarrows\":true,\"navtype\":\"slides\",\"navdir\":\"horizontal\"},\n")
                .append("                \"fullscreen\": {\"nav\":\"thumbs\",\"loop\":true,\"navdir\":\"horizontal\",\"navarrows\":false,\"navtype\":\"slides\",\"arrows\":true,\"showCaption\":false,\"transitionduration\":500,\"transition\":\"slide\"},\n")
                .append("                 \"breakpoints\": {\"mobile\":{\"conditions\":{\"max-width\":\"767px\"},\"options\":{\"options\":{\"nav\":\"dots\"}}}}            }\n        }\n    }\n</script>\n")
                .append("<a id=\"gallery-next-area\" tabindex=\"-1\"></a>\n</div>");
        // details tabs
        sb.append("    <div class=\"product info detailed\">\n                <div class=\"product data items\" data-mage-init='{\"tabs\":{\"openedState\":\"active\"}}'>\n")
                .append("                                            <div class=\"data item title\"\n                     data-role=\"collapsible\" id=\"tab-label-description\">\n")
                .append("                    <a class=\"data switch\"\n                       tabindex=\"-1\"\n                       data-toggle=\"trigger\"\n")
                .append("                       href=\"#description\"\n                       id=\"tab-label-description-title\">\n                        Details                    </a>\n")
                .append("                </div>\n                <div class=\"data item content\"\n                     aria-labelledby=\"tab-label-description-title\" id=\"description\" data-role=\"content\">\n")
                .append("                    \n<div class=\"product attribute description\">\n        <div class=\"value\" ><p>").append(esc(shortDescription(p)))
                .append("</p><p>Every ").append(esc(p.material().toLowerCase(Locale.ROOT)))
                .append(" piece carries our five-year repair promise: send it back and we will fix it.</p></div>\n</div>\n                </div>\n")
                .append("                                            <div class=\"data item title\"\n                     data-role=\"collapsible\" id=\"tab-label-additional\">\n")
                .append("                    <a class=\"data switch\"\n                       tabindex=\"-1\"\n                       data-toggle=\"trigger\"\n")
                .append("                       href=\"#additional\"\n                       id=\"tab-label-additional-title\">\n                        More Information                    </a>\n")
                .append("                </div>\n                <div class=\"data item content\"\n                     aria-labelledby=\"tab-label-additional-title\" id=\"additional\" data-role=\"content\">\n")
                .append("                        <div class=\"additional-attributes-wrapper table-wrapper\">\n        <table class=\"data table additional-attributes\" id=\"product-attribute-specs-table\">\n")
                .append("            <caption class=\"table-caption\">More Information</caption>\n            <tbody>\n")
                .append("                            <tr>\n                    <th class=\"col label\" scope=\"row\">Color</th>\n                    <td class=\"col data\" data-th=\"Color\">")
                .append(p.color().label()).append("</td>\n                </tr>\n")
                .append("                            <tr>\n                    <th class=\"col label\" scope=\"row\">Material</th>\n                    <td class=\"col data\" data-th=\"Material\">")
                .append(esc(p.material())).append("</td>\n                </tr>\n")
                .append("                        </tbody>\n        </table>\n    </div>\n                </div>\n")
                .append("                                            <div class=\"data item title\"\n                     data-role=\"collapsible\" id=\"tab-label-reviews\">\n")
                .append("                    <a class=\"data switch\"\n                       tabindex=\"-1\"\n                       data-toggle=\"trigger\"\n")
                .append("                       href=\"#reviews\"\n                       id=\"tab-label-reviews-title\">\n                        Reviews")
                .append(p.reviews() > 0 ? "<span class=\"counter\">" + p.reviews() + "</span>" : "").append("                    </a>\n")
                .append("                </div>\n                <div class=\"data item content\"\n                     aria-labelledby=\"tab-label-reviews-title\" id=\"reviews\" data-role=\"content\">\n")
                .append("                    <div id=\"product-review-container\" data-role=\"product-review\"></div>\n")
                .append("<div class=\"block review-add\">\n    <div class=\"block-title\"><strong>You&#039;re reviewing:</strong></div>\n")
                .append("<div class=\"block-content\">\n<div class=\"message info notlogged\" id=\"review-form\">\n    <div>\n")
                .append("        Only registered users can write reviews. Please <a href=\"").append(b).append("/customer/account/login/referer/").append(uenc(url))
                .append("/\">Sign in</a> or <a href=\"").append(b).append("/customer/account/create/\">create an account</a>    </div>\n</div>\n</div>\n</div>\n")
                .append("                </div>\n                    </div>\n    </div>\n");
        // related products (Magento_Catalog product/list/items.phtml, type related)
        List<Product> rel = related(p);
        if (!rel.isEmpty()) {
            sb.append("\n<div class=\"block related\" data-mage-init='{\"relatedProducts\":{\"relatedCheckbox\":\".related.checkbox\"}}' data-limit=\"0\" data-shuffle=\"0\" data-shuffle-weighted=\"0\">\n")
                    .append("    <div class=\"block-title title\">\n        <strong id=\"block-related-heading\" role=\"heading\" aria-level=\"2\">Related Products</strong>\n    </div>\n")
                    .append("    <div class=\"block-content content\" aria-labelledby=\"block-related-heading\">\n")
                    .append("        <div class=\"block-actions\">\n            Check items to add to the cart or            <button type=\"button\" class=\"action select\" data-role=\"select-all\"><span>select all</span></button>\n        </div>\n")
                    .append("        <div class=\"products wrapper grid products-grid products-related\">\n            <ol class=\"products list items product-items\">\n");
            for (Product r : rel) {
                String ru = b + r.path();
                sb.append("                                    <li class=\"item product product-item\" style=\"display: none;\">\n")
                        .append("                                <div class=\"product-item-info related-available\">\n")
                        .append("                    <a href=\"").append(ru).append("\" class=\"product photo product-item-photo\">\n")
                        .append(imageHtml(b, r, 152, 190)).append("                    </a>\n")
                        .append("                    <div class=\"product details product-item-details\">\n")
                        .append("                        <strong class=\"product name product-item-name\"><a class=\"product-item-link\" title=\"")
                        .append(esc(r.name())).append("\" href=\"").append(ru).append("\">\n                            ").append(esc(r.name()))
                        .append("</a>\n                        </strong>\n\n                        ").append(priceBox(r, false, "related"))
                        .append("\n                                                                                                <div class=\"field choice related\">\n")
                        .append("                                        <input type=\"checkbox\" class=\"checkbox related\"  id=\"related-checkbox").append(r.id())
                        .append("\" name=\"related_products[]\" value=\"").append(r.id()).append("\" />\n")
                        .append("                                        <label class=\"label\" for=\"related-checkbox").append(r.id())
                        .append("\"><span>Add to Cart</span></label>\n                                    </div>\n")
                        .append("                                                                        </div>\n                </div>\n                </li>\n");
            }
            sb.append("                            </ol>\n        </div>\n    </div>\n</div>\n");
        }
        sb.append("<input name=\"form_key\" type=\"hidden\" value=\"").append(FORM_KEY).append("\" /><div id=\"authenticationPopup\" data-bind=\"scope:'authenticationPopup', style: {display: 'none'}\">\n")
                .append("    <!-- ko template: getTemplate() --><!-- /ko -->\n</div>\n")
                .append("<script type=\"text/x-magento-init\">\n    {\n        \"body\": {\n            \"addToWishlist\": {\"productType\":\"simple\"}        }\n    }\n</script>\n")
                .append("<script type=\"text/x-magento-init\">{\"*\":{\"Magento_Catalog/js/product/view/provider\":{\"data\":{\"items\":{\"")
                .append(p.id()).append("\":{\"add_to_cart_button\":{\"post_data\":\"{\\\"action\\\":\\\"").append(jsonUrl(add).replace("\\/", "\\\\\\/"))
                .append("\\\",\\\"data\\\":{\\\"product\\\":\\\"").append(p.id()).append("\\\",\\\"uenc\\\":\\\"").append(uenc(add))
                .append("\\\"}}\",\"url\":\"").append(jsonUrl(add)).append("\",\"required_options\":false},\"is_salable\":\"").append(p.inStock() ? "1" : "")
                .append("\",\"price_info\":{\"final_price\":").append(amount(p.finalPrice())).append(",\"max_price\":").append(amount(p.finalPrice()))
                .append(",\"regular_price\":").append(amount(p.price())).append(",\"special_price\":").append(p.special() == null ? "null" : amount(p.special()))
                .append(",\"formatted_prices\":{\"final_price\":\"<span class=\\\"price\\\">").append(money(p.finalPrice()))
                .append("<\\/span>\"}},\"name\":\"").append(name.replace("\"", "\\\"").replace("'", "\\u0027").replace("&", "\\u0026"))
                .append("\",\"type\":\"simple\",\"url\":\"").append(jsonUrl(url)).append("\",\"id\":").append(p.id())
                .append(",\"currency_code\":\"USD\",\"store_id\":1}},\"store\":\"1\",\"currency\":\"USD\",\"productCurrentScope\":\"website\"}}}}</script>\n");
        sb.append("</div></div></main>");
        sb.append(footer(b));
        return sb.toString();
    }

    // -------------------------------------------------------------- home page (CMS "home" + Catalog Products List widget)

    private String home(String b) {
        String st = b + STATIC;
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, "Harbor & Pine Outfitters | Outdoor Clothing and Camping Gear",
                "Outdoor clothing, hiking boots and camping gear, designed on the coast and tested on the trail.", "INDEX,FOLLOW", ""));
        sb.append(bodyOpen(b, "cms-home cms-index-index page-layout-1column", false));
        sb.append(header(b, b + "/"));
        sb.append(mainOpen());
        sb.append("<div class=\"page-title-wrapper\">\n    <h1 class=\"page-title\"\n                >\n        <span class=\"base\" data-ui-id=\"page-title-wrapper\" >Home Page</span>    </h1>\n    </div>\n");
        sb.append(messages());
        sb.append("<div class=\"columns\"><div class=\"column main\"><input name=\"form_key\" type=\"hidden\" value=\"").append(FORM_KEY).append("\" />");
        sb.append("<div data-content-type=\"row\" data-appearance=\"contained\" data-element=\"main\"><div data-enable-parallax=\"0\" data-parallax-speed=\"0.5\" data-background-images=\"{}\" data-element=\"inner\">")
                .append("<div class=\"blocks-promo\">\n")
                .append("    <a class=\"block-promo home-main\" href=\"").append(b).append("/apparel/jackets.html\">\n")
                .append("        <img src=\"").append(b).append("/media/wysiwyg/home/home-main.jpg\" alt=\"Storm season shells\" />\n")
                .append("        <span class=\"content bg-white\"><span class=\"info\">New Storm Season Shells</span><strong class=\"title\">Built for sideways rain</strong>")
                .append("<span class=\"action more button\">Shop Jackets</span></span>\n    </a>\n")
                .append("    <div class=\"block-promo-wrapper block-promo-hp\">\n")
                .append("        <a class=\"block-promo home-pants\" href=\"").append(b).append("/footwear/hiking-boots.html\">\n")
                .append("            <img src=\"").append(b).append("/media/wysiwyg/home/home-boots.jpg\" alt=\"\" />\n")
                .append("            <span class=\"content\"><strong class=\"title\">Boots that break in fast</strong><span class=\"info\">Free resoling for two years</span></span>\n        </a>\n")
                .append("        <a class=\"block-promo home-t-shirts\" href=\"").append(b).append("/sale.html\">\n")
                .append("            <span class=\"image\"><img src=\"").append(b).append("/media/wysiwyg/home/home-sale.jpg\" alt=\"\" /></span>\n")
                .append("            <span class=\"content\"><strong class=\"title\">Up to 25% off</strong><span class=\"info\">Last season&#039;s colours</span><span class=\"action more icon\">Shop Sale</span></span>\n        </a>\n")
                .append("        <a class=\"block-promo home-erin\" href=\"").append(b).append("/blog/\">\n")
                .append("            <img src=\"").append(b).append("/media/wysiwyg/home/home-journal.jpg\" alt=\"\" />\n")
                .append("            <span class=\"content\"><strong class=\"title\">From the Journal</strong><span class=\"info\">Wild camping on the north coast</span><span class=\"action more icon\">Read now</span></span>\n        </a>\n")
                .append("    </div>\n</div>\n")
                .append("<div class=\"content-heading\">\n    <h2 class=\"title\">Hot Sellers</h2>\n    <p class=\"info\">Here is what people are packing this month</p>\n</div>\n");
        // Magento_CatalogWidget product/widget/content/grid.phtml
        sb.append("<div class=\"block widget block-products-list grid\">\n        <div class=\"block-content\">\n        <!-- hot_sellers_list -->\n")
                .append("        <div class=\"products-grid grid\">\n            <ol class=\"product-items widget-product-grid\">\n");
        int[] hot = {1, 2, 14, 28, 40, 47, 38, 24};
        for (int id : hot) {
            Product p = product(id);
            String u = b + p.path();
            String add = b + "/checkout/cart/add/uenc/" + uenc(b + "/") + "/product/" + p.id() + "/";
            sb.append("                                <li class=\"product-item\">\n                    <div class=\"product-item-info\">\n")
                    .append("                        <a href=\"").append(u).append("\" class=\"product-item-photo\">\n")
                    .append(imageHtml(b, p, 300, 375)).append("                        </a>\n")
                    .append("                        <div class=\"product-item-details\">\n                            <strong class=\"product-item-name\">\n")
                    .append("                                <a title=\"").append(esc(p.name())).append("\"\n                                   href=\"").append(u)
                    .append("\"\n                                   class=\"product-item-link\">\n                                    ").append(esc(p.name()))
                    .append("                                </a>\n                            </strong>\n")
                    .append(reviewSummaryShort(b, u, p))
                    .append(priceBox(p, false, "widget-product-grid"))
                    .append("\n                                <div class=\"product-item-inner\">\n                                    <div class=\"product-item-actions\">\n")
                    .append("                                                                                    <div class=\"actions-primary\">\n");
            if (p.inStock()) {
                sb.append("                                                                                                                                <button class=\"action tocart primary\" data-post='{\"action\":\"")
                        .append(jsonUrl(add)).append("\",\"data\":{\"product\":\"").append(p.id()).append("\",\"uenc\":\"").append(uenc(add))
                        .append("\"}}' type=\"button\" title=\"Add&#x20;to&#x20;Cart\">\n")
                        .append("                                                        <span>Add to Cart</span>\n                                                    </button>\n");
            } else {
                sb.append("                                                                <div class=\"stock unavailable\"><span>Out of stock</span></div>\n");
            }
            sb.append("                                                                                            </div>\n")
                    .append("                                                                                                                            <div class=\"actions-secondary\" data-role=\"add-to-links\">\n")
                    .append(addToLinks(b, p, b + "/"))
                    .append("                                                </div>\n                                                                            </div>\n")
                    .append("                                </div>\n                                                    </div>\n                    </div>\n                </li>\n");
        }
        sb.append("                            </ol>\n        </div>\n            </div>\n</div>\n");
        sb.append("</div></div>");
        sb.append("<div class=\"widget block block-viewed-products-grid\" data-bind=\"scope: 'recently_viewed_product'\">\n    <!-- ko template: getTemplate() --><!-- /ko -->\n</div>\n");
        sb.append("</div></div></main>");
        sb.append(footer(b));
        return sb.toString();
    }

    // -------------------------------------------------------------- robots.txt & sitemap.xml

    private String robots(String b) {
        // design/search_engine_robots/custom_instructions as the merchant set it, then Magento_Sitemap's Robots block.
        return "User-agent: *\n"
                + "Disallow: /checkout/\n"
                + "Disallow: /customer/\n"
                + "Disallow: /wishlist/\n"
                + "Disallow: /catalogsearch/\n"
                + "Disallow: /catalog/product_compare/\n"
                + "Disallow: /catalog/category/view/\n"
                + "Disallow: /catalog/product/view/\n"
                + "Disallow: /sendfriend/\n"
                + "Disallow: /review/\n"
                + "Disallow: /*SID=\n"
                + "\n"
                + "Sitemap: " + b + "/sitemap.xml\n";
    }

    private static String lastmod(int n) {
        int day = 1 + (n * 7) % 28;
        int month = 1 + (n * 5) % 12;
        int hour = (n * 3) % 24;
        int minute = (n * 13) % 60;
        return String.format("2024-%02d-%02dT%02d:%02d:%02d+00:00", month, day, hour, minute, (n * 17) % 60);
    }

    private String sitemap(String b) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:content=\"http://www.google.com/schemas/sitemap-content/1.0\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n");
        // StoreUrl item provider (home page)
        sb.append("<url><loc>").append(b).append("/</loc><lastmod>").append(lastmod(99)).append("</lastmod><changefreq>daily</changefreq><priority>1.0</priority></url>");
        for (Cat c : cats) {
            sb.append("<url><loc>").append(b).append(c.path()).append("</loc><lastmod>").append(lastmod(c.id()))
                    .append("</lastmod><changefreq>daily</changefreq><priority>0.5</priority></url>");
        }
        for (Product p : products) {
            sb.append("<url><loc>").append(b).append(p.path()).append("</loc><lastmod>").append(lastmod(100 + p.id()))
                    .append("</lastmod><changefreq>daily</changefreq><priority>1.0</priority>")
                    .append("<image:image><image:loc>").append(b).append("/media/catalog/product/").append(p.key().charAt(0)).append('/')
                    .append(p.key().charAt(1)).append('/').append(p.key()).append(".jpg</image:loc><image:title>")
                    .append(esc(p.name()).replace("&#039;", "&#039;")).append("</image:title></image:image></url>");
        }
        for (String cms : List.of("about-us", "customer-service", "privacy-policy-cookie-restriction-mode")) {
            sb.append("<url><loc>").append(b).append('/').append(cms).append("</loc><lastmod>").append(lastmod(cms.length()))
                    .append("</lastmod><changefreq>daily</changefreq><priority>0.25</priority></url>");
        }
        sb.append("</urlset>");
        return sb.toString();
    }

    // -------------------------------------------------------------- CMS, account, cart, blog and other non-catalogue pages

    private FixturePage otherPage(String path, String b) {
        if (path.equals("/wishlist/") || path.equals("/wishlist") || path.equals("/customer/account/") || path.equals("/customer/account")) {
            // guests are sent to the login form
            return FixturePage.redirect(302, b + "/customer/account/login/");
        }
        if (path.startsWith("/customer/account/login/") || path.equals("/customer/account/login")) {
            return simple(b, path, "Customer Login", "customer-account-login",
                    "<div class=\"block block-customer-login\"><div class=\"block-title\"><strong id=\"block-customer-login-heading\" role=\"heading\" aria-level=\"2\">Registered Customers</strong></div>"
                            + "<div class=\"block-content\"><form class=\"form form-login\" action=\"" + b + "/customer/account/loginPost/\" method=\"post\" id=\"login-form\">"
                            + "<input name=\"form_key\" type=\"hidden\" value=\"" + FORM_KEY + "\" /><fieldset class=\"fieldset login\"><div class=\"field email required\"><label class=\"label\" for=\"email\"><span>Email</span></label>"
                            + "<div class=\"control\"><input name=\"login[username]\" type=\"email\" id=\"email\" class=\"input-text\" title=\"Email\"></div></div>"
                            + "<div class=\"actions-toolbar\"><div class=\"primary\"><button type=\"submit\" class=\"action login primary\" name=\"send\" id=\"send2\"><span>Sign In</span></button></div>"
                            + "<div class=\"secondary\"><a class=\"action remind\" href=\"" + b + "/customer/account/forgotpassword/\"><span>Forgot Your Password?</span></a></div></div></fieldset></form></div></div>"
                            + "<div class=\"block block-new-customer\"><div class=\"block-title\"><strong>New Customers</strong></div><div class=\"block-content\"><p>Creating an account has many benefits.</p>"
                            + "<div class=\"actions-toolbar\"><div class=\"primary\"><a href=\"" + b + "/customer/account/create/\" class=\"action create primary\"><span>Create an Account</span></a></div></div></div></div>");
        }
        switch (path) {
            case "/customer/account/create/":
            case "/customer/account/create":
                return simple(b, path, "Create New Customer Account", "customer-account-create",
                        "<form class=\"form create account form-create-account\" action=\"" + b + "/customer/account/createpost/\" method=\"post\" id=\"form-validate\">"
                                + "<fieldset class=\"fieldset create info\"><legend class=\"legend\"><span>Personal Information</span></legend></fieldset></form>");
            case "/customer/account/forgotpassword/":
                return simple(b, path, "Forgot Your Password?", "customer-account-forgotpassword",
                        "<form class=\"form password forget\" action=\"" + b + "/customer/account/forgotpasswordpost/\" method=\"post\" id=\"form-validate\"></form>");
            case "/checkout/cart/":
            case "/checkout/cart":
                return simple(b, path, "Shopping Cart", "checkout-cart-index",
                        "<div class=\"cart-empty\"><p>You have no items in your shopping cart.</p><p>Click <a href=\"" + b + "/\">here</a> to continue shopping.</p></div>");
            case "/contact/":
            case "/contact":
                return simple(b, path, "Contact Us", "contact-index-index",
                        "<form class=\"form contact\" action=\"" + b + "/contact/index/post/\" id=\"contact-form\" method=\"post\"><fieldset class=\"fieldset\"><legend class=\"legend\"><span>Write Us</span></legend>"
                                + "<div class=\"field note no-label\">Jot us a note and we’ll get back to you as quickly as possible.</div></fieldset></form>"
                                + "<p>Harbor &amp; Pine Outfitters, 14 Quay Street, Falmouth. Call <a href=\"tel:+441326000000\">01326 000000</a> or email <a href=\"mailto:hello@harborandpine.example\">hello@harborandpine.example</a>.</p>");
            case "/search/term/popular/":
                return simple(b, path, "Popular Search Terms", "search-term-popular",
                        "<ul class=\"search-terms\"><li class=\"item\"><a href=\"" + b + "/catalogsearch/result/?q=merino\" style=\"font-size:150%;\">merino</a></li>"
                                + "<li class=\"item\"><a href=\"" + b + "/catalogsearch/result/?q=tent\" style=\"font-size:100%;\">tent</a></li></ul>");
            case "/sales/guest/form/":
                return simple(b, path, "Orders and Returns", "sales-guest-form",
                        "<form class=\"form form-orders-search\" id=\"oar-widget-orders-and-returns-form\" action=\"" + b + "/sales/guest/view/\" method=\"post\" name=\"guest_post\"></form>");
            case "/catalogsearch/advanced/":
                return simple(b, path, "Advanced Search", "catalogsearch-advanced-index",
                        "<form class=\"form search advanced\" action=\"" + b + "/catalogsearch/advanced/result/\" method=\"get\" id=\"form-validate\"></form>");
            case "/catalogsearch/result/":
                return simple(b, path, "Search results", "catalogsearch-result-index",
                        "<div class=\"message notice\"><div>Your search returned no results.</div></div>");
            case "/about-us":
            case "/about-us/":
                return cms(b, path, "About us", "cms-about-us",
                        "<p>Harbor &amp; Pine started in 2009 in a boat shed on the Cornish coast. We design kit we want to use ourselves, and we repair what we sell.</p>"
                                + "<p>Read how we work in our <a href=\"" + b + "/blog/\">Journal</a> or <a href=\"" + b + "/contact/\">get in touch</a>.</p>");
            case "/customer-service":
            case "/customer-service/":
                return cms(b, path, "Customer Service", "cms-customer-service",
                        "<ul><li><a href=\"" + b + "/customer-service#shipping\">Shipping &amp; Delivery</a></li><li><a href=\"" + b + "/customer-service#returns\">Returns</a></li>"
                                + "<li><a href=\"" + b + "/sales/guest/form/\">Track an order</a></li></ul>"
                                + "<h2 id=\"shipping\">Shipping &amp; Delivery</h2><p>Free delivery over $75.</p><h2 id=\"returns\">Returns</h2><p>60 days, free.</p>");
            case "/privacy-policy-cookie-restriction-mode":
            case "/privacy-policy-cookie-restriction-mode/":
                return cms(b, path, "Privacy and Cookie Policy", "cms-privacy-policy-cookie-restriction-mode",
                        "<p>This privacy policy sets out how Harbor &amp; Pine Outfitters uses and protects any information that you give us when you use this website.</p>");
            case "/blog/":
            case "/blog":
                return simple(b, path, "Journal", "blog-index-index",
                        "<div class=\"post-list-wrapper\"><ol class=\"post-list\">"
                                + "<li class=\"post-holder\"><div class=\"post-header\"><h2 class=\"post-title\"><a class=\"post-item-link\" href=\"" + b + "/blog/wild-camping-north-coast/\">Wild camping on the north coast</a></h2></div></li>"
                                + "<li class=\"post-holder\"><div class=\"post-header\"><h2 class=\"post-title\"><a class=\"post-item-link\" href=\"" + b + "/blog/caring-for-waxed-cotton/\">Caring for waxed cotton</a></h2></div></li>"
                                + "</ol></div>");
            case "/blog/wild-camping-north-coast/":
                return simple(b, path, "Wild camping on the north coast", "blog-post-view",
                        "<div class=\"post-content\"><p>We took the <a href=\"" + b + "/lakeside-2-person-tent.html\">Lakeside 2-Person Tent</a> out for three nights.</p>"
                                + "<p><a href=\"" + b + "/blog/\">Back to the Journal</a></p></div>");
            case "/blog/caring-for-waxed-cotton/":
                return simple(b, path, "Caring for waxed cotton", "blog-post-view",
                        "<div class=\"post-content\"><p>Rewax once a season. Shop <a href=\"" + b + "/apparel/jackets.html\">jackets</a>.</p>"
                                + "<p><a href=\"" + b + "/blog/\">Back to the Journal</a></p></div>");
            default:
                return null;
        }
    }

    private FixturePage cms(String b, String path, String title, String bodyClass, String content) {
        return simple(b, path, title, "cms-page-view " + bodyClass, "<div data-content-type=\"row\" data-appearance=\"contained\" data-element=\"main\">" + content + "</div>");
    }

    private FixturePage simple(String b, String path, String title, String bodyClass, String content) {
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, title, "", path.startsWith("/customer") || path.startsWith("/checkout") ? "NOINDEX,NOFOLLOW" : "INDEX,FOLLOW", ""));
        sb.append(bodyOpen(b, bodyClass + " page-layout-1column", false));
        sb.append(header(b, b + path));
        sb.append(breadcrumbs(b, List.of(new String[]{"home", "Home", b + "/", "Go to Home Page"}, new String[]{"cms_page", title, null, ""})));
        sb.append(mainOpen());
        sb.append(pageTitle(title, false));
        sb.append(messages());
        sb.append("<div class=\"columns\"><div class=\"column main\"><input name=\"form_key\" type=\"hidden\" value=\"").append(FORM_KEY).append("\" />");
        sb.append(content);
        sb.append("</div></div></main>");
        sb.append(footer(b));
        return FixturePage.html(sb.toString());
    }
}
