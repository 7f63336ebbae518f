package caravan.shops;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A BigCommerce store on the Cornerstone (Stencil) theme, "Alder &amp; Ash Home".
 *
 * <p>Markup follows bigcommerce/cornerstone's templates (layout/base.html, common/header.html,
 * common/navigation.html, common/navigation-menu.html, common/navigation-list.html,
 * common/footer.html, common/breadcrumbs.html, common/paginator.html, pages/category.html,
 * category/sidebar.html, faceted-search/*, category/product-listing.html, products/grid.html,
 * products/card.html, products/price.html, pages/product.html, products/product-view.html,
 * products/tabs.html, products/carousel.html, products/schema.html) as the BigCommerce core
 * renders them: absolute store URLs with trailing slashes, {@code head.meta_tags} with a
 * single-quoted canonical and {@code <meta name='platform' content='bigcommerce.stencil' />},
 * {@code ?page=N} pagination, 12 products per category page (Cornerstone's
 * {@code categorypage_products_per_page}), {@code /xmlsitemap.php} sitemap index with
 * {@code ?type=…&page=1} children, and BigCommerce's default robots.txt.
 */
public final class BigCommerceCornerstoneShop implements FixtureShop {

    private static final String STORE = "Alder & Ash Home";
    private static final String CDN = "https://cdn11.bigcommerce.com/s-h4rb0r9x";
    private static final String THEME = CDN + "/stencil/5b1a7f60-9c1e-013c-4c8e-3a7c1b0d2e11/e/0d2f71a0-9c1f-013c-9ac2-1e6b4f9c3a20";
    private static final int PER_PAGE = 12;
    private static final String SHOP_ALL = "/shop-all/";
    private static final String SALE = "/sale/";

    private record Cat(int id, String path, String name, String parentPath, String blurb) {
    }

    private record Prod(int id, String slug, String name, String sku, String price, String was, String avail,
                        boolean options, String material, String blurb, List<String> cats) {
        String path() {
            return "/" + slug + "/";
        }
    }

    private record WebPage(String path, String name, String body) {
    }

    private final List<Cat> cats = new ArrayList<>();
    private final Map<String, Cat> catByPath = new LinkedHashMap<>();
    private final List<Prod> prods = new ArrayList<>();
    private final Map<String, Prod> prodByPath = new LinkedHashMap<>();
    private final Map<String, List<Prod>> listing = new LinkedHashMap<>();
    private final List<WebPage> webPages = new ArrayList<>();
    private final Map<String, WebPage> pageByPath = new LinkedHashMap<>();
    private final Map<String, String[]> blogPosts = new LinkedHashMap<>();

    public BigCommerceCornerstoneShop() {
        cat(23, SHOP_ALL, "Shop All", null, "Everything we make and stock, in one place.");
        cat(24, "/kitchen/", "Kitchen", null, "Tools and tableware for everyday cooking.");
        cat(25, "/kitchen/cookware/", "Cookware", "/kitchen/", "Pots and pans built to last decades.");
        cat(26, "/kitchen/cookware/cast-iron/", "Cast Iron", "/kitchen/cookware/", "Pre-seasoned iron, ready for the stove or the fire.");
        cat(27, "/kitchen/knives-boards/", "Knives & Boards", "/kitchen/", "Sharp steel and hardwood boards.");
        cat(28, "/bath/", "Bath", null, "Towels, robes and small luxuries for the bathroom.");
        cat(29, "/garden/", "Garden", null, "Hand tools, planters and seeds for small gardens.");
        cat(31, "/lighting/", "Lighting", null, "Lamps, pendants and candles for warm evenings.");
        cat(32, SALE, "Sale", null, "Limited-time prices on selected pieces.");

        String k = "/kitchen/", cw = "/kitchen/cookware/", ci = "/kitchen/cookware/cast-iron/", kb = "/kitchen/knives-boards/";
        String b = "/bath/", g = "/garden/", l = "/lighting/";
        p(112, "stoneware-utensil-crock", "Stoneware Utensil Crock", "UC-STN-01", "24.95", null, "InStock", false, "Stoneware", "A wide, heavy crock that keeps spatulas and spoons upright by the stove.", k, cw);
        p(113, "salt-pepper-mill-set", "Salt & Pepper Mill Set", "SPM-OAK-02", "38.45", null, "InStock", false, "Oak", "Two oak mills with ceramic burrs and an adjustable grind.", k, cw);
        p(114, "linen-tea-towels-set-of-3", "Linen Tea Towels, Set of 3", "TT-LIN-03", "19.95", "26.95", "InStock", false, "Linen", "Stonewashed linen towels that dry glassware without lint.", k);
        p(115, "enamel-butter-dish", "Enamel Butter Dish", "BD-ENM-04", "21.45", null, "InStock", false, "Enamel", "A covered enamel dish sized for a standard block of butter.", k);
        p(116, "beechwood-spoon-trio", "Beechwood Spoon Trio", "SP-BCH-05", "16.75", null, "InStock", false, "Beech", "Three oiled beechwood spoons: slotted, round and corner.", k);
        p(117, "glass-pantry-canister-2l", "Glass Pantry Canister 2L", "PC-GLS-06", "14.95", null, "OutOfStock", false, "Glass", "Borosilicate jar with a bamboo lid and silicone seal.", k);
        p(118, "tri-ply-saucepan-2qt", "Tri-Ply Saucepan 2qt", "SP-TRI-07", "64.99", null, "InStock", false, "Stainless Steel", "Fully clad saucepan with a pouring rim and tight lid.", cw);
        p(119, "carbon-steel-wok-14", "Carbon Steel Wok 14\"", "WK-CBS-08", "54.95", null, "InStock", false, "Carbon Steel", "Flat-bottomed wok for gas or induction, with a helper handle.", cw);
        p(120, "copper-saute-pan", "Copper Sauté Pan", "SA-COP-09", "149.95", "179.95", "InStock", false, "Copper", "Tin-lined copper pan with a cast bronze handle.", cw);
        p(121, "nonstick-crepe-pan", "Nonstick Crepe Pan", "CP-NST-10", "39.95", null, "InStock", false, "Aluminum", "Low-sided pan with a ceramic nonstick surface.", cw);
        p(122, "stainless-stockpot-8qt", "Stainless Stockpot 8qt", "ST-STL-11", "89.95", null, "InStock", true, "Stainless Steel", "Tall stockpot with an encapsulated base; lid optional.", cw);
        p(123, "ceramic-dutch-oven-5-5qt", "Ceramic Dutch Oven 5.5qt", "DO-CER-12", "119.95", null, "PreOrder", true, "Ceramic", "Glazed ceramic oven in four colours; ships next month.", cw);
        p(124, "pre-seasoned-skillet-10", "Pre-Seasoned Skillet 10\"", "CI-SKL-13", "34.95", null, "InStock", false, "Cast Iron", "A smooth-milled skillet seasoned with flaxseed oil.", ci, cw);
        p(125, "cast-iron-grill-press", "Cast Iron Grill Press", "CI-GPR-14", "22.95", null, "InStock", false, "Cast Iron", "Heavy press with a coil handle that stays cool.", ci, cw);
        p(126, "cast-iron-griddle-plate", "Cast Iron Griddle Plate", "CI-GRD-15", "44.95", "52.95", "InStock", false, "Cast Iron", "Reversible griddle spanning two burners.", ci);
        p(127, "mini-cast-iron-cocottes-pair", "Mini Cast Iron Cocottes (Pair)", "CI-COC-16", "29.95", null, "InStock", false, "Cast Iron", "Two single-serving cocottes with lids.", ci);
        p(128, "chefs-knife-8", "Chef's Knife 8\"", "KN-CHF-17", "79.95", null, "InStock", false, "Stainless Steel", "Forged chef's knife with a full tang and walnut handle.", kb);
        p(129, "paring-knife-3-5", "Paring Knife 3.5\"", "KN-PAR-18", "24.95", null, "InStock", false, "Stainless Steel", "A nimble paring knife for fruit and garnish.", kb);
        p(130, "bread-knife-serrated", "Bread Knife, Serrated", "KN-BRD-19", "42.95", null, "InStock", false, "Stainless Steel", "Scalloped edge that slices crusty loaves cleanly.", kb);
        p(131, "end-grain-maple-cutting-board", "End-Grain Maple Cutting Board", "CB-MPL-20", "89.95", null, "InStock", true, "Maple", "Self-healing end-grain board in two sizes.", kb);
        p(132, "olivewood-serving-board", "Olivewood Serving Board", "CB-OLV-21", "46.95", null, "InStock", false, "Olivewood", "Live-edge board for cheese and bread.", kb);
        p(133, "magnetic-knife-strip-16", "Magnetic Knife Strip 16\"", "KN-MAG-22", "32.95", null, "OutOfStock", false, "Walnut", "Walnut-faced strip with rare-earth magnets.", kb);
        p(134, "turkish-cotton-bath-towel", "Turkish Cotton Bath Towel", "BT-TRK-23", "28.95", null, "InStock", true, "Cotton", "Long-staple cotton towel in six colours.", b);
        p(135, "waffle-weave-robe", "Waffle Weave Robe", "RB-WAF-24", "68.95", null, "InStock", true, "Cotton", "Lightweight waffle robe, sizes S to XL.", b);
        p(136, "teak-shower-stool", "Teak Shower Stool", "SS-TEK-25", "94.95", null, "InStock", false, "Teak", "Solid teak stool that shrugs off water.", b);
        p(137, "cedar-bath-caddy", "Cedar Bath Caddy", "BC-CED-26", "39.95", "49.95", "InStock", false, "Cedar", "Extendable caddy with a book rest.", b);
        p(138, "oat-honey-bar-soap", "Oat & Honey Bar Soap", "SO-OAT-27", "8.95", null, "InStock", false, "Soap", "Cold-process soap with colloidal oat.", b);
        p(139, "ceramic-soap-dispenser", "Ceramic Soap Dispenser", "SD-CER-28", "18.95", null, "InStock", false, "Ceramic", "Matte ceramic pump bottle, 300 ml.", b);
        p(140, "bamboo-bath-mat", "Bamboo Bath Mat", "BM-BAM-29", "34.95", null, "InStock", false, "Bamboo", "Slatted bamboo mat on non-slip feet.", b);
        p(141, "eucalyptus-shower-bundle", "Eucalyptus Shower Bundle", "EU-BND-30", "12.95", null, "OutOfStock", false, "Botanical", "Fresh eucalyptus to hang from the shower head.", b);
        p(142, "galvanized-watering-can", "Galvanized Watering Can", "WC-GAL-31", "36.95", null, "InStock", false, "Steel", "Two-gallon can with a brass rose.", g);
        p(143, "terracotta-planter-large", "Terracotta Planter, Large", "TP-TER-32", "42.95", null, "InStock", true, "Terracotta", "Hand-thrown planter with saucer, three sizes.", g);
        p(144, "ash-handle-garden-trowel", "Ash-Handle Garden Trowel", "GT-ASH-33", "19.95", null, "InStock", false, "Steel", "Stainless blade on a turned ash handle.", g);
        p(145, "waxed-canvas-garden-apron", "Waxed Canvas Garden Apron", "GA-CAN-34", "45.95", null, "InStock", false, "Canvas", "Apron with tool pockets and leather ties.", g);
        p(146, "herb-seed-collection", "Herb Seed Collection", "HS-COL-35", "14.95", null, "InStock", false, "Seeds", "Eight heirloom herbs in paper packets.", g);
        p(147, "hanging-rope-planter", "Hanging Rope Planter", "HP-ROP-36", "24.95", "31.95", "InStock", false, "Cotton", "Macrame hanger with a glazed pot.", g);
        p(148, "copper-plant-markers-10", "Copper Plant Markers (10)", "PM-COP-37", "17.95", null, "InStock", false, "Copper", "Write-on copper markers that patina outdoors.", g);
        p(149, "folding-garden-kneeler", "Folding Garden Kneeler", "GK-FLD-38", "49.95", null, "InStock", false, "Steel", "Kneeler that flips into a seat.", g);
        p(150, "brass-task-lamp", "Brass Task Lamp", "LT-BRS-39", "129.95", null, "InStock", false, "Brass", "Articulated desk lamp in unlacquered brass.", l);
        p(151, "linen-drum-pendant", "Linen Drum Pendant", "PD-LIN-40", "149.95", null, "InStock", true, "Linen", "Drum shade pendant in two diameters.", l);
        p(152, "rattan-table-lamp", "Rattan Table Lamp", "LT-RAT-41", "99.95", "119.95", "InStock", false, "Rattan", "Woven rattan shade on a ceramic base.", l);
        p(153, "beeswax-pillar-candles-set-of-3", "Beeswax Pillar Candles (Set of 3)", "CN-BWX-42", "27.95", null, "InStock", false, "Beeswax", "Pure beeswax pillars with cotton wicks.", l);
        p(154, "edison-bulb-4-pack", "Edison Bulb 4-Pack", "BL-EDI-43", "21.95", null, "InStock", false, "Glass", "Dimmable LED filament bulbs, 2200K.", l);
        p(155, "iron-wall-sconce", "Iron Wall Sconce", "SC-IRN-44", "84.95", null, "InStock", false, "Iron", "Plug-in sconce with a swing arm.", l);
        p(156, "hurricane-lantern", "Hurricane Lantern", "LN-HUR-45", "44.95", null, "InStock", false, "Glass", "Glass lantern with a galvanized cap.", l);
        p(157, "plug-in-globe-string-lights", "Plug-In Globe String Lights", "SL-GLB-46", "36.95", null, "InStock", false, "Glass", "Twenty-five globe bulbs on a 25 ft cord.", l);
        // Visible and in the XML sitemap, but assigned to no category: reachable only from the sitemap.
        p(158, "walnut-spice-rack", "Walnut Spice Rack", "SR-WAL-47", "58.95", null, "InStock", false, "Walnut", "Wall-mounted rack for twenty jars.");

        for (Cat c : cats) {
            listing.put(c.path(), new ArrayList<>());
        }
        for (Prod pr : prods) {
            if (pr.cats().isEmpty()) {
                continue;
            }
            listing.get(SHOP_ALL).add(pr);
            for (String c : pr.cats()) {
                listing.get(c).add(pr);
            }
            if (pr.was() != null) {
                listing.get(SALE).add(pr);
            }
        }

        page("/about-us/", "About Us", "Alder &amp; Ash began in a two-car garage in Portland in 2014. We still test every pan on our own stove.");
        page("/contact-us/", "Contact Us", "Write to hello@alderandash.example or call (503) 555-0142, Monday to Friday, 9am to 5pm Pacific.");
        page("/shipping-returns/", "Shipping &amp; Returns", "Orders over $75 ship free within the contiguous US. Unused items may be returned within 30 days.");
        page("/blog/", "Blog", null);
        blogPosts.put("/blog/seasoning-cast-iron-the-slow-way/", new String[] {"Seasoning Cast Iron the Slow Way", "Thin coats, high heat, patience: our shop routine for a glassy finish."});
        blogPosts.put("/blog/five-herbs-for-a-windowsill/", new String[] {"Five Herbs for a Windowsill", "Basil, chives, thyme, mint and parsley all thrive in a bright kitchen window."});
        blogPosts.put("/blog/caring-for-linen/", new String[] {"Caring for Linen", "Wash cool, skip the softener, and line dry when you can."});
    }

    private void cat(int id, String path, String name, String parent, String blurb) {
        Cat c = new Cat(id, path, name, parent, blurb);
        cats.add(c);
        catByPath.put(path, c);
    }

    private void p(int id, String slug, String name, String sku, String price, String was, String avail, boolean options,
                   String material, String blurb, String... categories) {
        Prod pr = new Prod(id, slug, name, sku, price, was, avail, options, material, blurb, List.of(categories));
        prods.add(pr);
        prodByPath.put(pr.path(), pr);
    }

    private void page(String path, String name, String body) {
        WebPage w = new WebPage(path, name, body);
        webPages.add(w);
        pageByPath.put(path, w);
    }

    @Override
    public String name() {
        return "bigcommerce-cornerstone";
    }

    // ------------------------------------------------------------------------------------------ routing

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        String path = pathAndQuery;
        String query = null;
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q + 1);
        }
        Map<String, String> params = parseQuery(query);

        switch (path) {
            case "/robots.txt":
                return FixturePage.text(robots(baseUrl));
            case "/xmlsitemap.php":
                return sitemap(params, baseUrl);
            default:
                break;
        }
        // Currency switch: the store sets a cookie and sends the shopper back to the page without the parameter.
        if (params.containsKey("setCurrencyId")) {
            return FixturePage.redirect(302, baseUrl + path);
        }
        if (path.equals("/")) {
            return FixturePage.html(home(baseUrl));
        }
        // BigCommerce answers a known URL asked without its trailing slash with a 301 to the slashed form.
        if (!path.endsWith("/") && !path.contains(".") && (catByPath.containsKey(path + "/") || prodByPath.containsKey(path + "/")
                || pageByPath.containsKey(path + "/") || blogPosts.containsKey(path + "/"))) {
            return FixturePage.redirect(301, baseUrl + path + "/" + (query == null ? "" : "?" + query));
        }
        if (catByPath.containsKey(path)) {
            int pageNo = 1;
            String pg = params.get("page");
            if (pg != null) {
                try {
                    pageNo = Math.max(1, Integer.parseInt(pg));
                } catch (NumberFormatException e) {
                    pageNo = 1;
                }
            }
            // Facet (_bc_fsnf, Material, shipping, price_min/max, rating) and sort parameters are accepted and
            // answered like the plain listing page.
            return FixturePage.html(categoryPage(catByPath.get(path), pageNo, baseUrl));
        }
        if (prodByPath.containsKey(path)) {
            return FixturePage.html(productPage(prodByPath.get(path), baseUrl));
        }
        if (pageByPath.containsKey(path)) {
            return FixturePage.html(webPage(pageByPath.get(path), baseUrl));
        }
        if (blogPosts.containsKey(path)) {
            return FixturePage.html(blogPost(path, baseUrl));
        }
        switch (path) {
            case "/cart.php":
                if ("add".equals(params.get("action"))) {
                    return FixturePage.redirect(302, baseUrl + "/cart.php");
                }
                return FixturePage.html(simplePage("Your Cart", "cart", "<p>Your cart is empty</p>", "/cart.php", baseUrl));
            case "/login.php":
                if ("create_account".equals(params.get("action"))) {
                    return FixturePage.html(simplePage("Create Account", "createaccount",
                            "<form class=\"form\" action=\"" + baseUrl + "/login.php?action=save_new_account\" method=\"post\"></form>", "/login.php?action=create_account", baseUrl));
                }
                return FixturePage.html(simplePage("Sign in", "login",
                        "<form class=\"login-form form\" action=\"" + baseUrl + "/login.php?action=check_login\" method=\"post\"></form>"
                                + "<a class=\"forgot-password\" href=\"" + baseUrl + "/login.php?action=reset_password\">Forgot your password?</a>", "/login.php", baseUrl));
            case "/wishlist.php":
            case "/account.php":
                // Guests asking for wish lists or the account are sent to the sign-in page.
                return FixturePage.redirect(302, baseUrl + "/login.php");
            case "/giftcertificates.php":
                return FixturePage.html(simplePage("Gift Certificates", "gift_certificate", "<p>Purchase a gift certificate.</p>", "/giftcertificates.php", baseUrl));
            case "/compare":
                return FixturePage.html(simplePage("Comparing Products", "compare", "<p>You must select at least two products to compare</p>", "/compare", baseUrl));
            case "/search.php":
                return FixturePage.html(simplePage("Search Results", "search", "<p>Please enter a search term.</p>", "/search.php", baseUrl));
            case "/sitemap.php":
                return FixturePage.html(htmlSitemap(baseUrl));
            default:
                return null;
        }
    }

    private static Map<String, String> parseQuery(String query) {
        return FixtureHtml.query(query);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Handlebars' escapeExpression. */
    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                case '`' -> b.append("&#x60;");
                case '=' -> b.append("&#x3D;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** JSON.stringify of a string (what Stencil's JSONstringify helper emits). */
    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** JavaScript's encodeURI (the schema.html description is run through it). */
    private static String encodeUri(String s) {
        String keep = ";,/?:@&=+$-_.!~*'()#";
        StringBuilder b = new StringBuilder();
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c < 128 && keep.indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String money(String v) {
        return "$" + v;
    }

    private static String formEnc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String imageFile(Prod p) {
        return p.slug() + "__" + (30000 + p.id() * 7) + ".1712845130.jpg";
    }

    private static String image(Prod p, String size) {
        return CDN + "/images/stencil/" + size + "/products/" + p.id() + "/" + (400 + p.id()) + "/" + imageFile(p) + "?c=1";
    }

    private List<String> trail(String catPath) {
        List<String> t = new ArrayList<>();
        for (String c = catPath; c != null; c = catByPath.get(c).parentPath()) {
            t.add(0, c);
        }
        return t;
    }

    private String categoryNames(Prod p) {
        List<String> names = new ArrayList<>();
        for (String c : p.cats()) {
            List<String> t = trail(c);
            StringBuilder n = new StringBuilder();
            for (String x : t) {
                if (n.length() > 0) {
                    n.append('/');
                }
                n.append(catByPath.get(x).name());
            }
            names.add(n.toString());
        }
        names.add("Shop All");
        if (p.was() != null) {
            names.add("Sale");
        }
        return String.join(", ", names);
    }

    // ------------------------------------------------------------------------------------------ layout

    private String layout(String title, String metaTags, String headExtra, String templateFile, String jsContext,
                          String current, boolean homeH1, String body, String baseUrl) {
        StringBuilder s = new StringBuilder(40000);
        s.append("<!DOCTYPE html>\n<html class=\"no-js\" lang=\"en\">\n    <head>\n");
        s.append("        <title>").append(esc(title)).append("</title>\n");
        s.append("        ").append(metaTags).append("\n");
        s.append("        <link href=\"").append(CDN).append("/product_images/alder-ash-favicon.png?t=1712845130\" rel=\"shortcut icon\">\n");
        s.append("        <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        s.append("        <script nonce=\"\">\n            document.documentElement.className = document.documentElement.className.replace('no-js', 'js');\n        </script>\n");
        if (headExtra != null) {
            s.append(headExtra);
        }
        s.append("        <link data-stencil-stylesheet href=\"").append(THEME).append("/css/theme-7f3c2a10-9c20-013c-4c8e-3a7c1b0d2e11.css\" rel=\"stylesheet\">\n");
        s.append("        <link href=\"https://fonts.googleapis.com/css?family=Montserrat:700,500,400%7CKarla:400&display=block\" rel=\"stylesheet\">\n");
        s.append("        <script nonce=\"\">var BCData = {\"csrf_token\":\"9e5b2f0a61d84c7fbb1e3a2f6d0c4e91\"};</script>\n");
        s.append("        <script src=\"https://cdn11.bigcommerce.com/shared/js/csrf-protection-header-5eeddd5de78d98d146ef4fd71b2aedce4161903e.js\"></script>\n");
        s.append("        <script type=\"text/javascript\" src=\"https://microapps.bigcommerce.com/bodl-events/1.9.4/index.js\" nonce=\"\"></script>\n");
        s.append("    </head>\n    <body>\n");
        s.append("        <svg data-src=\"").append(THEME).append("/img/icon-sprite.svg\" class=\"icons-svg-sprite\"></svg>\n");
        s.append("        <a href=\"#main-content\" class=\"skip-to-main-link\">Skip to main content</a>\n");
        s.append(header(current, homeH1, baseUrl));
        s.append("        <main class=\"body\" id=\"main-content\" role=\"main\" data-currency-code=\"USD\">\n");
        s.append("            <div class=\"container\">\n");
        s.append(body);
        s.append("            </div>\n");
        s.append("            <div id=\"modal\" class=\"modal\" data-reveal data-prevent-quick-search-close>\n");
        s.append("                <button class=\"modal-close\" type=\"button\" title=\"Close\"><span class=\"aria-description--hidden\">Close</span><span aria-hidden=\"true\">&#215;</span></button>\n");
        s.append("                <div id=\"modal-content\" class=\"modal-content\"></div>\n                <div class=\"loadingOverlay\"></div>\n            </div>\n");
        s.append("        </main>\n");
        s.append(footer(baseUrl));
        s.append("        <script>window.__webpack_public_path__ = \"").append(THEME).append("/dist/\";</script>\n");
        s.append("        <script src=\"").append(THEME).append("/dist/theme-bundle.main.js\"></script>\n");
        s.append("        <script>\n            window.stencilBootstrap(\"").append(templateFile).append("\", \"")
                .append(jsContext.replace("\\", "\\\\").replace("\"", "\\\"")).append("\").load();\n        </script>\n");
        s.append("        <script type=\"text/javascript\" src=\"https://cdn11.bigcommerce.com/shared/js/visitor_stencil-6b4f8d3c21e0a7d59f0b1e2c3d4a5b6c7d8e9f01.js\"></script>\n");
        s.append("    </body>\n</html>\n");
        return s.toString();
    }

    private String metaTags(String canonical, String description) {
        return "<meta name=\"keywords\" content=\"kitchen, cookware, bath, garden, lighting, home goods\">"
                + "<meta name=\"description\" content=\"" + esc(description) + "\">"
                + "<link rel='canonical' href='" + canonical + "' />"
                + "<meta name='platform' content='bigcommerce.stencil' />";
    }

    private String header(String current, boolean homeH1, String baseUrl) {
        StringBuilder s = new StringBuilder();
        s.append("        <header class=\"header\" role=\"banner\">\n");
        s.append("    <a href=\"#\" class=\"mobileMenu-toggle\" data-mobile-menu-toggle=\"menu\">\n        <span class=\"mobileMenu-toggleIcon\">Toggle menu</span>\n    </a>\n");
        // components/common/navigation.html
        s.append("    <nav class=\"navUser\">\n");
        s.append("        <ul class=\"navUser-section\">\n            <li class=\"navUser-item\">\n");
        s.append("                <a class=\"navUser-action has-dropdown\" href=\"#\" data-dropdown=\"currencySelection\" aria-controls=\"currencySelection\" aria-expanded=\"false\">Currency: USD <i class=\"icon\" aria-hidden=\"true\"><svg><use href=\"#icon-chevron-down\" /></svg></i></a>\n");
        s.append("                <ul class=\"dropdown-menu\" id=\"currencySelection\" data-dropdown-content aria-hidden=\"true\" tabindex=\"-1\">\n");
        s.append("                    <li class=\"dropdown-menu-item\"><a href=\"").append(baseUrl).append(current).append("?setCurrencyId=1\" data-currency-code=\"USD\"><strong>US Dollar</strong></a></li>\n");
        s.append("                    <li class=\"dropdown-menu-item\"><a href=\"").append(baseUrl).append(current).append("?setCurrencyId=2\" data-currency-code=\"CAD\">Canadian Dollar</a></li>\n");
        s.append("                </ul>\n            </li>\n        </ul>\n");
        s.append("        <ul class=\"navUser-section navUser-section--alt\">\n");
        s.append("            <li class=\"navUser-item\">\n                <a class=\"navUser-action navUser-item--compare\" href=\"").append(baseUrl)
                .append("/compare\" data-compare-nav aria-label=\"Compare\">\n                    Compare <span class=\"countPill countPill--positive countPill--alt\"></span>\n                </a>\n            </li>\n");
        s.append("            <li class=\"navUser-item\">\n                <button class=\"navUser-action navUser-action--quickSearch\" type=\"button\" id=\"quick-search-expand\" data-search=\"quickSearch\" aria-controls=\"quickSearch\" aria-label=\"Search\">\n                    Search\n                </button>\n            </li>\n");
        s.append("            <li class=\"navUser-item\">\n                <a class=\"navUser-action\" href=\"").append(baseUrl).append("/giftcertificates.php\" aria-label=\"Gift Certificates\">\n                    Gift Certificates\n                </a>\n            </li>\n");
        s.append("            <li class=\"navUser-item navUser-item--account\">\n");
        s.append("                <a class=\"navUser-action\" href=\"").append(baseUrl).append("/login.php\" aria-label=\"Sign in\">\n                    Sign in\n                </a>\n");
        s.append("                <span class=\"navUser-or\">or</span>\n");
        s.append("                <a class=\"navUser-action\" href=\"").append(baseUrl).append("/login.php?action=create_account\" aria-label=\"Register\">\n                    Register\n                </a>\n");
        s.append("            </li>\n");
        s.append("            <li class=\"navUser-item navUser-item--cart\">\n                <a class=\"navUser-action\" data-cart-preview data-dropdown=\"cart-preview-dropdown\" data-options=\"align:right\" href=\"")
                .append(baseUrl).append("/cart.php\" aria-label=\"Cart with 0 items\">\n                    <span class=\"navUser-item-cartLabel\">Cart</span>\n                    <span class=\"countPill cart-quantity\"></span>\n                </a>\n");
        s.append("                <div class=\"dropdown-menu\" id=\"cart-preview-dropdown\" data-dropdown-content aria-hidden=\"true\"></div>\n            </li>\n");
        s.append("        </ul>\n");
        s.append("        <div class=\"dropdown dropdown--quickSearch\" id=\"quickSearch\" aria-hidden=\"true\" data-prevent-quick-search-close>\n");
        s.append(quickSearch("nav-quick-search", baseUrl));
        s.append("        </div>\n    </nav>\n");
        // store logo
        String logo = "<a href=\"" + baseUrl + "/\" class=\"header-logo__link\" data-header-logo-link>\n            <span class=\"header-logo-text\">"
                + esc(STORE) + "</span>\n        </a>";
        if (homeH1) {
            s.append("    <h1 class=\"header-logo header-logo--center\">\n        ").append(logo).append("\n    </h1>\n");
        } else {
            s.append("    <div class=\"header-logo header-logo--center\">\n        ").append(logo).append("\n    </div>\n");
        }
        s.append("    <div class=\"navPages-container\" id=\"menu\" data-menu>\n");
        s.append(navigationMenu(current, baseUrl));
        s.append("    </div>\n</header>\n");
        s.append("<div data-content-region=\"header_bottom--global\"></div>\n<div data-content-region=\"header_bottom\"></div>\n");
        return s.toString();
    }

    private String quickSearch(String name, String baseUrl) {
        return "            <div class=\"container\">\n"
                + "    <form class=\"form\" data-url=\"/search.php\" data-quick-search-form action=\"" + baseUrl + "/search.php\">\n"
                + "        <fieldset class=\"form-fieldset\">\n            <div class=\"form-field\">\n"
                + "                <label class=\"is-srOnly\" for=\"" + name + "\">Search</label>\n"
                + "                <input class=\"form-input\" data-search-quick name=\"" + name + "\" id=\"" + name
                + "\" data-error-message=\"Search field cannot be empty.\" placeholder=\"Search the store\" autocomplete=\"off\">\n"
                + "            </div>\n        </fieldset>\n    </form>\n"
                + "    <section class=\"quickSearchResults\" data-bind=\"html: results\"></section>\n"
                + "    <p role=\"status\" aria-live=\"polite\" class=\"aria-description--hidden\" data-search-aria-message-predefined-text=\"product results for\"></p>\n"
                + "</div>\n";
    }

    private List<Cat> children(String parent) {
        List<Cat> out = new ArrayList<>();
        for (Cat c : cats) {
            if (parent == null ? c.parentPath() == null : parent.equals(c.parentPath())) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean active(Cat c, String current) {
        return c.path().equals(current);
    }

    /** components/common/navigation-menu.html with navigation-list.html (navigation_design: simple). */
    private String navigationMenu(String current, String baseUrl) {
        StringBuilder s = new StringBuilder();
        s.append("        <nav class=\"navPages\">\n");
        s.append("    <div class=\"navPages-quickSearch\">\n").append(quickSearch("nav-menu-quick-search", baseUrl)).append("    </div>\n");
        s.append("    <ul class=\"navPages-list\">\n");
        for (Cat top : children(null)) {
            s.append("            <li class=\"navPages-item\">\n");
            List<Cat> kids = children(top.path());
            String act = active(top, current) ? " activePage" : "";
            if (kids.isEmpty()) {
                s.append("                <a class=\"navPages-action").append(act).append("\"\n   href=\"").append(baseUrl).append(top.path())
                        .append("\"\n   aria-label=\"").append(esc(top.name())).append("\"\n>\n    ").append(esc(top.name())).append("\n</a>\n");
            } else {
                s.append("<a class=\"navPages-action has-subMenu").append(act).append("\"\n   href=\"").append(baseUrl).append(top.path())
                        .append("\"\n   data-collapsible=\"navPages-").append(top.id()).append("\"\n>\n    ").append(esc(top.name()))
                        .append("\n    <i class=\"icon navPages-action-moreIcon\" aria-hidden=\"true\">\n        <svg><use href=\"#icon-chevron-down\" /></svg>\n    </i>\n</a>\n");
                s.append("<div class=\"navPage-subMenu\" id=\"navPages-").append(top.id()).append("\" aria-hidden=\"true\" tabindex=\"-1\">\n    <ul class=\"navPage-subMenu-list\">\n");
                s.append("        <li class=\"navPage-subMenu-item\">\n            <a class=\"navPage-subMenu-action navPages-action\"\n               href=\"")
                        .append(baseUrl).append(top.path()).append("\"\n               aria-label=\"All ").append(esc(top.name())).append("\"\n            >\n                All ")
                        .append(esc(top.name())).append("\n            </a>\n        </li>\n");
                for (Cat kid : kids) {
                    s.append("            <li class=\"navPage-subMenu-item\">\n");
                    List<Cat> grand = children(kid.path());
                    String kact = active(kid, current) ? " activePage" : "";
                    if (grand.isEmpty()) {
                        s.append("                    <a class=\"navPage-subMenu-action navPages-action").append(kact).append("\"\n                       href=\"")
                                .append(baseUrl).append(kid.path()).append("\"\n                       aria-label=\"").append(esc(kid.name()))
                                .append("\"\n                    >\n                        ").append(esc(kid.name())).append("\n                    </a>\n");
                    } else {
                        s.append("                    <a class=\"navPage-subMenu-action navPages-action has-subMenu").append(kact).append("\"\n                       href=\"")
                                .append(baseUrl).append(kid.path()).append("\"\n                       aria-label=\"").append(esc(kid.name()))
                                .append("\"\n                    >\n                        ").append(esc(kid.name()))
                                .append("\n                        <span class=\"collapsible-icon-wrapper\"\n                            data-collapsible=\"navPages-").append(kid.id())
                                .append("\"\n                            data-collapsible-disabled-breakpoint=\"medium\"\n                            data-collapsible-disabled-state=\"open\"\n                            data-collapsible-enabled-state=\"closed\"\n                        >\n")
                                .append("                            <i class=\"icon navPages-action-moreIcon\" aria-hidden=\"true\">\n                                <svg><use href=\"#icon-chevron-down\" /></svg>\n                            </i>\n                        </span>\n                    </a>\n");
                        s.append("                    <ul class=\"navPage-childList\" id=\"navPages-").append(kid.id()).append("\">\n");
                        for (Cat gc : grand) {
                            s.append("                        <li class=\"navPage-childList-item\">\n                            <a class=\"navPage-childList-action navPages-action")
                                    .append(active(gc, current) ? " activePage" : "").append("\"\n                               href=\"").append(baseUrl).append(gc.path())
                                    .append("\"\n                               aria-label=\"").append(esc(gc.name())).append("\"\n                            >\n                                ")
                                    .append(esc(gc.name())).append("\n                            </a>\n                        </li>\n");
                        }
                        s.append("                    </ul>\n");
                    }
                    s.append("            </li>\n");
                }
                s.append("    </ul>\n</div>\n");
            }
            s.append("            </li>\n");
        }
        for (WebPage w : webPages) {
            s.append("                 <li class=\"navPages-item navPages-item-page\">\n                     <a class=\"navPages-action")
                    .append(w.path().equals(current) ? " activePage" : "").append("\"\n                        href=\"").append(baseUrl).append(w.path())
                    .append("\"\n                        aria-label=\"").append(w.name()).append("\"\n                     >\n                         ")
                    .append(w.name()).append("\n                     </a>\n                 </li>\n");
        }
        s.append("    </ul>\n");
        s.append("    <ul class=\"navPages-list navPages-list--user\">\n");
        s.append("            <li class=\"navPages-item\">\n                <a class=\"navPages-action has-subMenu\"\n                   href=\"#\"\n                   data-collapsible=\"navPages-currency\"\n                   aria-controls=\"navPages-currency\"\n                   aria-expanded=\"false\"\n                   aria-label=\"Currency: USD\"\n                >\n                    Currency: USD\n                    <i class=\"icon navPages-action-moreIcon\" aria-hidden=\"true\">\n                        <svg>\n                            <use href=\"#icon-chevron-down\"></use>\n                        </svg>\n                    </i>\n                </a>\n");
        s.append("                <div class=\"navPage-subMenu\" id=\"navPages-currency\" aria-hidden=\"true\" tabindex=\"-1\">\n                    <ul class=\"navPage-subMenu-list\">\n");
        s.append("                        <li class=\"navPage-subMenu-item\">\n                            <a class=\"navPage-subMenu-action navPages-action\"\n                               href=\"")
                .append(baseUrl).append(current).append("?setCurrencyId=1\"\n                               aria-label=\"US Dollar\"\n                               data-currency-code=\"USD\"\n                               data-warning=\"Promotion and gift certificate that are not applicable to the new currency will be removed from your cart. Are you sure you want to continue?\"\n                            >\n                                    <strong>US Dollar</strong>\n                            </a>\n                        </li>\n");
        s.append("                        <li class=\"navPage-subMenu-item\">\n                            <a class=\"navPage-subMenu-action navPages-action\"\n                               href=\"")
                .append(baseUrl).append(current).append("?setCurrencyId=2\"\n                               aria-label=\"Canadian Dollar\"\n                               data-currency-code=\"CAD\"\n                               data-warning=\"Promotion and gift certificate that are not applicable to the new currency will be removed from your cart. Are you sure you want to continue?\"\n                            >\n                                    Canadian Dollar\n                            </a>\n                        </li>\n");
        s.append("                    </ul>\n                </div>\n            </li>\n");
        s.append("            <li class=\"navPages-item\">\n                <a class=\"navPages-action\"\n                   href=\"").append(baseUrl)
                .append("/giftcertificates.php\"\n                   aria-label=\"Gift Certificates\"\n                >\n                    Gift Certificates\n                </a>\n            </li>\n");
        s.append("            <li class=\"navPages-item\">\n                <a class=\"navPages-action\"\n                   href=\"").append(baseUrl)
                .append("/login.php\"\n                   aria-label=\"Sign in\"\n                >\n                    Sign in\n                </a>\n                    or\n                    <a class=\"navPages-action\"\n                       href=\"")
                .append(baseUrl).append("/login.php?action=create_account\"\n                       aria-label=\"Register\"\n                    >\n                        Register\n                    </a>\n            </li>\n");
        s.append("    </ul>\n</nav>\n");
        return s.toString();
    }

    private String footer(String baseUrl) {
        StringBuilder s = new StringBuilder();
        s.append("        <footer class=\"footer\" role=\"contentinfo\">\n    <h2 class=\"footer-title-sr-only\">Footer Start</h2>\n    <div class=\"container\">\n");
        s.append("            <article class=\"footer-info-col\n                footer-info-col--social\n                footer-info-col--left\"\n                data-section-type=\"footer-webPages\">\n                    <h3 class=\"footer-info-heading\">Connect With Us</h3>\n");
        s.append("    <ul class=\"socialLinks socialLinks--alt\">\n");
        String[][] social = {{"facebook", "https://www.facebook.com/alderandashhome"}, {"instagram", "https://www.instagram.com/alderandashhome/"},
            {"pinterest", "https://www.pinterest.com/alderandashhome/"}, {"youtube", "https://www.youtube.com/@alderandashhome"}};
        for (String[] so : social) {
            String cap = Character.toUpperCase(so[0].charAt(0)) + so[0].substring(1);
            s.append("            <li class=\"socialLinks-item\">\n                <a class=\"icon icon--").append(so[0]).append("\"\n                   href=\"").append(so[1])
                    .append("\"\n                   target=\"_blank\"\n                   rel=\"noopener\"\n                   title=\"").append(cap)
                    .append("\"\n                >\n                    <span class=\"aria-description--hidden\">").append(cap)
                    .append("</span>\n                    <svg>\n                        <use href=\"#icon-").append(so[0]).append("\"/>\n                    </svg>\n                </a>\n            </li>\n");
        }
        s.append("    </ul>\n            </article>\n");
        s.append("        <section class=\"footer-info\">\n            <article class=\"footer-info-col footer-info-col--small\" data-section-type=\"footer-webPages\">\n                <h3 class=\"footer-info-heading\">Navigate</h3>\n                <ul class=\"footer-info-list\">\n");
        for (WebPage w : webPages) {
            s.append("                        <li>\n                            <a href=\"").append(baseUrl).append(w.path()).append("\">").append(w.name()).append("</a>\n                        </li>\n");
        }
        s.append("                    <li>\n                        <a href=\"").append(baseUrl).append("/sitemap.php\">Sitemap</a>\n                    </li>\n                </ul>\n            </article>\n");
        s.append("            <article class=\"footer-info-col footer-info-col--small\" data-section-type=\"footer-categories\">\n                <h3 class=\"footer-info-heading\">Categories</h3>\n                <ul class=\"footer-info-list\">\n");
        for (Cat c : children(null)) {
            s.append("                        <li>\n                            <a href=\"").append(baseUrl).append(c.path()).append("\">").append(esc(c.name())).append("</a>\n                        </li>\n");
        }
        s.append("                </ul>\n            </article>\n");
        s.append("            <article class=\"footer-info-col footer-info-col--small\" data-section-type=\"storeInfo\">\n                <h3 class=\"footer-info-heading\">Info</h3>\n                <address>Alder &amp; Ash Home<br>\n2140 SE Division St<br>\nPortland, OR 97202</address>\n                    <strong>Call us at (503) 555-0142</strong>\n            </article>\n");
        s.append("            <article class=\"footer-info-col\" data-section-type=\"newsletterSubscription\">\n                    <h3 class=\"footer-info-heading\">Subscribe to our newsletter</h3>\n<p>Get the latest updates on new products and upcoming sales</p>\n");
        s.append("<form class=\"form\" action=\"").append(baseUrl).append("/subscribe.php\" method=\"post\">\n    <fieldset class=\"form-fieldset\">\n        <input type=\"hidden\" name=\"action\" value=\"subscribe\">\n        <input type=\"hidden\" name=\"nl_first_name\" value=\"bc\">\n        <input type=\"hidden\" name=\"check\" value=\"1\">\n        <div class=\"form-field\">\n            <label class=\"form-label is-srOnly\" for=\"nl_email\">Email Address</label>\n            <div class=\"form-prefixPostfix wrap\">\n                <input class=\"form-input\" id=\"nl_email\" name=\"nl_email\" type=\"email\" value=\"\" placeholder=\"Your email address\">\n                <input class=\"button button--primary form-prefixPostfix-button--postfix\" type=\"submit\" value=\"Subscribe\">\n            </div>\n        </div>\n    </fieldset>\n</form>\n");
        s.append("                <div class=\"footer-payment-icons\">\n                    <svg class=\"footer-payment-icon\"><use href=\"#icon-logo-visa\"></use></svg>\n                    <svg class=\"footer-payment-icon\"><use href=\"#icon-logo-mastercard\"></use></svg>\n                    <svg class=\"footer-payment-icon\"><use href=\"#icon-logo-paypal\"></use></svg>\n                </div>\n            </article>\n        </section>\n");
        s.append("            <div class=\"footer-copyright\">\n                <p class=\"powered-by\">Powered by <a href=\"https://www.bigcommerce.com?utm_source=merchant&amp;utm_medium=poweredbyBC\" rel=\"nofollow\">BigCommerce</a></p>\n            </div>\n");
        s.append("            <div class=\"footer-copyright\">\n                <p class=\"powered-by\">&copy; 2024 Alder &amp; Ash Home </p>\n            </div>\n");
        s.append("    </div>\n    <div data-content-region=\"ssl_site_seal--global\"></div>\n</footer>\n");
        return s.toString();
    }

    /** components/common/breadcrumbs.html (BreadcrumbList microdata). */
    private String breadcrumbs(List<String[]> crumbs) {
        StringBuilder s = new StringBuilder();
        s.append("<ul class=\"breadcrumbs\" itemscope itemtype=\"http://schema.org/BreadcrumbList\">\n");
        for (int i = 0; i < crumbs.size(); i++) {
            String[] c = crumbs.get(i);
            boolean last = i == crumbs.size() - 1;
            s.append("            <li class=\"breadcrumb ").append(last ? "is-active" : "").append("\" itemprop=\"itemListElement\" itemscope itemtype=\"http://schema.org/ListItem\">\n");
            if (last) {
                s.append("                    <meta itemprop=\"item\" content=\"").append(c[1]).append("\">\n                    <span class=\"breadcrumb-label\" itemprop=\"name\">")
                        .append(esc(c[0])).append("</span>\n");
            } else {
                s.append("                    <a href=\"").append(c[1]).append("\" class=\"breadcrumb-label\" itemprop=\"item\"><span itemprop=\"name\">")
                        .append(esc(c[0])).append("</span></a>\n");
            }
            s.append("                <meta itemprop=\"position\" content=\"").append(i + 1).append("\" />\n            </li>\n");
        }
        s.append("</ul>\n");
        return s.toString();
    }

    private List<String[]> catCrumbs(String catPath, String baseUrl) {
        List<String[]> crumbs = new ArrayList<>();
        crumbs.add(new String[] {"Home", baseUrl + "/"});
        for (String t : trail(catPath)) {
            crumbs.add(new String[] {catByPath.get(t).name(), baseUrl + t});
        }
        return crumbs;
    }

    // ------------------------------------------------------------------------------------------ cards

    private String priceBlock(Prod p) {
        StringBuilder s = new StringBuilder();
        s.append("        <div class=\"price-section price-section--withoutTax rrp-price--withoutTax\" style=\"display: none;\">\n            MSRP:\n            <span data-product-rrp-price-without-tax class=\"price price--rrp\"> \n                \n            </span>\n        </div>\n");
        s.append("        <div class=\"price-section price-section--withoutTax non-sale-price--withoutTax\" ").append(p.was() == null ? "style=\"display: none;\"" : "")
                .append(">\n            Was:\n            <span data-product-non-sale-price-without-tax class=\"price price--non-sale\">\n                ")
                .append(p.was() == null ? "" : money(p.was())).append("\n            </span>\n        </div>\n");
        s.append("        <div class=\"price-section price-section--withoutTax\" >\n            <span class=\"price-label\" ").append(p.was() != null ? "style=\"display: none;\"" : "")
                .append(">\n                \n            </span>\n            <span class=\"price-now-label\" ").append(p.was() == null ? "style=\"display: none;\"" : "")
                .append(">\n                Now:\n            </span>\n            <span data-product-price-without-tax class=\"price price--withoutTax\">")
                .append(money(p.price())).append("</span>\n        </div>\n");
        return s.toString();
    }

    private String img(Prod p, String cls) {
        String[] widths = {"80w", "160w", "320w", "640w", "960w", "1280w"};
        StringBuilder set = new StringBuilder();
        for (String w : widths) {
            if (set.length() > 0) {
                set.append(", ");
            }
            set.append(image(p, w)).append(' ').append(w);
        }
        return "<img src=\"" + image(p, "80w") + "\" alt=\"" + esc(p.name()) + "\" title=\"" + esc(p.name())
                + "\" data-sizes=\"auto\" srcset=\"" + image(p, "80w") + "\" data-srcset=\"" + set + "\" class=\"" + cls + " lazyload\" />";
    }

    /** components/products/card.html (data_tag_enabled, quick view on, compare on, grid display). */
    private String card(Prod p, int position, String event, String baseUrl) {
        String url = baseUrl + p.path();
        String aria = esc(p.name()) + ", " + money(p.price());
        StringBuilder s = new StringBuilder();
        s.append("<article\n    class=\"card\n    \"\n    data-test=\"card-").append(p.id()).append("\"\n        data-event-type=\"").append(event)
                .append("\"\n        data-entity-id=\"").append(p.id()).append("\"\n        data-position=\"").append(position)
                .append("\"\n        data-name=\"").append(esc(p.name())).append("\"\n        data-product-category=\"\n            ")
                .append(esc(categoryNames(p))).append("\n        \"\n        data-product-brand=\"\"\n        data-product-price=\"\n                ")
                .append(p.price()).append("\n        \"\n>\n");
        s.append("    <figure class=\"card-figure\">\n");
        if ("OutOfStock".equals(p.avail())) {
            s.append("        <div class=\"sale-flag-side sale-flag-side--sold-out\">\n            <span class=\"sale-text\">Sold out</span>\n        </div>\n");
        }
        s.append("        <a href=\"").append(url).append("\"\n           class=\"card-figure__link\"\n           aria-label=\"").append(aria)
                .append("\"\n            data-event-type=\"product-click\" \n        >\n            <div class=\"card-img-container\">\n                ")
                .append(img(p, "card-image")).append("\n            </div>\n        </a>\n");
        s.append("        <figcaption class=\"card-figcaption\">\n            <div class=\"card-figcaption-body\">\n");
        s.append("                            <button type=\"button\" class=\"button button--small card-figcaption-button quickview\" data-event-type=\"product-click\" data-product-id=\"")
                .append(p.id()).append("\">Quick view</button>\n");
        s.append("                    <label class=\"button button--small card-figcaption-button\" for=\"compare-").append(p.id())
                .append("\">\n                        Compare <input type=\"checkbox\" name=\"products[]\" value=\"").append(p.id()).append("\" id=\"compare-").append(p.id())
                .append("\" data-compare-id=\"").append(p.id()).append("\">\n                    </label>\n");
        if ("OutOfStock".equals(p.avail())) {
            s.append("                            <a href=\"").append(url).append("\" data-event-type=\"product-click\" class=\"button button--small card-figcaption-button\" data-product-id=\"")
                    .append(p.id()).append("\">Out of stock</a>\n");
        } else if ("PreOrder".equals(p.avail())) {
            s.append("                            <a href=\"").append(url).append("\" data-event-type=\"product-click\" class=\"button button--small card-figcaption-button\" data-product-id=\"")
                    .append(p.id()).append("\">Choose Options</a>\n");
            s.append("                            <a href=\"").append(baseUrl).append("/cart.php?action=add&amp;product_id=").append(p.id())
                    .append("\" data-event-type=\"product-click\" class=\"button button--small card-figcaption-button\">Pre-Order Now</a>\n");
        } else if (p.options()) {
            s.append("                            <a href=\"").append(url).append("\" data-event-type=\"product-click\" class=\"button button--small card-figcaption-button\" data-product-id=\"")
                    .append(p.id()).append("\">Choose Options</a>\n");
        } else {
            s.append("                            <a href=\"").append(baseUrl).append("/cart.php?action=add&amp;product_id=").append(p.id())
                    .append("\" data-event-type=\"product-click\" data-button-type=\"add-cart\" class=\"button button--small card-figcaption-button\">Add to Cart</a>\n")
                    .append("                            <span class=\"product-status-message aria-description--hidden\">The item has been added</span>\n");
        }
        s.append("            </div>\n        </figcaption>\n    </figure>\n");
        s.append("    <div class=\"card-body\">\n        <h3 class=\"card-title\">\n            <a aria-label=\"").append(aria).append("\"\n               href=\"").append(url)
                .append("\"\n                data-event-type=\"product-click\" \n            >\n                ").append(esc(p.name())).append("\n            </a>\n        </h3>\n\n");
        s.append("        <div class=\"card-text\" data-test-info-type=\"price\">\n").append(priceBlock(p)).append("        </div>\n    </div>\n</article>\n");
        return s.toString();
    }

    private String grid(List<Prod> items, String event, String baseUrl) {
        StringBuilder s = new StringBuilder("<ul class=\"productGrid\">\n");
        int pos = 1;
        for (Prod p : items) {
            s.append("    <li class=\"product\">\n").append(card(p, pos++, event, baseUrl)).append("    </li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    private String carousel(List<Prod> items, String list, int columns, String baseUrl) {
        StringBuilder s = new StringBuilder();
        s.append("<section class=\"productCarousel\"\n    data-list-name=\"").append(list).append("\"\n    data-slick='{\n        \"dots\": true,\n        \"infinite\": false,\n        \"mobileFirst\": true,\n        \"slidesToShow\": 2,\n        \"slidesToScroll\": 2,\n        \"responsive\": [\n            {\n                \"breakpoint\": 800,\n                \"settings\": {\n                    \"slidesToScroll\": 3,\n                    \"slidesToShow\": ")
                .append(columns).append("\n                }\n            }\n        ]\n    }'\n>\n");
        int pos = 1;
        for (Prod p : items) {
            s.append("    <div data-product-slide class=\"productCarousel-slide\">\n").append(card(p, pos++, "list", baseUrl)).append("    </div>\n");
        }
        return s.append("</section>\n").toString();
    }

    // ------------------------------------------------------------------------------------------ pages

    private String home(String baseUrl) {
        StringBuilder b = new StringBuilder();
        b.append("<div data-content-region=\"home_below_menu\"></div>\n");
        b.append("<section class=\"heroCarousel\" data-slick='{\"arrows\": true, \"mobileFirst\": true, \"slidesToShow\": 1, \"slidesToScroll\": 1, \"autoplay\": true, \"autoplaySpeed\": 5000, \"lazyLoad\": \"anticipated\"}'>\n");
        String[][] slides = {
            {"/kitchen/cookware/cast-iron/", "Cast iron, seasoned and ready", "Shop Cast Iron", "slide-cast-iron.jpg"},
            {"/sale/", "Spring sale: up to 25% off", "Shop the Sale", "slide-spring-sale.jpg"},
            {"/blog/seasoning-cast-iron-the-slow-way/", "From the journal", "Read the story", "slide-journal.jpg"}};
        int i = 0;
        for (String[] sl : slides) {
            b.append("    <a href=\"").append(baseUrl).append(sl[0]).append("\" aria-label=\"Slide number ").append(++i).append(" of 3\">\n")
                    .append("        <div class=\"heroCarousel-slide  heroCarousel-slide--stretch\">\n")
                    .append("            <div class=\"heroCarousel-image-wrapper\" style=\"height: 42.857142857142854vw\">\n")
                    .append("                <img class=\"heroCarousel-image\" src=\"").append(CDN).append("/images/stencil/original/carousel/").append(i).append("/").append(sl[3])
                    .append("?c=1\" alt=\"\" title=\"\" />\n            </div>\n")
                    .append("            <div class=\"heroCarousel-content\">\n                <h1 class=\"heroCarousel-title\">").append(sl[1])
                    .append("</h1>\n                <span class=\"heroCarousel-action button button--primary button--large\">").append(sl[2])
                    .append("</span>\n            </div>\n        </div>\n    </a>\n");
        }
        b.append("</section>\n");
        b.append("<div class=\"main full\">\n");
        List<Prod> featured = List.of(prodByPath.get("/copper-saute-pan/"), prodByPath.get("/chefs-knife-8/"), prodByPath.get("/end-grain-maple-cutting-board/"),
                prodByPath.get("/teak-shower-stool/"), prodByPath.get("/terracotta-planter-large/"), prodByPath.get("/brass-task-lamp/"),
                prodByPath.get("/rattan-table-lamp/"), prodByPath.get("/pre-seasoned-skillet-10/"));
        b.append("    <h2 class=\"page-heading\">Featured Products</h2>\n").append(carousel(featured, "Featured Products", 4, baseUrl));
        List<Prod> top = List.of(prodByPath.get("/salt-pepper-mill-set/"), prodByPath.get("/turkish-cotton-bath-towel/"),
                prodByPath.get("/galvanized-watering-can/"), prodByPath.get("/tri-ply-saucepan-2qt/"));
        b.append("    <h2 class=\"page-heading\">Most Popular Products</h2>\n").append(carousel(top, "Most Popular Products", 4, baseUrl));
        List<Prod> fresh = List.of(prodByPath.get("/plug-in-globe-string-lights/"), prodByPath.get("/hurricane-lantern/"),
                prodByPath.get("/iron-wall-sconce/"), prodByPath.get("/edison-bulb-4-pack/"));
        b.append("    <h2 class=\"page-heading\">New Products</h2>\n").append(carousel(fresh, "New Products", 4, baseUrl));
        b.append("    <section class=\"blog-posts\">\n        <h2 class=\"page-heading\">Recent Articles</h2>\n");
        for (Map.Entry<String, String[]> e : blogPosts.entrySet()) {
            b.append("        <article class=\"blog\">\n            <header class=\"blog-header\">\n                <h3 class=\"blog-title\"><a href=\"").append(baseUrl).append(e.getKey())
                    .append("\">").append(e.getValue()[0]).append("</a></h3>\n            </header>\n            <div class=\"blog-post\">").append(e.getValue()[1])
                    .append(" <a href=\"").append(baseUrl).append(e.getKey()).append("\" aria-label=\"Read more about ").append(e.getValue()[0])
                    .append("\">Read More</a></div>\n        </article>\n");
        }
        b.append("    </section>\n</div>\n");
        b.append("<div data-content-region=\"home_below_new_products\"></div>\n");
        return layout(STORE, metaTags(baseUrl + "/", "Well-made kitchen, bath, garden and lighting goods from Portland, Oregon."), null, "pages/home",
                "{\"themeSettings\":{\"categorypage_products_per_page\":12},\"template\":\"pages/home\"}", "/", true, b.toString(), baseUrl);
    }

    private String categoryPage(Cat c, int pageNo, String baseUrl) {
        List<Prod> all = listing.get(c.path());
        int total = Math.max(1, (all.size() + PER_PAGE - 1) / PER_PAGE);
        String catUrl = baseUrl + c.path();
        String canonical = pageNo == 1 ? catUrl : catUrl + "?page=" + pageNo;
        StringBuilder head = new StringBuilder();
        if (pageNo > 1 && pageNo <= total) {
            head.append("        <link rel=\"prev\" href=\"").append(catUrl).append("?page=").append(pageNo - 1).append("\">\n");
        }
        if (pageNo < total) {
            head.append("        <link rel=\"next\" href=\"").append(catUrl).append("?page=").append(pageNo + 1).append("\">\n");
        }
        List<Prod> items = pageNo <= total ? all.subList((pageNo - 1) * PER_PAGE, Math.min(all.size(), pageNo * PER_PAGE)) : List.of();

        StringBuilder b = new StringBuilder();
        b.append(breadcrumbs(catCrumbs(c.path(), baseUrl)));
        b.append("    <h1 class=\"page-heading\">").append(esc(c.name())).append("</h1>\n    <div data-content-region=\"category_below_header\"></div>\n");
        b.append("<p>").append(esc(c.blurb())).append("</p>\n");
        b.append("<div class=\"page\">\n        <aside class=\"page-sidebar\" id=\"faceted-search-container\">\n            <nav>\n");
        List<Cat> subs = children(c.path());
        if (!subs.isEmpty()) {
            b.append("        <div class=\"sidebarBlock\">\n            <h2 class=\"sidebarBlock-heading\">").append(esc(c.name())).append("</h2>\n            <ul class=\"navList\">\n");
            for (Cat sc : subs) {
                b.append("                <li class=\"navList-item\">\n                    <a class=\"navList-action\" href=\"").append(baseUrl).append(sc.path())
                        .append("\" title=\"").append(esc(sc.name())).append("\">").append(esc(sc.name())).append("</a>\n                </li>\n");
            }
            b.append("            </ul>\n        </div>\n");
        }
        b.append(facets(c, all, baseUrl));
        b.append("            </nav>\n        </aside>\n");
        b.append("    <div class=\"page-content\" id=\"product-listing-container\">\n");
        if (items.isEmpty()) {
            b.append("        <p data-no-products-notification\n           role=\"alert\"\n           aria-live=\"assertive\"\n           tabindex=\"-1\"\n        >\n            There are no products listed under this category.\n        </p>\n");
        } else {
            b.append(sortBox());
            b.append("    <div data-list-name=\"Category: ").append(esc(c.name())).append("\">\n").append(grid(items, "list", baseUrl)).append("    </div>\n");
            b.append(paginator(c, pageNo, total, baseUrl));
        }
        b.append("        <div data-content-region=\"category_below_content\"></div>\n    </div>\n</div>\n");
        String title = c.name() + " - " + STORE;
        return layout(title, metaTags(canonical, c.blurb()), head.toString(), "pages/category",
                "{\"categoryProductsPerPage\":12,\"categoryId\":" + c.id() + ",\"template\":\"pages/category\"}", c.path(), false, b.toString(), baseUrl);
    }

    private String sortBox() {
        String[][] opts = {{"featured", "Featured Items"}, {"newest", "Newest Items"}, {"bestselling", "Best Selling"}, {"alphaasc", "A to Z"},
            {"alphadesc", "Z to A"}, {"avgcustomerreview", "By Review"}, {"priceasc", "Price: Ascending"}, {"pricedesc", "Price: Descending"}};
        StringBuilder s = new StringBuilder();
        s.append("    <form class=\"actionBar\" method=\"get\" data-sort-by=\"product\">\n    <fieldset class=\"form-fieldset actionBar-section\">\n    <div class=\"form-field\">\n")
                .append("        <label class=\"form-label\" for=\"sort\">Sort By:</label>\n        <select class=\"form-select form-select--small \" name=\"sort\" id=\"sort\" role=\"listbox\">\n");
        for (String[] o : opts) {
            s.append("            <option value=\"").append(o[0]).append("\" ").append(o[0].equals("featured") ? "selected" : "").append(">").append(o[1]).append("</option>\n");
        }
        s.append("        </select>\n    </div>\n</fieldset>\n</form>\n");
        return s.toString();
    }

    private String facets(Cat c, List<Prod> all, String baseUrl) {
        if (all.isEmpty()) {
            return "";
        }
        String catUrl = baseUrl + c.path();
        TreeMap<String, Integer> materials = new TreeMap<>();
        int inStock = 0;
        for (Prod p : all) {
            materials.merge(p.material(), 1, Integer::sum);
            if ("InStock".equals(p.avail())) {
                inStock++;
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("<div id=\"facetedSearch\" class=\"facetedSearch sidebarBlock\">\n");
        s.append("    <a href=\"#facetedSearch-navList\" role=\"button\" class=\"facetedSearch-toggle toggleLink\" data-collapsible>\n        <span class=\"facetedSearch-toggle-text\">\n                Browse by Material, Other &amp; more\n        </span>\n    </a>\n");
        s.append("        <div id=\"facetedSearch-navList\" class=\"facetedSearch-navList\">\n            <div class=\"accordion accordion--navList\">\n");
        // multi facet: Material (a product custom field)
        s.append(multiFacet("Material", "Material", materials, catUrl));
        s.append("<div class=\"accordion-block\">\n    <div class=\"accordion-navigation toggleLink  is-open \" role=\"button\" data-collapsible=\"#facetedSearch-content--other\">\n        <h2 class=\"accordion-title\">\n            Other\n        </h2>\n    </div>\n")
                .append("    <div id=\"facetedSearch-content--other\" class=\"accordion-content  is-open \">\n        <ul id=\"facetedSearch-navList--other\" data-facet=\"other\" class=\"navList\" data-has-more-results=\"false\">\n")
                .append(facetItem(catUrl + "?_bc_fsnf=1&amp;shipping=free_shipping", "Free Shipping", Math.max(1, all.size() / 3)))
                .append(facetItem(catUrl + "?_bc_fsnf=1&amp;stock=in_stock", "In Stock", inStock))
                .append("        </ul>\n    </div>\n</div>\n");
        s.append("<div class=\"accordion-block\">\n    <div class=\"accordion-navigation toggleLink  is-open \" role=\"button\" data-collapsible=\"#facetedSearch-content--rating\">\n        <h2 class=\"accordion-title\">\n            Rating\n        </h2>\n    </div>\n")
                .append("    <div id=\"facetedSearch-content--rating\" class=\"accordion-content  is-open \">\n        <ul id=\"facetedSearch-navList--rating\" data-facet=\"rating\" class=\"navList\">\n");
        for (int r = 5; r >= 1; r--) {
            s.append("                <li class=\"navList-item\">\n                    <a href=\"").append(catUrl).append("?_bc_fsnf=1&amp;rating%5Bmin%5D=").append(r)
                    .append("\" class=\"navList-action\" rel=\"nofollow\" data-faceted-search-facet>\n                        <span class=\"icon icon--ratingFull\"><svg><use href=\"#icon-star\" /></svg></span> ")
                    .append(r).append(r == 5 ? "" : " &amp; up").append("\n                    </a>\n                </li>\n");
        }
        s.append("        </ul>\n    </div>\n</div>\n");
        s.append("<div class=\"accordion-block\">\n    <div class=\"accordion-navigation toggleLink  is-open \" role=\"button\" data-collapsible=\"#facetedSearch-content--price\">\n        <h2 class=\"accordion-title\">\n            Price\n        </h2>\n    </div>\n")
                .append("    <div id=\"facetedSearch-content--price\" class=\"accordion-content  is-open \">\n")
                .append("        <form id=\"facet-range-form\" class=\"form\" method=\"get\" data-faceted-search-range novalidate>\n            <input type=\"hidden\" name=\"search_query\" value=\"\">\n            <fieldset class=\"form-fieldset\">\n                <div class=\"form-minMaxRow\">\n")
                .append("                    <div class=\"form-field\">\n                        <label class=\"form-label\" for=\"price_min\">Min.</label>\n                        <input name=\"price_min\" id=\"price_min\" placeholder=\"Min.\" min=\"0\" class=\"form-input form-input--small\" required type=\"number\" value=\"\"/>\n                    </div>\n")
                .append("                    <div class=\"form-field\">\n                        <label class=\"form-label\" for=\"price_max\">Max.</label>\n                        <input name=\"price_max\" id=\"price_max\" placeholder=\"Max.\" min=\"0\" class=\"form-input form-input--small\" required type=\"number\" value=\"\"/>\n                    </div>\n")
                .append("                    <div class=\"form-field\">\n                        <button class=\"button button--small\" type=\"submit\">Update</button>\n                    </div>\n                </div>\n            </fieldset>\n        </form>\n    </div>\n</div>\n");
        s.append("            </div>\n            <div class=\"blocker\" style=\"display: none;\"></div>\n        </div>\n</div>\n");
        // shop by price (category/shop-by-price.html) is rendered by the sidebar when faceted search is off; the
        // store keeps both on the Shop All page, as merchants' custom sidebars often do.
        if (c.path().equals(SHOP_ALL)) {
            String[][] bands = {{"0.00", "30.00"}, {"30.00", "60.00"}, {"60.00", "100.00"}, {"100.00", "150.00"}};
            s.append("    <div class=\"sidebarBlock\">\n        <h2 class=\"sidebarBlock-heading\">Shop By Price</h2>\n        <ul class=\"navList\">\n");
            for (String[] band : bands) {
                String label = "$" + band[0] + " - $" + band[1];
                s.append("            <li class=\"navList-item\">\n                <a class=\"navList-action \" href=\"").append(catUrl).append("?price_min=")
                        .append(band[0].replace(".00", "")).append("&amp;price_max=").append(band[1].replace(".00", "")).append("&amp;sort=pricedesc\" alt=\"")
                        .append(label).append("\" title=\"").append(label).append("\">").append(label).append("</a>\n            </li>\n");
            }
            s.append("        </ul>\n    </div>\n");
        }
        return s.toString();
    }

    private String multiFacet(String title, String facet, Map<String, Integer> values, String catUrl) {
        String key = facet.toLowerCase();
        StringBuilder s = new StringBuilder();
        s.append("<div class=\"accordion-block\">\n    <div\n        class=\"accordion-navigation toggleLink  is-open \"\n        role=\"button\"\n        data-collapsible=\"#facetedSearch-content--")
                .append(key).append("\">\n        <h2 class=\"accordion-title\">\n            ").append(title).append("\n        </h2>\n")
                .append("        <div class=\"accordion-navigation-actions\">\n            <svg class=\"icon accordion-indicator toggleLink-text toggleLink-text--off\">\n                <use href=\"#icon-add\" />\n            </svg>\n        </div>\n    </div>\n");
        s.append("    <div id=\"facetedSearch-content--").append(key).append("\" class=\"accordion-content  is-open \">\n        <ul id=\"facetedSearch-navList--")
                .append(key).append("\" data-facet=\"").append(facet).append("\" class=\"navList\" data-has-more-results=\"false\">\n");
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            s.append(facetItem(catUrl + "?_bc_fsnf=1&amp;" + facet + "=" + formEnc(e.getKey()), e.getKey(), e.getValue()));
        }
        s.append("        </ul>\n    </div>\n</div>\n");
        return s.toString();
    }

    private String facetItem(String href, String title, int count) {
        return "                <li class=\"navList-item\">\n                    <a\n                        href=\"" + href
                + "\"\n                        class=\"navList-action navList-action--checkbox \"\n                        rel=\"nofollow\"\n                        data-faceted-search-facet>\n                        "
                + esc(title) + "\n                            <span>(" + count + ")</span>\n                    </a>\n                </li>\n";
    }

    /** components/common/paginator.html. */
    private String paginator(Cat c, int current, int total, String baseUrl) {
        if (total <= 1) {
            return "";
        }
        String catUrl = baseUrl + c.path();
        StringBuilder s = new StringBuilder();
        s.append("<nav class=\"pagination\" aria-label=\"pagination\">\n    <ul class=\"pagination-list\">\n");
        if (current > 1) {
            s.append("            <li class=\"pagination-item pagination-item--previous\">\n                <a class=\"pagination-link\"\n                   href=\"").append(catUrl)
                    .append("?page=").append(current - 1).append("\"\n                   data-faceted-search-facet\n                   aria-label=\"Previous\"\n                >\n")
                    .append("                    <i class=\"icon\" aria-hidden=\"true\">\n                        <svg>\n                            <use href=\"#icon-chevron-left\"></use>\n                        </svg>\n                    </i>\n                    Previous\n                </a>\n            </li>\n");
        }
        for (int n = 1; n <= total; n++) {
            boolean cur = n == current;
            s.append("            <li class=\"pagination-item ").append(cur ? "pagination-item--current" : "").append("\">\n                <a class=\"pagination-link\"\n                   href=\"")
                    .append(catUrl).append("?page=").append(n).append("\"\n                   data-faceted-search-facet\n");
            if (cur) {
                s.append("                   aria-current=\"page\"\n                   data-pagination-current-page-link\n");
            }
            s.append("                   aria-label=\"Page ").append(n).append(" of ").append(total).append("\"\n                >\n                    ").append(n)
                    .append("\n                </a>\n            </li>\n");
        }
        if (current < total) {
            s.append("            <li class=\"pagination-item pagination-item--next\">\n                <a class=\"pagination-link\"\n                   href=\"").append(catUrl)
                    .append("?page=").append(current + 1).append("\"\n                   data-faceted-search-facet\n                   aria-label=\"Next\"\n                >\n                    Next\n")
                    .append("                    <i class=\"icon\" aria-hidden=\"true\">\n                        <svg>\n                            <use href=\"#icon-chevron-right\"></use>\n                        </svg>\n                    </i>\n                </a>\n            </li>\n");
        }
        s.append("    </ul>\n</nav>\n");
        return s.toString();
    }

    private String productPage(Prod p, String baseUrl) {
        String url = baseUrl + p.path();
        boolean oos = "OutOfStock".equals(p.avail());
        boolean pre = "PreOrder".equals(p.avail());
        String ogAvail = oos ? "oos" : pre ? "preorder" : "instock";
        String meta = "<meta property=\"product:price:amount\" content=\"" + p.price() + "\" /><meta property=\"product:price:currency\" content=\"USD\" />"
                + "<meta property=\"og:url\" content=\"" + url + "\" /><meta property=\"og:site_name\" content=\"" + esc(STORE) + "\" />"
                + "<meta name=\"keywords\" content=\"" + esc(p.material().toLowerCase()) + ", home goods\">"
                + "<meta name=\"description\" content=\"" + esc(p.blurb()) + "\">"
                + "<link rel='canonical' href='" + url + "' /><meta name='platform' content='bigcommerce.stencil' />"
                + "<meta property=\"og:type\" content=\"product\" /><meta property=\"og:title\" content=\"" + esc(p.name()) + "\" />"
                + "<meta property=\"og:description\" content=\"" + esc(p.blurb()) + "\" />"
                + "<meta property=\"og:image\" content=\"" + image(p, "500x659") + "\" />"
                + "<meta property=\"og:availability\" content=\"" + ogAvail + "\" />"
                + "<meta property=\"pinterest:richpins\" content=\"enabled\" />";

        List<String[]> crumbs = p.cats().isEmpty() ? new ArrayList<>(List.<String[]>of(new String[] {"Home", baseUrl + "/"})) : catCrumbs(p.cats().get(0), baseUrl);
        crumbs.add(new String[] {p.name(), url});

        StringBuilder b = new StringBuilder();
        b.append(breadcrumbs(crumbs));
        b.append("    <div>\n");
        b.append("<div class=\"productView\"\n    data-event-type=\"product\"\n    data-entity-id=\"").append(p.id()).append("\"\n    data-name=\"").append(esc(p.name()))
                .append("\"\n    data-product-category=\"\n    ").append(esc(p.cats().isEmpty() ? "" : categoryNames(p))).append("\"\n    data-product-brand=\"\"\n    data-product-price=\"\n            ")
                .append(p.price()).append("\n\"\n    data-product-variant=\"single-product-option\">\n\n");
        b.append("    <section class=\"productView-images\" data-image-gallery>\n        <figure class=\"productView-image\"\n                data-image-gallery-main\n                data-zoom-image=\"")
                .append(image(p, "1280x1280")).append("\"\n                >\n            <div class=\"productView-img-container\">\n                    <a href=\"").append(image(p, "1280x1280"))
                .append("\"\n                        target=\"_blank\">\n                ").append(img(p, "productView-image--default")).append("\n                    </a>\n            </div>\n        </figure>\n");
        b.append("        <ul class=\"productView-thumbnails\">\n                <li class=\"productView-thumbnail\">\n                    <a\n                        class=\"productView-thumbnail-link\"\n                        href=\"")
                .append(image(p, "1280x1280")).append("\"\n                        data-image-gallery-item\n                        data-image-gallery-new-image-url=\"").append(image(p, "500x659"))
                .append("\"\n                        data-image-gallery-zoom-image-url=\"").append(image(p, "1280x1280")).append("\"\n                    >\n                    <img src=\"")
                .append(image(p, "50x50")).append("\" alt=\"").append(esc(p.name())).append("\" title=\"").append(esc(p.name())).append("\" />\n                    </a>\n                </li>\n        </ul>\n    </section>\n\n");
        b.append("    <section class=\"productView-details product-data\">\n        <div class=\"productView-product\">\n            <h1 class=\"productView-title\">").append(esc(p.name())).append("</h1>\n");
        b.append("            <div class=\"productView-price\">\n").append(priceBlock(p))
                .append("         <div class=\"price-section price-section--saving price\" ").append(p.was() == null ? "style=\"display: none;\"" : "")
                .append(">\n                <span class=\"price\">(You save</span>\n                <span data-product-price-saved class=\"price price--saving\">\n                    ")
                .append(p.was() == null ? "" : money(new BigDecimal(p.was()).subtract(new BigDecimal(p.price())).toPlainString()))
                .append("\n                </span>\n                <span class=\"price\">)</span>\n         </div>\n            </div>\n");
        b.append("            <div data-content-region=\"product_below_price\"></div>\n");
        b.append("            <div class=\"productView-rating\">\n                    <span class=\"icon icon--ratingEmpty\"><svg><use href=\"#icon-star\" /></svg></span>\n")
                .append("                    <span>(No reviews yet)</span>\n                    <a href=\"").append(url)
                .append("\"\n                       class=\"productView-reviewLink productView-reviewLink--new\"\n                       data-reveal-id=\"modal-review-form\"\n                       role=\"button\"\n                    >\n                       Write a Review\n                    </a>\n            </div>\n");
        b.append("            <dl class=\"productView-info\">\n                <dt class=\"productView-info-name sku-label\">SKU:</dt>\n                <dd class=\"productView-info-value\" data-product-sku>")
                .append(esc(p.sku())).append("</dd>\n                <dt class=\"productView-info-name upc-label\" style=\"display: none;\">UPC:</dt>\n                <dd class=\"productView-info-value\" data-product-upc></dd>\n");
        if (pre) {
            b.append("                    <dt class=\"productView-info-name\">Availability:</dt>\n                    <dd class=\"productView-info-value\">Expected to ship within 4 weeks</dd>\n");
        }
        b.append("                    <dt class=\"productView-info-name\">Shipping:</dt>\n                    <dd class=\"productView-info-value\">Calculated at Checkout</dd>\n");
        b.append("                    <dt class=\"productView-info-name\">Material:</dt>\n                    <dd class=\"productView-info-value\">").append(esc(p.material())).append("</dd>\n");
        b.append("            </dl>\n        </div>\n    </section>\n\n");
        b.append("    <section class=\"productView-details product-options\">\n        <div class=\"productView-options\">\n");
        b.append("            <form class=\"form\" method=\"post\" action=\"").append(baseUrl).append("/cart.php\" enctype=\"multipart/form-data\"\n                  data-cart-item-add>\n")
                .append("                <input type=\"hidden\" name=\"action\" value=\"add\">\n                <input type=\"hidden\" name=\"product_id\" value=\"").append(p.id()).append("\"/>\n");
        b.append("                <div data-product-option-change style=\"display:none;\">\n");
        if (p.options()) {
            int attr = 100 + p.id();
            b.append("    <div class=\"form-field\" data-product-attribute=\"set-select\">\n        <label class=\"form-label form-label--alternate form-label--inlineSmall\" for=\"attribute_select_")
                    .append(attr).append("\">\n            ").append(pre ? "Colour" : "Size").append(":\n            <small>Required</small>\n        </label>\n")
                    .append("        <select class=\"form-select form-select--small\" name=\"attribute[").append(attr).append("]\" id=\"attribute_select_").append(attr).append("\" required>\n")
                    .append("            <option value=\"\">Choose Options</option>\n");
            String[] vals = pre ? new String[] {"Juniper", "Clay", "Slate", "Oat"} : new String[] {"Small", "Medium", "Large"};
            for (int v = 0; v < vals.length; v++) {
                b.append("            <option data-product-attribute-value=\"").append(attr * 10 + v).append("\" value=\"").append(attr * 10 + v).append("\">").append(vals[v]).append("</option>\n");
            }
            b.append("        </select>\n    </div>\n");
        }
        b.append("                </div>\n");
        b.append("                <div class=\"form-field form-field--stock u-hiddenVisually\">\n                    <label class=\"form-label form-label--alternate\">\n                        Current Stock:\n                        <span data-product-stock></span>\n                    </label>\n                </div>\n");
        b.append("<div id=\"add-to-cart-wrapper\" class=\"add-to-cart-wrapper\" ").append(oos ? "style=\"display: none\"" : "").append(">\n")
                .append("        <div class=\"form-field form-field--increments\">\n            <label class=\"form-label form-label--alternate\"\n                   for=\"qty[]\">Quantity:</label>\n")
                .append("                <div class=\"form-increment\" data-quantity-change>\n                    <input class=\"form-input form-input--incrementTotal\"\n                           id=\"qty[]\"\n                           name=\"qty[]\"\n                           type=\"tel\"\n                           value=\"1\"\n                           data-quantity-min=\"0\"\n                           data-quantity-max=\"0\"\n                           min=\"1\"\n                           pattern=\"[0-9]*\"\n                           aria-live=\"polite\">\n                </div>\n        </div>\n")
                .append("        <div class=\"form-action\">\n            <input\n                    id=\"form-action-addToCart\"\n                    data-wait-message=\"Adding to cart…\"\n                    class=\"button button--primary\"\n                    type=\"submit\"\n                    value=\"")
                .append(pre ? "Pre-Order Now" : "Add to Cart").append("\"\n            >\n            <span class=\"product-status-message aria-description--hidden\">Adding to cart… The item has been added</span>\n        </div>\n</div>\n");
        if (oos) {
            b.append("<div class=\"alertBox alertBox--error\">\n    <div class=\"alertBox-column alertBox-icon\">\n        <icon glyph=\"ic-error\" class=\"icon\" aria-hidden=\"true\"></icon>\n    </div>\n    <p class=\"alertBox-column alertBox-message\">\n        <span>Out of stock</span>\n    </p>\n</div>\n");
        }
        b.append("            </form>\n");
        b.append("                <form action=\"").append(baseUrl).append("/wishlist.php?action=add&amp;product_id=").append(p.id())
                .append("\" class=\"form form-wishlist form-action\" data-wishlist-add method=\"post\">\n    <a aria-controls=\"wishlist-dropdown\" aria-expanded=\"false\" class=\"button dropdown-menu-button\" data-dropdown=\"wishlist-dropdown\" href=\"#\">\n        <span>Add to Wish List</span>\n    </a>\n")
                .append("    <ul aria-hidden=\"true\" class=\"dropdown-menu\" data-dropdown-content id=\"wishlist-dropdown\">\n        <li>\n            <input class=\"button\" type=\"submit\" value=\"Add to My Wish List\">\n        </li>\n        <li>\n            <a data-wishlist class=\"button\" href=\"")
                .append(baseUrl).append("/wishlist.php?action=addwishlist&amp;product_id=").append(p.id()).append("\">Create New Wish List</a>\n        </li>\n    </ul>\n</form>\n");
        b.append("        </div>\n");
        String enc = formEnc(url);
        b.append("<div class=\"addthis_toolbox\">\n        <ul class=\"socialLinks\">\n")
                .append("                <li class=\"socialLinks-item socialLinks-item--facebook\">\n                    <a class=\"socialLinks__link icon icon--facebook\" title=\"Facebook\" href=\"https://facebook.com/sharer/sharer.php?u=")
                .append(enc).append("\" target=\"_blank\" rel=\"noopener\">\n                        <span class=\"aria-description--hidden\">Facebook</span>\n                        <svg><use href=\"#icon-facebook\"/></svg>\n                    </a>\n                </li>\n")
                .append("                <li class=\"socialLinks-item socialLinks-item--email\">\n                    <a class=\"socialLinks__link icon icon--email\" title=\"Email\" href=\"mailto:?subject=")
                .append(formEnc(p.name()).replace("+", "%20")).append("&amp;body=").append(enc).append("\" target=\"_self\" rel=\"noopener\">\n                        <span class=\"aria-description--hidden\">Email</span>\n                        <svg><use href=\"#icon-envelope\"/></svg>\n                    </a>\n                </li>\n")
                .append("                <li class=\"socialLinks-item socialLinks-item--print\">\n                    <a class=\"socialLinks__link icon icon--print\" title=\"Print\" onclick=\"window.print();return false;\" href=\"#\">\n                        <span class=\"aria-description--hidden\">Print</span>\n                        <svg><use href=\"#icon-print\"/></svg>\n                    </a>\n                </li>\n")
                .append("                <li class=\"socialLinks-item socialLinks-item--twitter\">\n                    <a class=\"socialLinks__link icon icon--x\" href=\"https://x.com/intent/tweet/?text=")
                .append(formEnc(p.name()).replace("+", "%20")).append("&amp;url=").append(enc).append("\" target=\"_blank\" rel=\"noopener\" title=\"X\">\n                        <span class=\"aria-description--hidden\">X</span>\n                        <svg><use href=\"#icon-x\"/></svg>\n                    </a>\n                </li>\n")
                .append("                <li class=\"socialLinks-item socialLinks-item--pinterest\">\n                    <a class=\"socialLinks__link icon icon--pinterest\" title=\"Pinterest\" href=\"https://pinterest.com/pin/create/button/?url=")
                .append(enc).append("&amp;media=").append(formEnc(image(p, "1280x1280"))).append("&amp;description=").append(formEnc(p.name()).replace("+", "%20"))
                .append("\" target=\"_blank\" rel=\"noopener\">\n                        <span class=\"aria-description--hidden\">Pinterest</span>\n                        <svg><use href=\"#icon-pinterest\"/></svg>\n                    </a>\n                </li>\n")
                .append("        </ul>\n    </div>\n");
        b.append("    </section>\n\n");
        b.append("    <article class=\"productView-description\">\n<ul class=\"tabs\" data-tab>\n    <li class=\"tab is-active\">\n        <a class=\"tab-title\" href=\"#tab-description\">Description</a>\n    </li>\n")
                .append("    <li class=\"tab\">\n        <a class=\"tab-title productView-reviewTabLink\" href=\"#tab-reviews\">Reviews</a>\n    </li>\n</ul>\n")
                .append("<div class=\"tabs-contents\">\n    <div class=\"tab-content is-active\" id=\"tab-description\">\n        <p>").append(esc(p.blurb()))
                .append("</p>\n<p>Material: ").append(esc(p.material())).append(". Designed in Portland, Oregon.</p>\n    </div>\n")
                .append("    <div class=\"tab-content\" id=\"tab-reviews\">\n        <p>Be the first to review this product.</p>\n    </div>\n</div>\n    </article>\n</div>\n\n");
        b.append("<div id=\"previewModal\" class=\"modal modal--large\" data-reveal>\n    <div class=\"modal-content\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"modal-header-title\"></div>\n    <div class=\"loadingOverlay\"></div>\n</div>\n");
        b.append("        <div data-content-region=\"product_below_content\"></div>\n    </div>\n");
        // products/tabs.html: related products (same first category) when the product is listed anywhere
        List<Prod> related = new ArrayList<>();
        if (!p.cats().isEmpty()) {
            for (Prod o : listing.get(p.cats().get(0))) {
                if (o != p && related.size() < 4) {
                    related.add(o);
                }
            }
        }
        if (!related.isEmpty()) {
            b.append("<ul class=\"tabs\" data-tab role=\"tablist\">\n        <li class=\"tab is-active\" role=\"presentation\">\n            <a class=\"tab-title\" href=\"#tab-related\" role=\"tab\" tabindex=\"0\" aria-selected=\"true\" controls=\"tab-related\">Related Products</a>\n        </li>\n</ul>\n")
                    .append("<div class=\"tabs-contents\">\n    <div role=\"tabpanel\" aria-hidden=\"false\" class=\"tab-content has-jsContent is-active\" id=\"tab-related\">\n")
                    .append(carousel(related, "Related Products", 6, baseUrl)).append("    </div>\n</div>\n");
        }
        b.append(schema(p, baseUrl));

        return layout(p.name() + " - " + STORE, meta, null, "pages/product",
                "{\"productId\":" + p.id() + ",\"template\":\"pages/product\"}", p.path(), false, b.toString(), baseUrl);
    }

    /** components/products/schema.html. */
    private String schema(Prod p, String baseUrl) {
        String url = baseUrl + p.path();
        String avail = "https://schema.org/" + p.avail();
        return "<script type=\"application/ld+json\">\n    {\n        \"@context\": \"https://schema.org/\",\n        \"@type\": \"Product\",\n"
                + "        \"name\": " + json(p.name()) + ",\n"
                + "        \"sku\": \"" + esc(p.sku()) + "\",\n"
                + "        \"url\" : \"" + url + "\",\n"
                + "        \"description\": \"" + encodeUri(p.blurb() + " Material: " + p.material() + ". Designed in Portland, Oregon.") + "\",\n"
                + "        \"image\": \"" + image(p, "1280x1280") + "\",\n"
                + "        \"offers\": {\n            \"@type\": \"Offer\",\n            \"priceCurrency\": \"USD\",\n"
                + "            \"price\": \"" + p.price() + "\",\n"
                + "            \"itemCondition\" : \"https://schema.org/NewCondition\",\n"
                + "            \"availability\" : \"" + avail + "\",\n"
                + "            \"url\" : \"" + url + "\",\n"
                + "            \"priceValidUntil\": \"2026-04-11\"\n        }\n    }\n</script>\n";
    }

    private String webPage(WebPage w, String baseUrl) {
        StringBuilder b = new StringBuilder();
        b.append(breadcrumbs(List.of(new String[] {"Home", baseUrl + "/"}, new String[] {w.name().replace("&amp;", "&"), baseUrl + w.path()})));
        b.append("<main class=\"page\">\n    <h1 class=\"page-heading\">").append(w.name()).append("</h1>\n    <div class=\"page-content\">\n");
        if (w.path().equals("/blog/")) {
            for (Map.Entry<String, String[]> e : blogPosts.entrySet()) {
                b.append("        <article class=\"blog\">\n            <h2 class=\"blog-title\"><a href=\"").append(baseUrl).append(e.getKey()).append("\">").append(e.getValue()[0])
                        .append("</a></h2>\n            <p class=\"blog-date\">Posted by Alder &amp; Ash on Mar 14th 2024</p>\n            <div class=\"blog-post\">")
                        .append(e.getValue()[1]).append("</div>\n            <a href=\"").append(baseUrl).append(e.getKey()).append("\" class=\"blog-readMore\">Read More</a>\n        </article>\n");
            }
        } else {
            b.append("        <p>").append(w.body()).append("</p>\n");
            if (w.path().equals("/contact-us/")) {
                b.append("        <form data-contact-form class=\"form\" action=\"").append(baseUrl).append("/pages.php?action=sendContactForm\" method=\"post\">\n            <input type=\"hidden\" name=\"page_id\" value=\"3\">\n        </form>\n");
            }
        }
        b.append("    </div>\n</main>\n");
        return layout(w.name().replace("&amp;", "&") + " - " + STORE, metaTags(baseUrl + w.path(), w.name().replace("&amp;", "&")), null,
                w.path().equals("/blog/") ? "pages/blog" : "pages/page", "{\"template\":\"pages/page\"}", w.path(), false, b.toString(), baseUrl);
    }

    private String blogPost(String path, String baseUrl) {
        String[] post = blogPosts.get(path);
        StringBuilder b = new StringBuilder();
        b.append(breadcrumbs(List.of(new String[] {"Home", baseUrl + "/"}, new String[] {"Blog", baseUrl + "/blog/"}, new String[] {post[0], baseUrl + path})));
        b.append("<article class=\"blog\">\n    <h1 class=\"page-heading\">").append(post[0]).append("</h1>\n    <div class=\"blog-post\"><p>").append(post[1])
                .append("</p><p>Shop the pieces: <a href=\"").append(baseUrl).append("/kitchen/cookware/cast-iron/\">Cast Iron</a>, <a href=\"").append(baseUrl)
                .append("/garden/\">Garden</a>.</p></div>\n</article>\n");
        return layout(post[0] + " - " + STORE, metaTags(baseUrl + path, post[1]), null, "pages/blog-post", "{\"template\":\"pages/blog-post\"}", path, false, b.toString(), baseUrl);
    }

    private String simplePage(String title, String template, String inner, String current, String baseUrl) {
        String body = "<div class=\"page\">\n    <h1 class=\"page-heading\">" + title + "</h1>\n    " + inner + "\n</div>\n";
        String path = current.contains("?") ? current.substring(0, current.indexOf('?')) : current;
        return layout(title + " - " + STORE, "<meta name=\"robots\" content=\"noindex, nofollow\" /><meta name='platform' content='bigcommerce.stencil' />", null,
                "pages/" + template, "{\"template\":\"pages/" + template + "\"}", path, false, body, baseUrl);
    }

    private String htmlSitemap(String baseUrl) {
        StringBuilder b = new StringBuilder();
        b.append("<h1 class=\"page-heading\">Sitemap</h1>\n<div class=\"page\">\n<main class=\"page-content\">\n    <h2 class=\"page-heading\">Categories</h2>\n    <ul class=\"sitemap\">\n");
        for (Cat top : children(null)) {
            b.append("        <li><a href=\"").append(baseUrl).append(top.path()).append("\">").append(esc(top.name())).append("</a>");
            List<Cat> kids = children(top.path());
            if (!kids.isEmpty()) {
                b.append("\n            <ul>\n");
                for (Cat k : kids) {
                    b.append("                <li><a href=\"").append(baseUrl).append(k.path()).append("\">").append(esc(k.name())).append("</a>");
                    List<Cat> gk = children(k.path());
                    if (!gk.isEmpty()) {
                        b.append("<ul>");
                        for (Cat g : gk) {
                            b.append("<li><a href=\"").append(baseUrl).append(g.path()).append("\">").append(esc(g.name())).append("</a></li>");
                        }
                        b.append("</ul>");
                    }
                    b.append("</li>\n");
                }
                b.append("            </ul>\n        ");
            }
            b.append("</li>\n");
        }
        b.append("    </ul>\n    <h2 class=\"page-heading\">Pages</h2>\n    <ul class=\"sitemap\">\n");
        for (WebPage w : webPages) {
            b.append("        <li><a href=\"").append(baseUrl).append(w.path()).append("\">").append(w.name()).append("</a></li>\n");
        }
        b.append("    </ul>\n</main>\n</div>\n");
        return layout("Sitemap - " + STORE, metaTags(baseUrl + "/sitemap.php", "Sitemap"), null, "pages/sitemap", "{\"template\":\"pages/sitemap\"}",
                "/sitemap.php", false, b.toString(), baseUrl);
    }

    // ------------------------------------------------------------------------------------------ robots & sitemaps

    private String robots(String baseUrl) {
        String[] dis = {"/account.php", "/cart.php", "/checkout.php", "/checkout", "/finishorder.php", "/login.php", "/orderstatus.php", "/postreview.php",
            "/productimage.php", "/productupdates.php", "/remote.php", "/search.php", "/viewfile.php", "/wishlist.php", "/admin/"};
        StringBuilder s = new StringBuilder("User-agent: *\n");
        for (String d : dis) {
            s.append("Disallow: ").append(d).append('\n');
        }
        s.append("Sitemap: ").append(baseUrl).append("/xmlsitemap.php\n");
        return s.toString();
    }

    private FixturePage sitemap(Map<String, String> params, String baseUrl) {
        String type = params.get("type");
        String page = params.getOrDefault("page", "1");
        if (type == null) {
            if (!params.isEmpty()) {
                return null;
            }
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String t : List.of("products", "categories", "pages", "news")) {
                s.append("\t<sitemap>\n\t\t<loc>").append(baseUrl).append("/xmlsitemap.php?type=").append(t).append("&amp;page=1</loc>\n\t</sitemap>\n");
            }
            return FixturePage.xml(s.append("</sitemapindex>\n").toString());
        }
        if (!"1".equals(page)) {
            return null;
        }
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        switch (type) {
            case "products" -> {
                s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n");
                int day = 1;
                for (Prod p : prods) {
                    s.append("\t<url>\n\t\t<loc>").append(baseUrl).append(p.path()).append("</loc>\n\t\t<lastmod>2024-03-")
                            .append(String.format("%02d", 1 + (day++ % 28))).append("</lastmod>\n")
                            .append("\t\t<image:image>\n\t\t\t<image:loc>").append(CDN).append("/images/stencil/original/products/").append(p.id()).append("/").append(400 + p.id())
                            .append("/").append(imageFile(p)).append("</image:loc>\n\t\t\t<image:caption>").append(xml(p.name()))
                            .append("</image:caption>\n\t\t</image:image>\n\t</url>\n");
                }
            }
            case "categories" -> {
                s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (Cat c : cats) {
                    s.append("\t<url>\n\t\t<loc>").append(baseUrl).append(c.path()).append("</loc>\n\t\t<lastmod>2024-02-20</lastmod>\n\t</url>\n");
                }
            }
            case "pages" -> {
                s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (WebPage w : webPages) {
                    s.append("\t<url>\n\t\t<loc>").append(baseUrl).append(w.path()).append("</loc>\n\t\t<lastmod>2024-01-09</lastmod>\n\t</url>\n");
                }
            }
            case "news" -> {
                s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
                for (String path : blogPosts.keySet()) {
                    s.append("\t<url>\n\t\t<loc>").append(baseUrl).append(path).append("</loc>\n\t\t<lastmod>2024-03-14</lastmod>\n\t</url>\n");
                }
            }
            default -> {
                return null;
            }
        }
        return FixturePage.xml(s.append("</urlset>\n").toString());
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    // ------------------------------------------------------------------------------------------ expectations

    @Override
    public List<ExpectedProduct> expectedProducts() {
        List<ExpectedProduct> out = new ArrayList<>();
        for (Prod p : prods) {
            Set<String> in = new LinkedHashSet<>();
            for (Map.Entry<String, List<Prod>> e : listing.entrySet()) {
                if (e.getValue().contains(p)) {
                    in.add(e.getKey());
                }
            }
            out.add(new ExpectedProduct(p.path(), p.sku(), p.name(), new BigDecimal(p.price()), "USD", p.avail(), Set.copyOf(in)));
        }
        return List.copyOf(out);
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        List<ExpectedCategory> out = new ArrayList<>();
        for (Cat c : cats) {
            out.add(new ExpectedCategory(c.path(), c.name(), c.parentPath()));
        }
        return List.copyOf(out);
    }
}
