package caravan.shops;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WooCommerce 9.x shop on the Storefront 4.x theme (WordPress 6.x), rendered the way the
 * upstream templates render it: Storefront's header (secondary menu, product search, primary and
 * handheld menus, header cart), WooCommerce's archive loop (content-product.php, loop/orderby.php,
 * loop/pagination.php, loop/add-to-cart.php), layered-navigation widgets, single-product templates
 * with WC_Structured_Data JSON-LD, WordPress core sitemaps (wp-sitemap.xml) and the virtual
 * robots.txt as WooCommerce extends it. See src/test/resources/shops/woocommerce-storefront/SOURCES.md.
 *
 * <p>Deterministic: no clock, no randomness. Dates (lastmod, priceValidUntil, copyright) are fixed.
 */
public final class WooStorefrontShop implements FixtureShop {

    private static final String SITE_NAME = "Fernleaf Home";
    private static final String TAGLINE = "Homewares for slow living";
    private static final String CURRENCY = "GBP";
    private static final String CURRENCY_SYMBOL = "&pound;";
    private static final String PRICE_VALID_UNTIL = "2026-12-31";
    private static final int PER_PAGE = 12;          // Storefront: storefront_products_per_page = 12
    private static final int COLUMNS = 3;            // Storefront: storefront_loop_columns = 3
    private static final String UPLOADS = "/wp-content/uploads/2024/09/";
    /** A 1x1 JPEG served for every media-library file the pages reference (gallery links point at them). */
    private static final byte[] JPEG = Base64.getDecoder().decode(
            "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAABAAEDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD1KiiisDQ//9k=");

    // ------------------------------------------------------------------------------------------
    // Catalogue data
    // ------------------------------------------------------------------------------------------

    /** A product_cat term. {@code name} is stored the way WordPress stores term names (HTML-escaped). */
    private record Cat(int id, String slug, String name, String parent, String description) {
    }

    /** A product_tag term. */
    private record Tag(int id, String slug, String name) {
    }

    /** A WooCommerce product (post type "product"). {@code name} is the raw post_title. */
    private static final class Prod {
        final int id;
        final String slug;
        final String name;
        final String sku;
        final String regular;
        final String sale;          // null when not on sale
        final String stock;         // instock | outofstock | onbackorder
        final List<String> cats;    // assigned product_cat slugs (deepest first)
        final List<String> tags;
        final String colour;        // pa_colour term name, or null
        boolean variable;
        boolean hidden;             // catalog visibility "hidden": not in any listing, still published
        boolean featured;
        boolean virtual;
        String rating;              // average rating, or null
        int reviewCount;
        int sales;
        String date = "2024-09-12T10:00:00+00:00";

        Prod(int id, String slug, String name, String sku, String regular, String sale, String stock,
             String colour, List<String> cats, List<String> tags) {
            this.id = id;
            this.slug = slug;
            this.name = name;
            this.sku = sku;
            this.regular = regular;
            this.sale = sale;
            this.stock = stock;
            this.colour = colour;
            this.cats = cats;
            this.tags = tags;
        }

        String price() {
            return sale != null ? sale : regular;
        }

        boolean inStock() {
            return !"outofstock".equals(stock);
        }
    }

    private record Post(int id, String path, String title, String date, String category, String body) {
    }

    private record SimplePage(int id, String path, String title, String body) {
    }

    private final Map<String, Cat> cats = new LinkedHashMap<>();
    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final List<Prod> products = new ArrayList<>();
    private final Map<String, Prod> productsBySlug = new LinkedHashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, SimplePage> pages = new LinkedHashMap<>();

    public WooStorefrontShop() {
        cat(15, "uncategorized", "Uncategorized", null, "");
        cat(16, "kitchen", "Kitchen", null, "Pans, tools and storage for a kitchen that gets used every day.");
        cat(17, "cookware", "Cookware", "kitchen", "Cast iron, enamel and steel that last for decades.");
        cat(18, "utensils", "Utensils", "kitchen", "Spoons, knives and small tools made to be handled.");
        cat(19, "tableware", "Tableware", null, "Plates, bowls and serving pieces for slow dinners.");
        cat(20, "glassware", "Glassware", "tableware", "Tumblers, carafes and glasses in recycled glass.");
        cat(21, "textiles", "Textiles", null, "Linen, wool and cotton for the table and the sofa.");
        cat(22, "cushions", "Cushions", "textiles", "Velvet, linen and boucle cushions.");
        cat(23, "bags-accessories", "Bags &amp; Accessories", null, "Baskets, totes and small things to carry.");

        tags.put("bestseller", new Tag(30, "bestseller", "Bestseller"));
        tags.put("handmade", new Tag(31, "handmade", "Handmade"));
        tags.put("gift-idea", new Tag(32, "gift-idea", "Gift idea"));

        int id = 101;
        // Cookware (11)
        Prod p;
        p = add(id++, "cast-iron-skillet-26cm", "Cast Iron Skillet 26cm", "FL-CW-101", "45.00", "36.00", "instock", "Black", List.of("cookware"), List.of("bestseller"));
        p.featured = true; p.rating = "4.67"; p.reviewCount = 3; p.sales = 58;
        p = add(id++, "enamel-casserole-24cm", "Enamel Casserole 24cm", "FL-CW-102", "89.00", null, "instock", "Sage", List.of("cookware"), List.of());
        p.sales = 21;
        add(id++, "carbon-steel-wok", "Carbon Steel Wok", "FL-CW-103", "39.00", null, "instock", "Black", List.of("cookware"), List.of());
        p = add(id++, "copper-milk-pan", "Copper Milk Pan", "FL-CW-104", "54.00", null, "outofstock", "Copper", List.of("cookware"), List.of("handmade"));
        p.rating = "5.00"; p.reviewCount = 1;
        add(id++, "stoneware-baking-dish", "Stoneware Baking Dish", "FL-CW-105", "28.00", null, "instock", "Cream", List.of("cookware"), List.of());
        add(id++, "stainless-stockpot-8l", "Stainless Stockpot 8L", "FL-CW-106", "62.00", null, "instock", "Steel", List.of("cookware"), List.of());
        add(id++, "ceramic-saute-pan", "Ceramic Saute Pan", "FL-CW-107", "48.00", null, "instock", "Sage", List.of("cookware"), List.of());
        add(id++, "reversible-griddle-plate", "Reversible Griddle Plate", "FL-CW-108", "34.00", null, "instock", "Black", List.of("cookware"), List.of());
        p = add(id++, "mini-dutch-oven", "Mini Dutch Oven", "FL-CW-109", "32.00", "27.50", "instock", "Terracotta", List.of("cookware"), List.of("gift-idea"));
        p.sales = 33;
        add(id++, "heavy-roasting-tin", "Heavy Roasting Tin", "FL-CW-110", "24.00", null, "instock", "Steel", List.of("cookware"), List.of());
        add(id++, "bamboo-steamer-basket", "Bamboo Steamer Basket", "FL-CW-111", "16.00", null, "instock", "Natural", List.of("cookware"), List.of());
        // Utensils (10)
        p = add(id++, "olive-wood-spoon-set", "Olive Wood Spoon Set", "FL-UT-201", "22.00", null, "instock", "Natural", List.of("utensils"), List.of("bestseller", "handmade"));
        p.sales = 71; p.rating = "4.50"; p.reviewCount = 2;
        p = add(id++, "salt-pepper-mill-set", "Salt & Pepper Mill Set", "FL-UT-202", "38.00", null, "instock", "Natural", List.of("utensils"), List.of("gift-idea"));
        p.featured = true; p.sales = 40;
        add(id++, "balloon-whisk", "Balloon Whisk", "FL-UT-203", "9.50", null, "instock", "Steel", List.of("utensils"), List.of());
        add(id++, "slotted-fish-slice", "Slotted Fish Slice", "FL-UT-204", "12.00", null, "instock", "Steel", List.of("utensils"), List.of());
        add(id++, "beech-rolling-pin", "Beech Rolling Pin", "FL-UT-205", "14.00", null, "instock", "Natural", List.of("utensils"), List.of("handmade"));
        add(id++, "granite-mortar-and-pestle", "Granite Mortar and Pestle", "FL-UT-206", "29.00", null, "onbackorder", "Grey", List.of("utensils"), List.of());
        p = add(id++, "chef-knife-20cm", "Chef Knife 20cm", "FL-UT-207", "64.00", null, "instock", "Steel", List.of("utensils"), List.of("bestseller"));
        p.sales = 45;
        add(id++, "serrated-bread-knife", "Serrated Bread Knife", "FL-UT-208", "42.00", null, "instock", "Steel", List.of("utensils"), List.of());
        add(id++, "herb-scissors", "Herb Scissors", "FL-UT-209", "11.00", null, "instock", "Sage", List.of("utensils"), List.of());
        add(id++, "silicone-spatula-trio", "Silicone Spatula Trio", "FL-UT-210", "13.50", "10.00", "instock", "Terracotta", List.of("utensils"), List.of());
        // Kitchen, directly (5; two are also Textiles)
        p = add(id++, "linen-apron", "Linen Apron", "FL-KT-301", "32.00", null, "instock", "Sage", List.of("kitchen", "textiles"), List.of("bestseller"));
        p.variable = true; p.sales = 52; p.featured = true;
        add(id++, "waffle-tea-towel-set", "Waffle Tea Towel Set", "FL-KT-302", "18.00", null, "instock", "Cream", List.of("kitchen", "textiles"), List.of());
        add(id++, "glass-storage-jar-large", "Glass Storage Jar Large", "FL-KT-303", "15.00", null, "instock", "Natural", List.of("kitchen"), List.of());
        add(id++, "spice-tin-set", "Spice Tin Set", "FL-KT-304", "26.00", null, "instock", "Copper", List.of("kitchen"), List.of("gift-idea"));
        p = add(id++, "oak-chopping-board", "Oak Chopping Board", "FL-KT-305", "36.00", null, "instock", "Natural", List.of("kitchen"), List.of("handmade"));
        p.featured = true; p.rating = "4.00"; p.reviewCount = 1;
        // Tableware, directly (7; one is also Textiles, one also Bags & Accessories)
        add(id++, "stoneware-dinner-plate", "Stoneware Dinner Plate", "FL-TW-401", "14.00", null, "instock", "Cream", List.of("tableware"), List.of());
        add(id++, "speckled-side-plate", "Speckled Side Plate", "FL-TW-402", "10.00", null, "instock", "Cream", List.of("tableware"), List.of());
        p = add(id++, "pasta-bowl-pair", "Pasta Bowl Pair", "FL-TW-403", "24.00", "19.20", "instock", "Sage", List.of("tableware"), List.of());
        p.sales = 18;
        add(id++, "oval-serving-platter", "Oval Serving Platter", "FL-TW-404", "34.00", null, "instock", "Cream", List.of("tableware"), List.of());
        add(id++, "linen-napkins-set-of-4", "Linen Napkins Set of 4", "FL-TW-405", "28.00", null, "instock", "Sage", List.of("tableware", "textiles"), List.of());
        add(id++, "brushed-cutlery-set-16-piece", "Brushed Cutlery Set 16 Piece", "FL-TW-406", "79.00", null, "instock", "Steel", List.of("tableware"), List.of());
        add(id++, "insulated-picnic-tote", "Insulated Picnic Tote", "FL-TW-407", "46.00", null, "instock", "Natural", List.of("tableware", "bags-accessories"), List.of("gift-idea"));
        // Glassware (5) — a sub-category that is not in the menu
        add(id++, "ribbed-tumblers-set-of-4", "Ribbed Tumblers Set of 4", "FL-GL-501", "22.00", null, "instock", null, List.of("glassware"), List.of());
        add(id++, "stemless-wine-glasses-pair", "Stemless Wine Glasses Pair", "FL-GL-502", "19.00", null, "instock", null, List.of("glassware"), List.of());
        add(id++, "glass-water-carafe", "Glass Water Carafe", "FL-GL-503", "18.00", null, "instock", null, List.of("glassware"), List.of());
        add(id++, "champagne-coupes-pair", "Champagne Coupes Pair", "FL-GL-504", "26.00", null, "instock", null, List.of("glassware"), List.of("gift-idea"));
        add(id++, "recycled-glass-jug", "Recycled Glass Jug", "FL-GL-505", "21.00", null, "instock", null, List.of("glassware"), List.of());
        // Textiles, directly (4)
        p = add(id++, "merino-wool-throw", "Merino Wool Throw", "FL-TX-601", "95.00", null, "instock", "Grey", List.of("textiles"), List.of("bestseller"));
        p.featured = true; p.sales = 27;
        add(id++, "cellular-cotton-blanket", "Cellular Cotton Blanket", "FL-TX-602", "58.00", null, "instock", "Cream", List.of("textiles"), List.of());
        add(id++, "linen-table-runner", "Linen Table Runner", "FL-TX-603", "30.00", null, "instock", "Sage", List.of("textiles"), List.of());
        p = add(id++, "braided-jute-rug", "Braided Jute Rug", "FL-TX-604", "120.00", "99.00", "instock", "Natural", List.of("textiles"), List.of("handmade"));
        p.sales = 9;
        // Cushions (6)
        add(id++, "velvet-cushion-sage", "Velvet Cushion Sage", "FL-CU-701", "35.00", null, "instock", "Sage", List.of("cushions"), List.of());
        add(id++, "velvet-cushion-rust", "Velvet Cushion Rust", "FL-CU-702", "35.00", null, "instock", "Terracotta", List.of("cushions"), List.of());
        add(id++, "linen-cushion-cover", "Linen Cushion Cover", "FL-CU-703", "24.00", null, "instock", "Cream", List.of("cushions"), List.of());
        add(id++, "boucle-bolster-cushion", "Boucle Bolster Cushion", "FL-CU-704", "42.00", null, "instock", "Cream", List.of("cushions"), List.of());
        add(id++, "striped-outdoor-cushion", "Striped Outdoor Cushion", "FL-CU-705", "29.00", null, "instock", "Navy", List.of("cushions"), List.of());
        add(id++, "round-floor-cushion", "Round Floor Cushion", "FL-CU-706", "55.00", null, "instock", "Grey", List.of("cushions"), List.of());
        // Bags & Accessories (4 + picnic tote + gift card)
        add(id++, "seagrass-market-basket", "Seagrass Market Basket", "FL-BA-801", "34.00", null, "instock", "Natural", List.of("bags-accessories"), List.of("handmade"));
        add(id++, "heavy-canvas-tote", "Heavy Canvas Tote", "FL-BA-802", "18.00", null, "instock", "Navy", List.of("bags-accessories"), List.of());
        add(id++, "leather-key-fob", "Leather Key Fob", "FL-BA-803", "12.00", null, "instock", "Terracotta", List.of("bags-accessories"), List.of("gift-idea"));
        add(id++, "beeswax-food-wraps", "Beeswax Food Wraps", "FL-BA-804", "15.00", null, "instock", "Natural", List.of("bags-accessories"), List.of());
        p = add(id++, "fernleaf-gift-card", "Fernleaf Gift Card", "FL-GC-001", "25.00", null, "instock", null, List.of("bags-accessories"), List.of("gift-idea"));
        p.virtual = true;
        // Catalog visibility "hidden": only the product sitemap lists it
        p = add(id++, "dried-eucalyptus-wreath", "Dried Eucalyptus Wreath", "FL-SE-901", "48.00", null, "instock", null, List.of("uncategorized"), List.of());
        p.hidden = true; p.date = "2024-11-20T08:30:00+00:00";

        posts.add(new Post(401, "/2025/01/14/a-slow-sunday-loaf/", "A slow Sunday loaf", "2025-01-14T09:00:00+00:00", "recipes",
                "<p>Our favourite overnight loaf, baked in the <a href=\"%BASE%/product/mini-dutch-oven/\">Mini Dutch Oven</a>.</p>"));
        posts.add(new Post(402, "/2025/02/03/caring-for-cast-iron/", "Caring for cast iron", "2025-02-03T09:00:00+00:00", "news",
                "<p>Season, wipe, repeat. A short guide to looking after your skillet.</p>"));
        posts.add(new Post(403, "/2025/03/10/spring-table-ideas/", "Spring table ideas", "2025-03-10T09:00:00+00:00", "recipes",
                "<p>Linen, speckled stoneware and a jug of cut flowers.</p>"));

        page(3, "/privacy-policy/", "Privacy Policy", "<p>This policy explains what personal data we collect and why.</p>");
        page(7, "/shop/", "Shop", "");
        page(8, "/cart/", "Cart", "");
        page(9, "/checkout/", "Checkout", "");
        page(10, "/my-account/", "My account", "");
        page(12, "/about-us/", "About us", "<p>Fernleaf Home is a small shop in Hebden Bridge selling homewares we use ourselves.</p>");
        page(13, "/contact/", "Contact", "<p>Email <a href=\"mailto:hello@fernleafhome.example\">hello@fernleafhome.example</a> or call <a href=\"tel:+441422000000\">01422 000000</a>.</p>");
        page(14, "/faq/", "FAQ", "<h2>Do you ship abroad?</h2><p>We ship to the UK and the EU.</p>");
        page(15, "/delivery-returns/", "Delivery &#038; Returns", "<p>Free UK delivery over &pound;50. Returns within 30 days.</p>");
        page(16, "/terms-conditions/", "Terms &#038; Conditions", "<p>These terms apply to every order placed on this website.</p>");
        page(17, "/wishlist/", "Wishlist", "");
        page(18, "/blog/", "Journal", "");
        page(19, "/my-account/lost-password/", "Lost password", "");
    }

    private void cat(int id, String slug, String name, String parent, String description) {
        cats.put(slug, new Cat(id, slug, name, parent, description));
    }

    private Prod add(int id, String slug, String name, String sku, String regular, String sale, String stock,
                     String colour, List<String> catSlugs, List<String> tagSlugs) {
        Prod p = new Prod(id, slug, name, sku, regular, sale, stock, colour, catSlugs, tagSlugs);
        products.add(p);
        productsBySlug.put(slug, p);
        return p;
    }

    private void page(int id, String path, String title, String body) {
        pages.put(path, new SimplePage(id, path, title, body));
    }

    // ------------------------------------------------------------------------------------------
    // Catalogue helpers
    // ------------------------------------------------------------------------------------------

    private String catPath(Cat c) {
        StringBuilder chain = new StringBuilder(c.slug());
        Cat cur = c;
        while (cur.parent() != null) {
            cur = cats.get(cur.parent());
            chain.insert(0, cur.slug() + "/");
        }
        return "/product-category/" + chain + "/";
    }

    private List<Cat> ancestorsAndSelf(Cat c) {
        List<Cat> chain = new ArrayList<>();
        Cat cur = c;
        while (cur != null) {
            chain.add(0, cur);
            cur = cur.parent() == null ? null : cats.get(cur.parent());
        }
        return chain;
    }

    private boolean isSelfOrDescendant(String catSlug, String ancestorSlug) {
        Cat cur = cats.get(catSlug);
        while (cur != null) {
            if (cur.slug().equals(ancestorSlug)) {
                return true;
            }
            cur = cur.parent() == null ? null : cats.get(cur.parent());
        }
        return false;
    }

    /** WooCommerce default catalog order: menu_order (all 0), then title ASC (case-insensitive collation). */
    private static final Comparator<Prod> CATALOG_ORDER = Comparator.comparing(p -> p.name.toLowerCase());

    private List<Prod> visible() {
        List<Prod> list = new ArrayList<>();
        for (Prod p : products) {
            if (!p.hidden) {
                list.add(p);
            }
        }
        list.sort(CATALOG_ORDER);
        return list;
    }

    /** Products a product_cat archive lists: the term and its children (include_children), visible only. */
    private List<Prod> inCat(String slug) {
        List<Prod> list = new ArrayList<>();
        for (Prod p : visible()) {
            for (String c : p.cats) {
                if (isSelfOrDescendant(c, slug)) {
                    list.add(p);
                    break;
                }
            }
        }
        return list;
    }

    private List<Prod> inTag(String slug) {
        List<Prod> list = new ArrayList<>();
        for (Prod p : visible()) {
            if (p.tags.contains(slug)) {
                list.add(p);
            }
        }
        return list;
    }

    // ------------------------------------------------------------------------------------------
    // FixtureShop
    // ------------------------------------------------------------------------------------------

    @Override
    public String name() {
        return "woocommerce-storefront";
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        List<ExpectedProduct> list = new ArrayList<>();
        for (Prod p : products) {
            Set<String> paths = new LinkedHashSet<>();
            if (!p.hidden) {
                paths.add("/shop/");
                for (Cat c : cats.values()) {
                    if (inCat(c.slug()).contains(p)) {
                        paths.add(catPath(c));
                    }
                }
            }
            String availability = switch (p.stock) {
                case "outofstock" -> "OutOfStock";
                case "onbackorder" -> "BackOrder";
                default -> "InStock";
            };
            list.add(new ExpectedProduct("/product/" + p.slug + "/", p.sku, p.name, new BigDecimal(p.price()),
                    CURRENCY, availability, Set.copyOf(paths)));
        }
        return list;
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        return List.of(
                new ExpectedCategory("/shop/", "Shop", null),
                new ExpectedCategory("/product-category/kitchen/", "Kitchen", null),
                new ExpectedCategory("/product-category/kitchen/cookware/", "Cookware", "/product-category/kitchen/"),
                new ExpectedCategory("/product-category/kitchen/utensils/", "Utensils", "/product-category/kitchen/"),
                new ExpectedCategory("/product-category/tableware/", "Tableware", null),
                // Not in any menu: found in wp-sitemap-taxonomies-product_cat-1.xml (and the sidebar widget);
                // parent from the BreadcrumbList on its own page.
                new ExpectedCategory("/product-category/tableware/glassware/", "Glassware", "/product-category/tableware/"),
                // Nested under the "More" custom link (href="#"), which is no category: no parent.
                new ExpectedCategory("/product-category/textiles/", "Textiles", null),
                new ExpectedCategory("/product-category/textiles/cushions/", "Cushions", "/product-category/textiles/"),
                new ExpectedCategory("/product-category/bags-accessories/", "Bags & Accessories", null));
    }

    private static final Pattern PAGED = Pattern.compile("^(/.*/)page/(\\d+)/$");

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        String path = pathAndQuery;
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q + 1);
            path = path.substring(0, q);
        }
        if (path.isEmpty()) {
            path = "/";
        }
        switch (path) {
            case "/robots.txt":
                return FixturePage.text(robots(baseUrl));
            case "/wp-sitemap.xml":
                return FixturePage.xml(sitemapIndex(baseUrl));
            case "/wp-sitemap-posts-post-1.xml":
                return FixturePage.xml(postSitemap(baseUrl));
            case "/wp-sitemap-posts-page-1.xml":
                return FixturePage.xml(pageSitemap(baseUrl));
            case "/wp-sitemap-posts-product-1.xml":
                return FixturePage.xml(productSitemap(baseUrl));
            case "/wp-sitemap-taxonomies-category-1.xml":
                return FixturePage.xml(postCategorySitemap(baseUrl));
            case "/wp-sitemap-taxonomies-product_cat-1.xml":
                return FixturePage.xml(productCatSitemap(baseUrl));
            case "/wp-sitemap-taxonomies-product_tag-1.xml":
                return FixturePage.xml(productTagSitemap(baseUrl));
            case "/wp-sitemap-users-1.xml":
                return FixturePage.xml(userSitemap(baseUrl));
            default:
                break;
        }
        if (path.equals("/")) {
            return FixturePage.html(home(baseUrl, query));
        }
        if (path.startsWith(UPLOADS)) {
            return isUpload(path.substring(UPLOADS.length()))
                    ? new FixturePage(200, "image/jpeg", JPEG.clone(), Map.of()) : null;
        }
        if (!path.endsWith("/")) {
            // redirect_canonical(): add the trailing slash the permalink structure has
            if (!path.contains(".") && resolve(path + "/", query, baseUrl) != null) {
                return FixturePage.redirect(301, baseUrl + path + "/" + (query.isEmpty() ? "" : "?" + query));
            }
            return null;
        }
        return resolve(path, query, baseUrl);
    }

    /** Attachment files: product images in their generated sizes, category thumbnails, the hero. */
    private boolean isUpload(String file) {
        if (file.equals("hero.jpg")) {
            return true;
        }
        for (String size : List.of("", "-100x100", "-150x150", "-324x324", "-416x416")) {
            for (Prod p : products) {
                if (file.equals(p.slug + size + ".jpg")) {
                    return true;
                }
            }
            for (Cat c : cats.values()) {
                if (!size.isEmpty() && file.equals(c.slug() + size + ".jpg")) {
                    return true;
                }
            }
        }
        return false;
    }

    private FixturePage resolve(String path, String query, String base) {
        int pageNo = 1;
        String listPath = path;
        Matcher m = PAGED.matcher(path);
        if (m.matches()) {
            listPath = m.group(1);
            try {
                pageNo = Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                return null;
            }
            if (pageNo < 1) {
                return null;
            }
        }
        // Listings
        Listing listing = listing(listPath);
        if (listing != null) {
            if (m.matches() && pageNo == 1) {
                // redirect_canonical() drops /page/1/
                return FixturePage.redirect(301, base + listPath + (query.isEmpty() ? "" : "?" + query));
            }
            int total = Math.max(1, (listing.products.size() + PER_PAGE - 1) / PER_PAGE);
            if (pageNo > total) {
                return null; // WordPress answers 404 past the last page
            }
            return FixturePage.html(listingPage(base, listing, pageNo, query));
        }
        if (m.matches()) {
            return null;
        }
        if (path.startsWith("/product/")) {
            String slug = path.substring("/product/".length(), path.length() - 1);
            Prod p = productsBySlug.get(slug);
            return p == null ? null : FixturePage.html(productPage(base, p, query));
        }
        if (path.equals("/checkout/")) {
            // wc_template_redirect(): an empty cart's checkout goes back to the cart
            return FixturePage.redirect(302, base + "/cart/");
        }
        SimplePage sp = pages.get(path);
        if (sp != null) {
            return FixturePage.html(simplePage(base, sp));
        }
        for (Post post : posts) {
            if (post.path().equals(path)) {
                return FixturePage.html(postPage(base, post));
            }
        }
        if (path.equals("/category/recipes/") || path.equals("/category/news/")) {
            return FixturePage.html(postArchive(base, path.substring("/category/".length(), path.length() - 1)));
        }
        if (path.equals("/author/fernleaf/")) {
            return FixturePage.html(postArchive(base, null));
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // Escaping helpers (what WordPress does to text on its way out)
    // ------------------------------------------------------------------------------------------

    /** the_title / get_the_title: wptexturize turns a bare ampersand into &#038;. */
    private static String texturize(String raw) {
        return raw.replace("&", "&#038;");
    }

    /** esc_attr / esc_html on a raw string. */
    private static String esc(String raw) {
        return raw.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String money(String amount) {
        return "<span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">"
                + CURRENCY_SYMBOL + "</span>" + amount + "</bdi></span>";
    }

    /** WC_Product::get_price_html() for simple and (single-priced) variable products. */
    private static String priceHtml(Prod p) {
        if (p.sale != null) {
            return "<del aria-hidden=\"true\">" + money(p.regular) + "</del> <span class=\"screen-reader-text\">Original price was: "
                    + CURRENCY_SYMBOL + p.regular + ".</span><ins aria-hidden=\"true\">" + money(p.sale)
                    + "</ins><span class=\"screen-reader-text\">Current price is: " + CURRENCY_SYMBOL + p.sale + ".</span>";
        }
        return money(p.price());
    }

    private static String img(Prod p, int size) {
        return UPLOADS + p.slug + "-" + size + "x" + size + ".jpg";
    }

    private static String stars(String rating) {
        double r = Double.parseDouble(rating);
        String width = String.valueOf((int) Math.round(r / 5 * 100));
        return "<div class=\"star-rating\" role=\"img\" aria-label=\"Rated " + rating + " out of 5\"><span style=\"width:" + width
                + "%\">Rated <strong class=\"rating\">" + rating + "</strong> out of 5</span></div>";
    }

    // ------------------------------------------------------------------------------------------
    // JSON (wp_json_encode with JSON_HEX_TAG | JSON_UNESCAPED_SLASHES, then wc_esc_json( $json, true ))
    // ------------------------------------------------------------------------------------------

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void json(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                jsonString(sb, (String) e.getKey());
                sb.append(':');
                json(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                json(sb, list.get(i));
            }
            sb.append(']');
        } else if (v instanceof String s) {
            jsonString(sb, s);
        } else {
            sb.append(v);
        }
    }

    private static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003C");
                case '>' -> sb.append("\\u003E");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static String ldJson(Object data) {
        StringBuilder sb = new StringBuilder();
        json(sb, data);
        // wc_esc_json( $json, true ): _wp_specialchars( ENT_NOQUOTES, double_encode = true )
        String escaped = sb.toString().replace("&", "&amp;");
        return "<script type=\"application/ld+json\">" + escaped + "</script>";
    }

    /** A crumb: name as the template prints it (already HTML), and its URL (null for none). */
    private record Crumb(String name, String url) {
    }

    private static Map<String, Object> breadcrumbList(List<Crumb> crumbs, String currentUrl) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb c = crumbs.get(i);
            items.add(obj("@type", "ListItem", "position", i + 1,
                    "item", obj("name", c.name(), "@id", c.url() != null ? c.url() : currentUrl)));
        }
        return obj("@context", "https://schema.org/", "@type", "BreadcrumbList", "itemListElement", items);
    }

    private static String breadcrumbHtml(List<Crumb> crumbs) {
        StringBuilder sb = new StringBuilder("<div class=\"storefront-breadcrumb\"><div class=\"col-full\"><nav class=\"woocommerce-breadcrumb\" aria-label=\"breadcrumbs\">");
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb c = crumbs.get(i);
            if (i > 0) {
                sb.append("<span class=\"breadcrumb-separator\"> / </span>");
            }
            if (c.url() != null && i < crumbs.size() - 1) {
                sb.append("<a href=\"").append(c.url()).append("\">").append(c.name()).append("</a>");
            } else {
                sb.append(c.name());
            }
        }
        return sb.append("</nav></div></div>").toString();
    }

    // ------------------------------------------------------------------------------------------
    // Page chrome: head, Storefront header, footer
    // ------------------------------------------------------------------------------------------

    private String head(String b, String title, String bodyClass, String extraHead) {
        return "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"profile\" href=\"http://gmpg.org/xfn/11\">\n"
                + "<link rel=\"pingback\" href=\"" + b + "/xmlrpc.php\">\n\n"
                + "<meta name='robots' content='max-image-preview:large' />\n"
                + "<title>" + title + "</title>\n"
                + "<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n"
                + "<link rel='stylesheet' id='wp-block-library-css' href='" + b + "/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />\n"
                + "<link rel='stylesheet' id='storefront-gutenberg-blocks-css' href='" + b + "/wp-content/themes/storefront/assets/css/base/gutenberg-blocks.css?ver=4.6.1' media='all' />\n"
                + "<link rel='stylesheet' id='storefront-style-css' href='" + b + "/wp-content/themes/storefront/style.css?ver=4.6.1' media='all' />\n"
                + "<link rel='stylesheet' id='storefront-icons-css' href='" + b + "/wp-content/themes/storefront/assets/css/base/icons.css?ver=4.6.1' media='all' />\n"
                + "<link rel='stylesheet' id='storefront-fonts-css' href='https://fonts.googleapis.com/css?family=Source+Sans+Pro%3A400%2C300%2C300italic%2C400italic%2C600%2C700%2C900&#038;subset=latin%2Clatin-ext&#038;ver=4.6.1' media='all' />\n"
                + "<link rel='stylesheet' id='storefront-woocommerce-style-css' href='" + b + "/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.1' media='all' />\n"
                + "<script src=\"" + b + "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n"
                + "<script id=\"wc-add-to-cart-js-extra\">\nvar wc_add_to_cart_params = {\"ajax_url\":\"\\/wp-admin\\/admin-ajax.php\",\"wc_ajax_url\":\"\\/?wc-ajax=%%endpoint%%\",\"i18n_view_cart\":\"View cart\",\"cart_url\":\"" + b.replace("/", "\\/") + "\\/cart\\/\",\"is_cart\":\"\",\"cart_redirect_after_add\":\"no\"};\n</script>\n"
                + "<script src=\"" + b + "/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=9.5.1\" id=\"wc-add-to-cart-js\" defer data-wp-strategy=\"defer\"></script>\n"
                + "<link rel=\"https://api.w.org/\" href=\"" + b + "/wp-json/\" />\n"
                + "<meta name=\"generator\" content=\"WordPress 6.7.1\" />\n"
                + "<meta name=\"generator\" content=\"WooCommerce 9.5.1\" />\n"
                + extraHead
                + "\t<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript>\n"
                + "\t</head>\n\n<body class=\"" + bodyClass + " wp-embed-responsive theme-storefront woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active\">\n\n\n"
                + "<div id=\"page\" class=\"hfeed site\">\n";
    }

    private int menuId = 40;

    private String li(String current, String classes, int id, String href, String text, String children) {
        boolean isCurrent = href.equals(current);
        StringBuilder sb = new StringBuilder();
        sb.append("<li id=\"menu-item-").append(id).append("\" class=\"").append(classes);
        if (children != null) {
            sb.append(" menu-item-has-children");
        }
        if (isCurrent) {
            sb.append(" current-menu-item");
        }
        sb.append(" menu-item-").append(id).append("\"><a href=\"").append(href).append("\"");
        if (isCurrent) {
            sb.append(" aria-current=\"page\"");
        }
        sb.append(">").append(text).append("</a>");
        if (children != null) {
            sb.append("\n<ul class=\"sub-menu\">\n").append(children).append("</ul>\n");
        }
        sb.append("</li>\n");
        return sb.toString();
    }

    private static final String T_PAGE = "menu-item menu-item-type-post_type menu-item-object-page";
    private static final String T_CAT = "menu-item menu-item-type-taxonomy menu-item-object-product_cat";
    private static final String T_POSTCAT = "menu-item menu-item-type-taxonomy menu-item-object-category";
    private static final String T_CUSTOM = "menu-item menu-item-type-custom menu-item-object-custom";
    private static final String T_PRODUCT = "menu-item menu-item-type-post_type menu-item-object-product";

    private String catLink(String b, String slug) {
        return b + catPath(cats.get(slug));
    }

    private String primaryMenu(String b, String cur) {
        String kitchenKids = "\t" + li(cur, T_CAT, 43, catLink(b, "cookware"), "Cookware", null)
                + "\t" + li(cur, T_CAT, 44, catLink(b, "utensils"), "Utensils", null);
        String textilesKids = "\t\t" + li(cur, T_CAT, 48, catLink(b, "cushions"), "Cushions", null);
        String moreKids = "\t" + li(cur, T_CAT, 47, catLink(b, "textiles"), "Textiles", textilesKids)
                + "\t" + li(cur, T_CAT, 49, catLink(b, "bags-accessories"), "Bags &amp; Accessories", null)
                + "\t" + li(cur, T_PRODUCT, 50, b + "/product/fernleaf-gift-card/", "Gift Card", null);
        String journalKids = "\t" + li(cur, T_POSTCAT, 53, b + "/category/recipes/", "Recipes", null);
        return "<div class=\"primary-navigation\"><ul id=\"menu-main-menu\" class=\"menu\">"
                + li(cur, T_PAGE + " menu-item-home", 40, b + "/", "Home", null)
                + li(cur, T_PAGE, 41, b + "/shop/", "Shop", null)
                + li(cur, T_CAT, 42, catLink(b, "kitchen"), "Kitchen", kitchenKids)
                + li(cur, T_CAT, 45, catLink(b, "tableware"), "Tableware", null)
                + li(cur, T_CUSTOM, 46, "#", "More", moreKids)
                + li(cur, T_CUSTOM, 51, b + "/shop/?orderby=date", "New In", null)
                + li(cur, T_PAGE, 52, b + "/blog/", "Journal", journalKids)
                + li(cur, T_PAGE, 54, b + "/about-us/", "About", null)
                + li(cur, T_PAGE, 55, b + "/contact/", "Contact", null)
                + "</ul></div>";
    }

    private String handheldMenu(String b, String cur) {
        return "<div class=\"handheld-navigation\"><ul id=\"menu-handheld\" class=\"menu\">"
                + li(cur, T_PAGE, 60, b + "/shop/", "Shop", null)
                + li(cur, T_CAT, 61, catLink(b, "kitchen"), "Kitchen", null)
                + li(cur, T_CAT, 62, catLink(b, "tableware"), "Tableware", null)
                + li(cur, T_CAT, 63, catLink(b, "textiles"), "Textiles", null)
                + li(cur, T_CAT, 64, catLink(b, "bags-accessories"), "Bags &amp; Accessories", null)
                + li(cur, T_PAGE, 65, b + "/blog/", "Journal", null)
                + li(cur, T_PAGE, 66, b + "/my-account/", "My account", null)
                + "</ul></div>";
    }

    private String searchForm(String b, int n) {
        return "<div class=\"widget woocommerce widget_product_search\"><form role=\"search\" method=\"get\" class=\"woocommerce-product-search\" action=\"" + b + "/\">\n"
                + "\t<label class=\"screen-reader-text\" for=\"woocommerce-product-search-field-" + n + "\">Search for:</label>\n"
                + "\t<input type=\"search\" id=\"woocommerce-product-search-field-" + n + "\" class=\"search-field\" placeholder=\"Search products&hellip;\" value=\"\" name=\"s\" />\n"
                + "\t<button type=\"submit\" value=\"Search\" class=\"\">Search</button>\n"
                + "\t<input type=\"hidden\" name=\"post_type\" value=\"product\" />\n"
                + "</form>\n</div>";
    }

    private String header(String b, String cur, boolean isHome) {
        String titleTag = "div";
        return "\n\t<header id=\"masthead\" class=\"site-header\" role=\"banner\" style=\"\">\n\n"
                + "\t\t<div class=\"col-full\">\t\t<a class=\"skip-link screen-reader-text\" href=\"#site-navigation\">Skip to navigation</a>\n"
                + "\t\t<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n"
                + "\t\t\t\t<div class=\"site-branding\">\n\t\t\t<" + titleTag + " class=\"beta site-title\"><a href=\"" + b + "/\" rel=\"home\">" + SITE_NAME + "</a></" + titleTag + "><p class=\"site-description\">" + TAGLINE + "</p>\t\t</div>\n"
                + "\t\t\t\t\t<nav class=\"secondary-navigation\" role=\"navigation\" aria-label=\"Secondary Navigation\">\n"
                + "\t\t\t\t<div class=\"menu-secondary-container\"><ul id=\"menu-secondary\" class=\"menu\">"
                + li(cur, T_PAGE, 70, b + "/my-account/", "My account", null)
                + li(cur, T_PAGE, 71, b + "/wishlist/", "Wishlist", null)
                + li(cur, T_PAGE, 72, b + "/delivery-returns/", "Delivery &#038; Returns", null)
                + li(cur, T_PAGE, 73, b + "/faq/", "FAQ", null)
                + "</ul></div>\t\t\t</nav><!-- #site-navigation -->\n"
                + "\t\t\t\t\t\t<div class=\"site-search\">\n\t\t\t\t" + searchForm(b, 0) + "\t\t\t</div>\n"
                + "\t\t\t</div><div class=\"storefront-primary-navigation\"><div class=\"col-full\">\t\t<nav id=\"site-navigation\" class=\"main-navigation\" role=\"navigation\" aria-label=\"Primary Navigation\">\n"
                + "\t\t<button id=\"site-navigation-menu-toggle\" class=\"menu-toggle\" aria-controls=\"site-navigation\" aria-expanded=\"false\"><span>Menu</span></button>\n"
                + "\t\t\t" + primaryMenu(b, cur) + handheldMenu(b, cur) + "\t\t</nav><!-- #site-navigation -->\n"
                + "\t\t\t\t<ul id=\"site-header-cart\" class=\"site-header-cart menu\">\n"
                + "\t\t\t<li class=\"" + (cur.equals(b + "/cart/") ? "current-menu-item" : "") + "\">\n"
                + "\t\t\t\t\t\t<a class=\"cart-contents\" href=\"" + b + "/cart/\" title=\"View your shopping cart\">\n"
                + "\t\t\t\t\t\t\t\t" + money("0.00") + " <span class=\"count\">0 items</span>\n\t\t\t</a>\n\t\t\t\t\t</li>\n"
                + "\t\t\t<li>\n\t\t\t\t<div class=\"widget woocommerce widget_shopping_cart\"><div class=\"widget_shopping_cart_content\"></div></div>\t\t\t</li>\n"
                + "\t\t</ul>\n\t\t\t</div></div>\n\t</header><!-- #masthead -->\n\n";
    }

    private String footer(String b, String jsonLd) {
        StringBuilder sb = new StringBuilder();
        sb.append("\t\t</div><!-- .col-full -->\n\t</div><!-- #content -->\n\n\t\n\t<footer id=\"colophon\" class=\"site-footer\" role=\"contentinfo\">\n\t\t<div class=\"col-full\">\n\n");
        sb.append("\t\t\t\t\t\t\t<div class=\"footer-widgets row-1 col-4 fix\">\n");
        sb.append("\t\t\t\t\t<div class=\"block footer-widget-1\">\n\t\t\t\t\t\t<div id=\"nav_menu-2\" class=\"widget widget_nav_menu\"><span class=\"gamma widget-title\">Customer care</span><div class=\"menu-customer-care-container\"><ul id=\"menu-customer-care\" class=\"menu\">");
        sb.append(li("", T_PAGE, 80, b + "/delivery-returns/", "Delivery &#038; Returns", null));
        sb.append(li("", T_PAGE, 81, b + "/faq/", "FAQ", null));
        sb.append(li("", T_PAGE, 82, b + "/terms-conditions/", "Terms &#038; Conditions", null));
        sb.append(li("", T_PAGE + " menu-item-privacy-policy", 83, b + "/privacy-policy/", "Privacy Policy", null));
        sb.append(li("", T_PAGE, 84, b + "/contact/", "Contact us", null));
        sb.append("</ul></div></div>\t\t\t\t\t</div>\n");
        sb.append("\t\t\t\t\t<div class=\"block footer-widget-2\">\n\t\t\t\t\t\t<div id=\"nav_menu-3\" class=\"widget widget_nav_menu\"><span class=\"gamma widget-title\">Shop</span><div class=\"menu-footer-shop-container\"><ul id=\"menu-footer-shop\" class=\"menu\">");
        sb.append(li("", T_CAT, 85, catLink(b, "kitchen"), "Kitchen", null));
        sb.append(li("", T_CAT, 86, catLink(b, "tableware"), "Tableware", null));
        sb.append(li("", T_CAT, 87, catLink(b, "textiles"), "Textiles", null));
        sb.append(li("", T_CAT, 88, catLink(b, "bags-accessories"), "Bags &amp; Accessories", null));
        sb.append(li("", T_PRODUCT, 89, b + "/product/fernleaf-gift-card/", "Gift cards", null));
        sb.append("</ul></div></div>\t\t\t\t\t</div>\n");
        sb.append("\t\t\t\t\t<div class=\"block footer-widget-3\">\n\t\t\t\t\t\t<div id=\"text-2\" class=\"widget widget_text\"><span class=\"gamma widget-title\">Follow us</span>\t\t\t<div class=\"textwidget\"><p>"
                + "<a href=\"https://www.instagram.com/fernleafhome/\" target=\"_blank\" rel=\"noopener\">Instagram</a><br />\n"
                + "<a href=\"https://www.pinterest.co.uk/fernleafhome/\" target=\"_blank\" rel=\"noopener\">Pinterest</a><br />\n"
                + "<a href=\"https://www.facebook.com/fernleafhome\" target=\"_blank\" rel=\"noopener\">Facebook</a></p>\n</div>\n\t\t</div>\t\t\t\t\t</div>\n");
        sb.append("\t\t\t\t\t<div class=\"block footer-widget-4\">\n\t\t\t\t\t\t<div id=\"text-3\" class=\"widget widget_text\"><span class=\"gamma widget-title\">Visit the shop</span>\t\t\t<div class=\"textwidget\"><p>12 Market Street, Hebden Bridge<br />\n"
                + "<a href=\"https://maps.google.com/?q=Hebden+Bridge\" target=\"_blank\" rel=\"noopener\">Get directions</a> &middot; <a href=\"" + b + "/about-us/\">Our story</a> &middot; <a href=\"" + b + "/blog/\">Journal</a></p>\n</div>\n\t\t</div>\t\t\t\t\t</div>\n");
        sb.append("\t\t\t\t\t\t\t</div><!-- .footer-widgets.row-1 -->\n");
        sb.append("\t\t<div class=\"site-info\">\n\t\t\t&copy; " + SITE_NAME + " 2025\n\n\t\t\t\t\t\t\t<br />\n"
                + "\t\t\t\t<a class=\"privacy-policy-link\" href=\"" + b + "/privacy-policy/\" rel=\"privacy-policy\">Privacy Policy</a><span role=\"separator\" aria-hidden=\"true\"></span>"
                + "<a href=\"https://woocommerce.com\" target=\"_blank\" title=\"WooCommerce - The Best eCommerce Platform for WordPress\" rel=\"noreferrer nofollow\">Built with WooCommerce</a>.\t\t\t\t\t</div><!-- .site-info -->\n");
        sb.append("\t\t\t\t<div class=\"storefront-handheld-footer-bar\">\n\t\t\t<ul class=\"columns-3\">\n"
                + "\t\t\t\t\t\t\t\t\t<li class=\"my-account\">\n\t\t\t\t\t\t<a href=\"" + b + "/my-account/\">My Account</a>\t\t\t\t\t</li>\n"
                + "\t\t\t\t\t\t\t\t\t<li class=\"search\">\n\t\t\t\t\t\t<a href=\"\">Search</a>\t\t\t<div class=\"site-search\">\n\t\t\t\t" + searchForm(b, 1) + "\t\t\t</div>\n\t\t\t\t\t\t\t</li>\n"
                + "\t\t\t\t\t\t\t\t\t<li class=\"cart\">\n\t\t\t\t\t\t\t\t<a class=\"footer-cart-contents\" href=\"" + b + "/cart/\">Cart\t\t\t\t<span class=\"count\">0</span>\n\t\t\t</a>\n\t\t\t\t\t\t\t</li>\n"
                + "\t\t\t\t\t\t\t</ul>\n\t\t</div>\n");
        sb.append("\t\t\n\t\t</div><!-- .col-full -->\n\t</footer><!-- #colophon -->\n\n\t\n</div><!-- #page -->\n\n");
        if (jsonLd != null) {
            sb.append(jsonLd).append("\n");
        }
        sb.append("<script src=\"" + b + "/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.1\" id=\"storefront-navigation-js\"></script>\n");
        sb.append("<script src=\"" + b + "/wp-content/plugins/woocommerce/assets/js/sourcebuster/sourcebuster.min.js?ver=9.5.1\" id=\"sourcebuster-js-js\"></script>\n");
        sb.append("<script src=\"" + b + "/wp-content/plugins/woocommerce/assets/js/frontend/order-attribution.min.js?ver=9.5.1\" id=\"wc-order-attribution-js\"></script>\n");
        sb.append("\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String contentOpen() {
        return "\t<div id=\"content\" class=\"site-content\" tabindex=\"-1\">\n\t\t<div class=\"col-full\">\n\n\t\t<div class=\"woocommerce\"></div>";
    }

    // ------------------------------------------------------------------------------------------
    // Product cards (content-product.php with Storefront's hook order)
    // ------------------------------------------------------------------------------------------

    private String productClasses(Prod p) {
        StringBuilder sb = new StringBuilder("product type-product post-").append(p.id).append(" status-publish");
        return sb.toString();
    }

    private String productClassTail(Prod p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.stock);
        for (String c : p.cats) {
            sb.append(" product_cat-").append(c);
        }
        for (String t : p.tags) {
            sb.append(" product_tag-").append(t);
        }
        sb.append(" has-post-thumbnail");
        if (p.sale != null) {
            sb.append(" sale");
        }
        if (p.featured) {
            sb.append(" featured");
        }
        sb.append(p.virtual ? " virtual taxable" : " shipping-taxable");
        if (p.inStock() || "onbackorder".equals(p.stock)) {
            sb.append(" purchasable");
        }
        sb.append(p.variable ? " product-type-variable has-default-attributes" : " product-type-simple");
        return sb.toString();
    }

    private String card(String b, Prod p, int index, int columns) {
        String pos = index % columns == 0 ? " first" : (index % columns == columns - 1 ? " last" : "");
        String link = b + "/product/" + p.slug + "/";
        String nameAttr = esc(p.name);
        StringBuilder sb = new StringBuilder();
        sb.append("<li class=\"").append(productClasses(p)).append(pos).append(' ').append(productClassTail(p)).append("\">\n");
        sb.append("\t<a href=\"").append(link).append("\" class=\"woocommerce-LoopProduct-link woocommerce-loop-product__link\">");
        sb.append("<img width=\"324\" height=\"324\" src=\"").append(b).append(img(p, 324))
                .append("\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" alt=\"").append(nameAttr)
                .append("\" decoding=\"async\" loading=\"lazy\" srcset=\"").append(b).append(img(p, 324)).append(" 324w, ")
                .append(b).append(img(p, 150)).append(" 150w, ").append(b).append(img(p, 100))
                .append(" 100w\" sizes=\"(max-width: 324px) 100vw, 324px\" />");
        sb.append("<h2 class=\"woocommerce-loop-product__title\">").append(texturize(p.name)).append("</h2>");
        if (p.rating != null) {
            sb.append("\n").append(stars(p.rating));
        }
        if (p.sale != null) {
            sb.append("\n\t<span class=\"onsale\">Sale!</span>\n\t");
        }
        sb.append("\n\t<span class=\"price\">").append(priceHtml(p)).append("</span>\n");
        sb.append("</a>");
        sb.append(loopAddToCart(p, link));
        sb.append("</li>\n");
        return sb.toString();
    }

    /** loop/add-to-cart.php with woocommerce_template_loop_add_to_cart()'s default args. */
    private String loopAddToCart(Prod p, String permalink) {
        String href;
        String classes;
        String label;
        String text;
        String describedBy;
        String success = null;
        if (p.variable) {
            href = permalink;
            classes = "button product_type_variable add_to_cart_button";
            label = "Select options for &ldquo;" + esc(p.name) + "&rdquo;";
            text = "Select options";
            describedBy = "This product has multiple variants. The options may be chosen on the product page";
        } else if (p.inStock()) {
            href = "?add-to-cart=" + p.id;
            classes = "button product_type_simple add_to_cart_button ajax_add_to_cart";
            label = "Add to cart: &ldquo;" + esc(p.name) + "&rdquo;";
            text = "Add to cart";
            describedBy = "";
            success = "&ldquo;" + esc(p.name) + "&rdquo; has been added to your cart";
        } else {
            href = permalink;
            classes = "button product_type_simple";
            label = "Read more about &ldquo;" + esc(p.name) + "&rdquo;";
            text = "Read more";
            describedBy = "";
            success = "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<a href=\"").append(href).append("\" aria-describedby=\"woocommerce_loop_add_to_cart_link_describedby_").append(p.id)
                .append("\" data-quantity=\"1\" class=\"").append(classes).append("\" data-product_id=\"").append(p.id)
                .append("\" data-product_sku=\"").append(p.sku).append("\" aria-label=\"").append(label).append("\" rel=\"nofollow\"");
        if (success != null) {
            sb.append(" data-success_message=\"").append(success).append("\"");
        }
        sb.append(">").append(text).append("</a>\t<span id=\"woocommerce_loop_add_to_cart_link_describedby_").append(p.id)
                .append("\" class=\"screen-reader-text\">\n\t\t").append(describedBy).append("\t</span>\n");
        return sb.toString();
    }

    private String productList(String b, List<Prod> list, int columns) {
        StringBuilder sb = new StringBuilder("<ul class=\"products columns-").append(columns).append("\">\n");
        for (int i = 0; i < list.size(); i++) {
            sb.append(card(b, list.get(i), i, columns));
        }
        return sb.append("</ul>\n").toString();
    }

    // ------------------------------------------------------------------------------------------
    // Listings: /shop/, /product-category/…/, /product-tag/…/
    // ------------------------------------------------------------------------------------------

    private static final class Listing {
        String path;
        String h1;          // as printed (HTML)
        String titleText;   // for <title>
        String bodyClass;
        String description; // HTML or ""
        Cat cat;
        Tag tag;
        List<Prod> products;
    }

    private Listing listing(String path) {
        Listing l = new Listing();
        l.path = path;
        if (path.equals("/shop/")) {
            l.h1 = "Shop";
            l.titleText = "Shop";
            l.bodyClass = "archive post-type-archive post-type-archive-product woocommerce-shop woocommerce woocommerce-page";
            l.description = "<p>Everything we stock, from cast iron to cushions.</p>";
            l.products = visible();
            return l;
        }
        if (path.startsWith("/product-category/")) {
            for (Cat c : cats.values()) {
                if (catPath(c).equals(path)) {
                    l.cat = c;
                    l.h1 = c.name();
                    l.titleText = c.name();
                    l.bodyClass = "archive tax-product_cat term-" + c.slug() + " term-" + c.id() + " woocommerce woocommerce-page";
                    l.description = c.description().isEmpty() ? "" : "<p>" + c.description() + "</p>\n";
                    l.products = inCat(c.slug());
                    return l;
                }
            }
            return null;
        }
        if (path.startsWith("/product-tag/")) {
            String slug = path.substring("/product-tag/".length(), path.length() - 1);
            Tag t = tags.get(slug);
            if (t == null) {
                return null;
            }
            l.tag = t;
            l.h1 = t.name();
            l.titleText = t.name();
            l.bodyClass = "archive tax-product_tag term-" + t.slug() + " term-" + t.id() + " woocommerce woocommerce-page";
            l.description = "";
            l.products = inTag(slug);
            return l;
        }
        return null;
    }

    /** get_pagenum_link(): keeps the query string (minus paged / add-to-cart). */
    private static String keptQuery(String query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : query.split("&")) {
            String key = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (key.equals("paged") || key.equals("add-to-cart") || key.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "?" : "&#038;").append(part);
        }
        return sb.toString();
    }

    private static String pageUrl(String b, String path, int n, String kept) {
        return b + path + (n > 1 ? "page/" + n + "/" : "") + kept;
    }

    private static String pagination(String b, String path, int current, int total, String kept) {
        if (total <= 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<nav class=\"woocommerce-pagination\" aria-label=\"Product Pagination\">\n\t<ul class='page-numbers'>\n");
        if (current > 1) {
            sb.append("\t<li><a class=\"prev page-numbers\" href=\"").append(pageUrl(b, path, current - 1, kept)).append("\">&larr;</a></li>\n");
        }
        for (int n = 1; n <= total; n++) {
            if (n == current) {
                sb.append("\t<li><span aria-current=\"page\" class=\"page-numbers current\">").append(n).append("</span></li>\n");
            } else {
                sb.append("\t<li><a class=\"page-numbers\" href=\"").append(pageUrl(b, path, n, kept)).append("\">").append(n).append("</a></li>\n");
            }
        }
        if (current < total) {
            sb.append("\t<li><a class=\"next page-numbers\" href=\"").append(pageUrl(b, path, current + 1, kept)).append("\">&rarr;</a></li>\n");
        }
        return sb.append("</ul>\n</nav>\n").toString();
    }

    private static String ordering(String kept) {
        StringBuilder sb = new StringBuilder("<form class=\"woocommerce-ordering\" method=\"get\">\n\t\t<select\n\t\tname=\"orderby\"\n\t\tclass=\"orderby\"\n\t\t\t\t\taria-label=\"Shop order\"\n\t\t\t>\n");
        String[][] options = {{"menu_order", "Default sorting"}, {"popularity", "Sort by popularity"}, {"rating", "Sort by average rating"},
                {"date", "Sort by latest"}, {"price", "Sort by price: low to high"}, {"price-desc", "Sort by price: high to low"}};
        String selected = "menu_order";
        for (String part : kept.replace("&#038;", "&").replaceFirst("^\\?", "").split("&")) {
            if (part.startsWith("orderby=")) {
                selected = part.substring("orderby=".length());
            }
        }
        for (String[] o : options) {
            sb.append("\t\t\t\t\t<option value=\"").append(o[0]).append("\" ").append(o[0].equals(selected) ? " selected='selected'" : "")
                    .append(">").append(o[1]).append("</option>\n");
        }
        sb.append("\t\t\t</select>\n\t\t<input type=\"hidden\" name=\"paged\" value=\"1\" />\n\t\t\t</form>\n");
        return sb.toString();
    }

    private static String resultCount(int page, int total) {
        String text;
        if (total == 1) {
            text = "Showing the single result";
        } else if (total <= PER_PAGE) {
            text = "Showing all " + total + " results";
        } else {
            int first = (page - 1) * PER_PAGE + 1;
            int last = Math.min(total, page * PER_PAGE);
            text = "Showing " + first + "&ndash;" + last + " of " + total + " results";
        }
        return "<p class=\"woocommerce-result-count\" role=\"alert\" aria-relevant=\"all\" data-is-sorted-by=\"false\">\n\t" + text + "</p>\n";
    }

    private List<Crumb> listingCrumbs(String b, Listing l, int pageNo) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("Home", b));
        if (l.cat != null) {
            for (Cat c : ancestorsAndSelf(l.cat)) {
                crumbs.add(new Crumb(c.name(), b + catPath(c)));
            }
        } else if (l.tag != null) {
            crumbs.add(new Crumb("Products tagged &ldquo;" + l.tag.name() + "&rdquo;", b + l.path));
        } else {
            crumbs.add(new Crumb("Shop", b + "/shop/"));
        }
        if (pageNo > 1) {
            crumbs.add(new Crumb("Page " + pageNo, null));
        }
        return crumbs;
    }

    private String listingPage(String b, Listing l, int pageNo, String query) {
        int total = l.products.size();
        int pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        String kept = keptQuery(query);
        String title = l.titleText + (pageNo > 1 ? " &#8211; Page " + pageNo : "") + " &#8211; " + SITE_NAME;
        String feed = l.cat != null
                ? "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" + SITE_NAME + " &raquo; " + l.cat.name() + " Category Feed\" href=\"" + b + catPath(l.cat) + "feed/\" />\n"
                : "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" + SITE_NAME + " &raquo; Products Feed\" href=\"" + b + "/shop/feed/\" />\n";
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, title, l.bodyClass + (pageNo > 1 ? " paged paged-" + pageNo : ""), feed));
        sb.append(header(b, b + l.path + (query.isEmpty() ? "" : "?" + query), false));
        List<Crumb> crumbs = listingCrumbs(b, l, pageNo);
        sb.append(breadcrumbHtml(crumbs));
        sb.append(contentOpen());
        sb.append("\n\t\t<div id=\"primary\" class=\"content-area\">\n\t\t\t<main id=\"main\" class=\"site-main\" role=\"main\">\n\t\t");
        sb.append("<header class=\"woocommerce-products-header\">\n\t\t\t<h1 class=\"woocommerce-products-header__title page-title\">")
                .append(l.h1).append(pageNo > 1 ? "&nbsp;&ndash; Page " + pageNo : "").append("</h1>\n\t\n\t");
        if (pageNo == 1 && !l.description.isEmpty()) {
            sb.append(l.cat != null ? "<div class=\"term-description\">" + l.description + "</div>"
                    : "<div class=\"page-description\">" + l.description + "</div>");
        }
        sb.append("</header>\n");
        if (query.contains("add-to-cart=")) {
            String id = query.replaceAll(".*add-to-cart=(\\d+).*", "$1");
            for (Prod p : products) {
                if (String.valueOf(p.id).equals(id)) {
                    sb.append("<div class=\"woocommerce-message\" role=\"alert\">\n\t\t<a href=\"").append(b)
                            .append("/cart/\" tabindex=\"1\" class=\"button wc-forward\">View cart</a> &ldquo;")
                            .append(texturize(p.name)).append("&rdquo; has been added to your cart.\t</div>\n");
                }
            }
        }
        if (total == 0) {
            sb.append("<div class=\"woocommerce-no-products-found\">\n\t\n\t<div class=\"woocommerce-info\" role=\"status\">\n\t\tNo products were found matching your selection.\t</div>\n</div>\n");
        } else {
            String pagination = pagination(b, l.path, pageNo, pages, kept);
            sb.append("<div class=\"storefront-sorting\"><div class=\"woocommerce-notices-wrapper\"></div>");
            sb.append(ordering(kept)).append(resultCount(pageNo, total)).append(pagination).append("</div>");
            List<Prod> slice = l.products.subList((pageNo - 1) * PER_PAGE, Math.min(total, pageNo * PER_PAGE));
            sb.append("<div class=\"columns-3\">").append(productList(b, slice, COLUMNS)).append("</div>");
            sb.append("<div class=\"storefront-sorting\">").append(ordering(kept)).append(resultCount(pageNo, total)).append(pagination).append("</div>");
        }
        sb.append("\t\t\t</main><!-- #main -->\n\t\t</div><!-- #primary -->\n\n\t\t\n");
        sb.append(sidebar(b, l));
        sb.append(footer(b, ldJson(breadcrumbList(crumbs, b + l.path + (pageNo > 1 ? "page/" + pageNo + "/" : "") + (query.isEmpty() ? "" : "?" + query)))));
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Sidebar widgets (Storefront sidebar-1)
    // ------------------------------------------------------------------------------------------

    private String categoriesWidget(String b, String currentPath) {
        StringBuilder sb = new StringBuilder("<div id=\"woocommerce_product_categories-2\" class=\"widget woocommerce widget_product_categories\"><span class=\"gamma widget-title\">Product categories</span><ul class=\"product-categories\">");
        for (Cat c : cats.values()) {
            if (c.parent() == null && !c.slug().equals("uncategorized")) {
                sb.append(catItem(b, c, currentPath));
            }
        }
        return sb.append("</ul></div>").toString();
    }

    private String catItem(String b, Cat c, String currentPath) {
        List<Cat> children = new ArrayList<>();
        for (Cat k : cats.values()) {
            if (c.slug().equals(k.parent())) {
                children.add(k);
            }
        }
        StringBuilder sb = new StringBuilder("<li class=\"cat-item cat-item-").append(c.id());
        if (!children.isEmpty()) {
            sb.append(" cat-parent");
        }
        if (catPath(c).equals(currentPath)) {
            sb.append(" current-cat");
        }
        sb.append("\"><a href=\"").append(b).append(catPath(c)).append("\">").append(c.name()).append("</a> <span class=\"count\">(")
                .append(inCat(c.slug()).size()).append(")</span>");
        if (!children.isEmpty()) {
            sb.append("<ul class='children'>\n");
            for (Cat k : children) {
                sb.append(catItem(b, k, currentPath));
            }
            sb.append("</ul>\n");
        }
        return sb.append("</li>\n").toString();
    }

    private String bestSellersWidget(String b) {
        List<Prod> list = new ArrayList<>(visible());
        list.sort(Comparator.comparingInt((Prod p) -> -p.sales).thenComparing(CATALOG_ORDER));
        StringBuilder sb = new StringBuilder("<div id=\"woocommerce_products-2\" class=\"widget woocommerce widget_products\"><span class=\"gamma widget-title\">Best sellers</span><ul class=\"product_list_widget\">");
        for (Prod p : list.subList(0, 4)) {
            sb.append("<li>\n\t\n\t<a href=\"").append(b).append("/product/").append(p.slug).append("/\">\n\t\t<img width=\"324\" height=\"324\" src=\"")
                    .append(b).append(img(p, 324)).append("\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" alt=\"")
                    .append(esc(p.name)).append("\" decoding=\"async\" loading=\"lazy\" />\t\t<span class=\"product-title\">").append(texturize(p.name))
                    .append("</span>\n\t</a>\n\n\t\t\t\t\n\t").append(priceHtml(p)).append("\n\t</li>\n");
        }
        return sb.append("</ul></div>").toString();
    }

    private String sidebar(String b, Listing l) {
        StringBuilder sb = new StringBuilder("<div id=\"secondary\" class=\"widget-area\" role=\"complementary\">\n\t");
        sb.append(categoriesWidget(b, l == null ? "" : l.path));
        if (l != null && !l.products.isEmpty()) {
            String base = b + l.path;
            // WC_Widget_Layered_Nav (pa_colour, query type "and")
            Map<String, Integer> colours = new TreeMap<>();
            for (Prod p : l.products) {
                if (p.colour != null) {
                    colours.merge(p.colour, 1, Integer::sum);
                }
            }
            if (!colours.isEmpty()) {
                sb.append("<div id=\"woocommerce_layered_nav-2\" class=\"widget woocommerce widget_layered_nav woocommerce-widget-layered-nav\"><span class=\"gamma widget-title\">Filter by colour</span><ul class=\"woocommerce-widget-layered-nav-list\">");
                for (Map.Entry<String, Integer> e : colours.entrySet()) {
                    sb.append("<li class=\"woocommerce-widget-layered-nav-list__item wc-layered-nav-term \"><a rel=\"nofollow\" href=\"").append(base)
                            .append("?filter_colour=").append(e.getKey().toLowerCase()).append("\">").append(e.getKey())
                            .append("</a> <span class=\"count\">(").append(e.getValue()).append(")</span></li>");
                }
                sb.append("</ul></div>");
            }
            // WC_Widget_Price_Filter (a GET form)
            sb.append("<div id=\"woocommerce_price_filter-2\" class=\"widget woocommerce widget_price_filter\"><span class=\"gamma widget-title\">Filter by price</span>\n"
                    + "<form method=\"get\" action=\"" + base + "\">\n\t<div class=\"price_slider_wrapper\">\n\t\t<div class=\"price_slider\" style=\"display:none;\"></div>\n"
                    + "\t\t<div class=\"price_slider_amount\" data-step=\"10\">\n"
                    + "\t\t\t<label class=\"screen-reader-text\" for=\"min_price\">Min price</label>\n"
                    + "\t\t\t<input type=\"text\" id=\"min_price\" name=\"min_price\" value=\"0\" data-min=\"0\" placeholder=\"Min price\" />\n"
                    + "\t\t\t<label class=\"screen-reader-text\" for=\"max_price\">Max price</label>\n"
                    + "\t\t\t<input type=\"text\" id=\"max_price\" name=\"max_price\" value=\"120\" data-max=\"120\" placeholder=\"Max price\" />\n"
                    + "\t\t\t\t\t\t<button type=\"submit\" class=\"button\">Filter</button>\n"
                    + "\t\t\t<div class=\"price_label\" style=\"display:none;\">\n\t\t\t\tPrice: <span class=\"from\"></span> &mdash; <span class=\"to\"></span>\n\t\t\t</div>\n"
                    + "\t\t\t\t\t\t<div class=\"clear\"></div>\n\t\t</div>\n\t</div>\n</form>\n\n</div>");
            // WC_Widget_Rating_Filter
            sb.append("<div id=\"woocommerce_rating_filter-2\" class=\"widget woocommerce widget_rating_filter\"><span class=\"gamma widget-title\">Average rating</span><ul>"
                    + "<li class=\"wc-layered-nav-rating\"><a href=\"" + base + "?rating_filter=5\"><span class=\"star-rating\"><span style=\"width:100%\">Rated <strong class=\"rating\">5</strong> out of 5</span></span> (1)</a></li>"
                    + "<li class=\"wc-layered-nav-rating\"><a href=\"" + base + "?rating_filter=4\"><span class=\"star-rating\"><span style=\"width:80%\">Rated <strong class=\"rating\">4</strong> out of 5</span></span> (3)</a></li>"
                    + "</ul></div>");
        }
        sb.append(bestSellersWidget(b));
        sb.append("</div><!-- #secondary -->\n");
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Home page (Storefront homepage template)
    // ------------------------------------------------------------------------------------------

    private String section(String b, String cls, String label, String heading, List<Prod> list) {
        return "<section class=\"storefront-product-section " + cls + "\" aria-label=\"" + label + "\"><h2 class=\"section-title\">" + heading
                + "</h2><div class=\"woocommerce columns-4 \">" + productList(b, list, 4) + "</div></section>";
    }

    private String home(String b, String query) {
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, SITE_NAME + " &#8211; " + TAGLINE,
                "home page-template page-template-template-homepage page-template-template-homepage-php page page-id-6",
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" + SITE_NAME + " &raquo; Feed\" href=\"" + b + "/feed/\" />\n"));
        sb.append(header(b, b + "/", true));
        sb.append(contentOpen());
        sb.append("\n\t<div id=\"primary\" class=\"content-area\">\n\t\t<main id=\"main\" class=\"site-main\" role=\"main\">\n\n");
        sb.append("\t\t\t<div id=\"post-6\" class=\"post-6 page type-page status-publish has-post-thumbnail hentry\" style=\"background-image: url(" + b + UPLOADS + "hero.jpg);\" data-featured-image=\"" + b + UPLOADS + "hero.jpg\">\n"
                + "\t<div class=\"col-full\">\n\t\t<header class=\"entry-header\">\n\t\t<h1 class=\"entry-title\">Made to be used</h1>\t\t</header><!-- .entry-header -->\n"
                + "\t\t\t\t<div class=\"entry-content\">\n\t\t<p>Honest homewares, chosen slowly. Free UK delivery over &pound;50.</p>\n"
                + "<div class=\"wp-block-buttons\"><div class=\"wp-block-button\"><a class=\"wp-block-button__link wp-element-button\" href=\"" + b
                + "/product/merino-wool-throw/?utm_source=homepage&#038;utm_medium=hero&#038;utm_campaign=autumn\">Shop the Merino Throw</a></div>"
                + "<div class=\"wp-block-button\"><a class=\"wp-block-button__link wp-element-button\" href=\"" + b + "/shop/\">Browse everything</a></div></div>\n"
                + "\t\t\t\t\t</div><!-- .entry-content -->\n\t\t\t</div>\n</div><!-- #post-## -->\n");
        if (query.contains("add-to-cart=")) {
            sb.append("<div class=\"woocommerce-notices-wrapper\"></div>");
        }
        // storefront_product_categories: [product_categories number=3 columns=3 parent=0]
        sb.append("<section class=\"storefront-product-section storefront-product-categories\" aria-label=\"Product Categories\"><h2 class=\"section-title\">Shop by Category</h2><div class=\"woocommerce columns-3 \"><ul class=\"products columns-3\">\n");
        String[] homeCats = {"bags-accessories", "kitchen", "tableware"};
        for (int i = 0; i < homeCats.length; i++) {
            Cat c = cats.get(homeCats[i]);
            sb.append("<li class=\"product-category product").append(i == 0 ? " first" : (i == 2 ? " last" : "")).append("\">\n\t<a aria-label=\"Visit product category ")
                    .append(c.name()).append("\" href=\"").append(b).append(catPath(c)).append("\"><img src=\"").append(b).append(UPLOADS).append(c.slug())
                    .append("-324x324.jpg\" alt=\"").append(c.name()).append("\" width=\"324\" height=\"324\" />\t\t<h2 class=\"woocommerce-loop-category__title\">\n\t\t\t")
                    .append(c.name()).append(" <mark class=\"count\">(").append(inCat(c.slug()).size()).append(")</mark>\t\t</h2>\n\t\t</a></li>\n");
        }
        sb.append("</ul>\n</div></section>");
        List<Prod> recent = new ArrayList<>(visible());
        recent.sort(Comparator.comparingInt((Prod p) -> -p.id));
        sb.append(section(b, "storefront-recent-products", "Recent Products", "New In", recent.subList(0, 4)));
        List<Prod> featured = new ArrayList<>();
        for (Prod p : visible()) {
            if (p.featured) {
                featured.add(p);
            }
        }
        sb.append(section(b, "storefront-featured-products", "Featured Products", "We Recommend", featured.subList(0, 4)));
        List<Prod> sale = new ArrayList<>();
        for (Prod p : visible()) {
            if (p.sale != null) {
                sale.add(p);
            }
        }
        sb.append(section(b, "storefront-on-sale-products", "On Sale Products", "On Sale", sale.subList(0, 4)));
        List<Prod> best = new ArrayList<>(visible());
        best.sort(Comparator.comparingInt((Prod p) -> -p.sales).thenComparing(CATALOG_ORDER));
        sb.append(section(b, "storefront-best-selling-products", "Best Selling Products", "Best Sellers", best.subList(0, 4)));
        sb.append("\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n");
        sb.append(footer(b, null));
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Single product
    // ------------------------------------------------------------------------------------------

    private Cat primaryCat(Prod p) {
        // WC_Breadcrumb::add_crumbs_single(): product terms ordered by parent DESC, first one
        Cat best = null;
        for (String slug : p.cats) {
            Cat c = cats.get(slug);
            int parentId = c.parent() == null ? 0 : cats.get(c.parent()).id();
            int bestParent = best == null ? -1 : (best.parent() == null ? 0 : cats.get(best.parent()).id());
            if (parentId > bestParent) {
                best = c;
            }
        }
        return best;
    }

    private String productPage(String b, Prod p, String query) {
        String permalink = b + "/product/" + p.slug + "/";
        String currentUrl = permalink + (query.isEmpty() ? "" : "?" + query);
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("Home", b));
        for (Cat c : ancestorsAndSelf(primaryCat(p))) {
            crumbs.add(new Crumb(c.name(), b + catPath(c)));
        }
        crumbs.add(new Crumb(texturize(p.name), permalink));

        String shortDesc = shortDescription(p);
        StringBuilder extra = new StringBuilder();
        extra.append("<link rel=\"alternate\" title=\"JSON\" type=\"application/json\" href=\"").append(b).append("/wp-json/wp/v2/product/").append(p.id).append("\" />\n");
        extra.append("<link rel=\"canonical\" href=\"").append(permalink).append("\" />\n");
        extra.append("<link rel='shortlink' href='").append(b).append("/?p=").append(p.id).append("' />\n");

        StringBuilder sb = new StringBuilder();
        sb.append(head(b, texturize(p.name) + " &#8211; " + SITE_NAME,
                "product-template-default single single-product postid-" + p.id + " woocommerce woocommerce-page", extra.toString()));
        sb.append(header(b, currentUrl, false));
        sb.append(breadcrumbHtml(crumbs));
        sb.append(contentOpen());
        sb.append("\n\t\t\t<div id=\"primary\" class=\"content-area\">\n\t\t\t<main id=\"main\" class=\"site-main\" role=\"main\">\n\t\t\n\t\t\t\t\t\n\t\t\t");
        sb.append("<div class=\"woocommerce-notices-wrapper\">");
        if (query.contains("add-to-cart=")) {
            sb.append("\n\t<div class=\"woocommerce-message\" role=\"alert\">\n\t\t<a href=\"").append(b)
                    .append("/cart/\" tabindex=\"1\" class=\"button wc-forward\">View cart</a> &ldquo;").append(texturize(p.name))
                    .append("&rdquo; has been added to your cart.\t</div>\n");
        }
        sb.append("</div>");
        sb.append("<div id=\"product-").append(p.id).append("\" class=\"").append(productClasses(p)).append(' ').append(productClassTail(p)).append("\">\n\n\t");
        if (p.sale != null) {
            sb.append("\n\t<span class=\"onsale\">Sale!</span>\n\t");
        }
        sb.append("<div class=\"woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images\" data-columns=\"4\" style=\"opacity: 0; transition: opacity .25s ease-in-out;\">\n")
                .append("\t<div class=\"woocommerce-product-gallery__wrapper\">\n")
                .append("\t\t<div data-thumb=\"").append(b).append(img(p, 100)).append("\" data-thumb-alt=\"").append(esc(p.name))
                .append("\" data-thumb-srcset=\"\" class=\"woocommerce-product-gallery__image\"><a href=\"").append(b).append(UPLOADS).append(p.slug)
                .append(".jpg\"><img width=\"416\" height=\"416\" src=\"").append(b).append(img(p, 416)).append("\" class=\"wp-post-image\" alt=\"")
                .append(esc(p.name)).append("\" data-caption=\"\" data-src=\"").append(b).append(UPLOADS).append(p.slug).append(".jpg\" data-large_image=\"")
                .append(b).append(UPLOADS).append(p.slug).append(".jpg\" data-large_image_width=\"1200\" data-large_image_height=\"1200\" decoding=\"async\" fetchpriority=\"high\" /></a></div>\t</div>\n</div>\n\n");
        sb.append("\t<div class=\"summary entry-summary\">\n\t\t<h1 class=\"product_title entry-title\">").append(texturize(p.name)).append("</h1>");
        if (p.rating != null) {
            sb.append("\n\t<div class=\"woocommerce-product-rating\">\n\t\t").append(stars(p.rating))
                    .append("\t\t\t\t\t\t\t\t<a href=\"#reviews\" class=\"woocommerce-review-link\" rel=\"nofollow\">(<span class=\"count\">").append(p.reviewCount)
                    .append("</span> customer review").append(p.reviewCount == 1 ? "" : "s").append(")</a>\n\t\t\t\t\t\t</div>\n");
        }
        sb.append("<p class=\"price\">").append(priceHtml(p)).append("</p>\n");
        sb.append("<div class=\"woocommerce-product-details__short-description\">\n\t<p>").append(shortDesc).append("</p>\n</div>\n");
        sb.append(addToCartForm(b, p, permalink));
        sb.append("\n<div class=\"yith-wcwl-add-to-wishlist add-to-wishlist-").append(p.id).append(" yith-wcwl-add-to-wishlist--link-style wishlist-fragment on-first-load\">\n")
                .append("\t<div class=\"yith-wcwl-add-button\">\n\t\t<a href=\"?add_to_wishlist=").append(p.id).append("&#038;_wpnonce=6f1c2e9a4b\" class=\"add_to_wishlist single_add_to_wishlist\" data-product-id=\"")
                .append(p.id).append("\" data-product-type=\"").append(p.variable ? "variable" : "simple").append("\" data-original-product-id=\"").append(p.id)
                .append("\" data-title=\"Add to wishlist\" rel=\"nofollow\">\n\t\t\t<span>Add to wishlist</span>\n\t\t</a>\n\t</div>\n</div>\n");
        sb.append("<div class=\"product_meta\">\n\n\t\n\t\n\t\t<span class=\"sku_wrapper\">SKU: <span class=\"sku\">").append(p.sku).append("</span></span>\n\n\t\n\t");
        sb.append("<span class=\"posted_in\">").append(p.cats.size() == 1 ? "Category: " : "Categories: ");
        for (int i = 0; i < p.cats.size(); i++) {
            Cat c = cats.get(p.cats.get(i));
            sb.append(i > 0 ? ", " : "").append("<a href=\"").append(b).append(catPath(c)).append("\" rel=\"tag\">").append(c.name()).append("</a>");
        }
        sb.append("</span>\n\t");
        if (!p.tags.isEmpty()) {
            sb.append("<span class=\"tagged_as\">").append(p.tags.size() == 1 ? "Tag: " : "Tags: ");
            for (int i = 0; i < p.tags.size(); i++) {
                Tag t = tags.get(p.tags.get(i));
                sb.append(i > 0 ? ", " : "").append("<a href=\"").append(b).append("/product-tag/").append(t.slug()).append("/\" rel=\"tag\">").append(t.name()).append("</a>");
            }
            sb.append("</span>\n");
        }
        sb.append("\n\t\n</div>\n\t</div>\n\n\t");
        // Tabs
        sb.append("\n\t<div class=\"woocommerce-tabs wc-tabs-wrapper\">\n\t\t<ul class=\"tabs wc-tabs\" role=\"tablist\">\n")
                .append("\t\t\t\t\t<li role=\"presentation\" class=\"description_tab\" id=\"tab-title-description\">\n\t\t\t\t<a href=\"#tab-description\" role=\"tab\" aria-controls=\"tab-description\">\n\t\t\t\t\tDescription\t\t\t\t</a>\n\t\t\t</li>\n")
                .append("\t\t\t\t\t<li role=\"presentation\" class=\"additional_information_tab\" id=\"tab-title-additional_information\">\n\t\t\t\t<a href=\"#tab-additional_information\" role=\"tab\" aria-controls=\"tab-additional_information\">\n\t\t\t\t\tAdditional information\t\t\t\t</a>\n\t\t\t</li>\n")
                .append("\t\t\t\t\t<li role=\"presentation\" class=\"reviews_tab\" id=\"tab-title-reviews\">\n\t\t\t\t<a href=\"#tab-reviews\" role=\"tab\" aria-controls=\"tab-reviews\">\n\t\t\t\t\tReviews (").append(p.reviewCount).append(")\t\t\t\t</a>\n\t\t\t</li>\n")
                .append("\t\t\t\t\t</ul>\n")
                .append("\t\t\t<div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab\" id=\"tab-description\" role=\"tabpanel\" aria-labelledby=\"tab-title-description\">\n")
                .append("\t\t\t\t\n\t<h2>Description</h2>\n\n<p>").append(shortDesc).append(" Designed in Yorkshire and made by a small workshop we have worked with for years.</p>\n\t\t\t</div>\n")
                .append("\t\t\t<div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab\" id=\"tab-additional_information\" role=\"tabpanel\" aria-labelledby=\"tab-title-additional_information\">\n")
                .append("\t\t\t\t\n\t<h2>Additional information</h2>\n\n<table class=\"woocommerce-product-attributes shop_attributes\" aria-label=\"Product Details\">\n");
        if (p.colour != null) {
            sb.append("\t\t\t<tr class=\"woocommerce-product-attributes-item woocommerce-product-attributes-item--attribute_pa_colour\">\n\t\t\t<th class=\"woocommerce-product-attributes-item__label\" scope=\"row\">Colour</th>\n\t\t\t<td class=\"woocommerce-product-attributes-item__value\"><p><a href=\"")
                    .append(b).append("/shop/?filter_colour=").append(p.colour.toLowerCase()).append("\" rel=\"tag\">").append(p.colour).append("</a></p>\n</td>\n\t\t</tr>\n");
        }
        if (p.variable) {
            sb.append("\t\t\t<tr class=\"woocommerce-product-attributes-item woocommerce-product-attributes-item--attribute_pa_size\">\n\t\t\t<th class=\"woocommerce-product-attributes-item__label\" scope=\"row\">Size</th>\n\t\t\t<td class=\"woocommerce-product-attributes-item__value\"><p>S/M, L/XL</p>\n</td>\n\t\t</tr>\n");
        }
        sb.append("\t</table>\n\t\t\t</div>\n")
                .append("\t\t\t<div class=\"woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab\" id=\"tab-reviews\" role=\"tabpanel\" aria-labelledby=\"tab-title-reviews\">\n")
                .append("\t\t\t\t<div id=\"reviews\" class=\"woocommerce-Reviews\">\n\t<div id=\"comments\">\n\t\t<h2 class=\"woocommerce-Reviews-title\">\n\t\t\t")
                .append(p.reviewCount == 0 ? "Reviews" : p.reviewCount + " review" + (p.reviewCount == 1 ? "" : "s") + " for <span>" + texturize(p.name) + "</span>")
                .append("\t\t</h2>\n\n\t\t\t");
        if (p.reviewCount == 0) {
            sb.append("<p class=\"woocommerce-noreviews\">There are no reviews yet.</p>\n");
        } else {
            sb.append("<ol class=\"commentlist\">\n<li class=\"review even thread-even depth-1\" id=\"li-comment-9").append(p.id)
                    .append("\">\n\t<div id=\"comment-9").append(p.id).append("\" class=\"comment_container\">\n\t\t<div class=\"comment-text\">\n\t\t\t")
                    .append(stars(p.rating)).append("\n\t<p class=\"meta\">\n\t\t<strong class=\"woocommerce-review__author\">Harriet M. </strong>\n\t\t\t\t<span class=\"woocommerce-review__dash\">&ndash;</span> <time class=\"woocommerce-review__published-date\" datetime=\"2024-10-05T14:20:00+00:00\">5 October 2024</time>\n\t</p>\n\n\t<div class=\"description\"><p>Lovely quality, arrived quickly.</p>\n</div>\n\t\t</div>\n\t</div>\n</li><!-- #comment-## -->\n</ol>\n");
        }
        sb.append("\t</div>\n\t<div class=\"clear\"></div>\n</div>\n\t\t\t</div>\n\t\t\n\t\t\t</div>\n\n");
        // Related products (woocommerce_output_related_products, Storefront: 3 products, 3 columns)
        List<Prod> related = new ArrayList<>();
        Cat pc = primaryCat(p);
        for (Prod o : inCat(pc.slug())) {
            if (o != p && related.size() < 3) {
                related.add(o);
            }
        }
        if (!related.isEmpty()) {
            sb.append("\n\t<section class=\"related products\">\n\n\t\t\t\t\t<h2>Related products</h2>\n\t\t\t\t\n\t\t").append(productList(b, related, 3)).append("\n\t</section>\n\t");
        }
        sb.append("</div>\n\n");
        // Storefront product pagination (previous / next product by date, visible products only)
        List<Prod> byId = new ArrayList<>();
        for (Prod o : products) {
            if (!o.hidden) {
                byId.add(o);
            }
        }
        int at = byId.indexOf(p);
        sb.append("\t\t<nav class=\"storefront-product-pagination\" aria-label=\"More products\">\n");
        if (at > 0) {
            Prod prev = byId.get(at - 1);
            sb.append("\t\t\t\t\t\t\t<a href=\"").append(b).append("/product/").append(prev.slug).append("/\" rel=\"prev\"><img width=\"324\" height=\"324\" src=\"")
                    .append(b).append(img(prev, 324)).append("\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" alt=\"\" decoding=\"async\" loading=\"lazy\" /><span class=\"storefront-product-pagination__title\">")
                    .append(texturize(prev.name)).append("</span></a>\t\t\t\n");
        }
        if (at >= 0 && at < byId.size() - 1) {
            Prod next = byId.get(at + 1);
            sb.append("\t\t\t\t\t\t\t<a href=\"").append(b).append("/product/").append(next.slug).append("/\" rel=\"next\"><img width=\"324\" height=\"324\" src=\"")
                    .append(b).append(img(next, 324)).append("\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" alt=\"\" decoding=\"async\" loading=\"lazy\" /><span class=\"storefront-product-pagination__title\">")
                    .append(texturize(next.name)).append("</span></a>\t\t\t\n");
        }
        sb.append("\t\t</nav><!-- .storefront-product-pagination -->\n\t\t\n\t\t\t\t\n\t\t\t</main><!-- #main -->\n\t\t</div><!-- #primary -->\n\n\t\t\n");
        // Sidebar: the layered-nav widgets only show on archives
        sb.append("<div id=\"secondary\" class=\"widget-area\" role=\"complementary\">\n\t").append(categoriesWidget(b, "")).append(bestSellersWidget(b)).append("</div><!-- #secondary -->\n");
        // Storefront sticky add-to-cart
        if (p.inStock()) {
            sb.append("\t\t\t<section class=\"storefront-sticky-add-to-cart\">\n\t\t\t\t<div class=\"col-full\">\n\t\t\t\t\t<div class=\"storefront-sticky-add-to-cart__content\">\n\t\t\t\t\t\t<img width=\"324\" height=\"324\" src=\"")
                    .append(b).append(img(p, 324)).append("\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" alt=\"\" decoding=\"async\" loading=\"lazy\" />\t\t\t\t\t\t<div class=\"storefront-sticky-add-to-cart__content-product-info\">\n\t\t\t\t\t\t\t<span class=\"storefront-sticky-add-to-cart__content-title\">You&#039;re viewing: <strong>")
                    .append(texturize(p.name)).append("</strong></span>\n\t\t\t\t\t\t\t<span class=\"storefront-sticky-add-to-cart__content-price\">").append(priceHtml(p))
                    .append("</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<a href=\"").append(p.variable ? permalink : "?add-to-cart=" + p.id)
                    .append("\" class=\"storefront-sticky-add-to-cart__content-button button alt\" rel=\"nofollow\">\n\t\t\t\t\t\t\t")
                    .append(p.variable ? "Select options" : "Add to cart").append("\t\t\t\t\t\t</a>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</section><!-- .storefront-sticky-add-to-cart -->\n\t\t");
        }
        sb.append(footer(b, ldJson(obj("@context", "https://schema.org/", "@graph",
                List.of(breadcrumbList(crumbs, currentUrl), productData(b, p, permalink, shortDesc))))));
        return sb.toString();
    }

    private static String shortDescription(Prod p) {
        if (p.virtual) {
            return "A gift card for anything in the shop, sent by email and valid for two years.";
        }
        String colour = p.colour == null ? "" : " in " + p.colour.toLowerCase();
        return "Our " + p.name.toLowerCase().replace("&", "and") + colour + ", chosen for everyday use.";
    }

    private String addToCartForm(String b, Prod p, String permalink) {
        StringBuilder sb = new StringBuilder();
        if (!p.inStock()) {
            return "<p class=\"stock out-of-stock\">Out of stock</p>\n";
        }
        if ("onbackorder".equals(p.stock)) {
            sb.append("<p class=\"stock available-on-backorder\">Available on backorder</p>\n");
        }
        String qty = "\t<div class=\"quantity\">\n\t\t<label class=\"screen-reader-text\" for=\"quantity_" + p.id + "\">" + texturize(p.name) + " quantity</label>\n"
                + "\t<input\n\t\ttype=\"number\"\n\t\t\t\tid=\"quantity_" + p.id + "\"\n\t\tclass=\"input-text qty text\"\n\t\tname=\"quantity\"\n\t\tvalue=\"1\"\n\t\taria-label=\"Product quantity\"\n"
                + "\t\t\t\tmin=\"1\"\n\t\t\t\t\t\tstep=\"1\"\n\t\tplaceholder=\"\"\n\t\tinputmode=\"numeric\"\n\t\tautocomplete=\"off\"\n\t/>\n\t</div>\n";
        if (p.variable) {
            String variations = "[{&quot;attributes&quot;:{&quot;attribute_pa_size&quot;:&quot;s-m&quot;},&quot;availability_html&quot;:&quot;&quot;,&quot;display_price&quot;:32,&quot;display_regular_price&quot;:32,&quot;is_in_stock&quot;:true,&quot;sku&quot;:&quot;"
                    + p.sku + "-SM&quot;,&quot;variation_id&quot;:" + (p.id + 900) + "},{&quot;attributes&quot;:{&quot;attribute_pa_size&quot;:&quot;l-xl&quot;},&quot;availability_html&quot;:&quot;&quot;,&quot;display_price&quot;:32,&quot;display_regular_price&quot;:32,&quot;is_in_stock&quot;:true,&quot;sku&quot;:&quot;"
                    + p.sku + "-LXL&quot;,&quot;variation_id&quot;:" + (p.id + 901) + "}]";
            sb.append("\n<form class=\"variations_form cart\" action=\"").append(permalink).append("\" method=\"post\" enctype='multipart/form-data' data-product_id=\"")
                    .append(p.id).append("\" data-product_variations=\"").append(variations).append("\">\n\t\n\t\t\t<table class=\"variations\" cellspacing=\"0\" role=\"presentation\">\n\t\t\t<tbody>\n")
                    .append("\t\t\t\t\t\t\t\t\t<tr>\n\t\t\t\t\t\t<th class=\"label\"><label for=\"pa_size\">Size</label></th>\n\t\t\t\t\t\t<td class=\"value\">\n")
                    .append("\t\t\t\t\t\t\t<select id=\"pa_size\" class=\"\" name=\"attribute_pa_size\" data-attribute_name=\"attribute_pa_size\" data-show_option_none=\"yes\"><option value=\"\">Choose an option</option><option value=\"s-m\" >S/M</option><option value=\"l-xl\" >L/XL</option></select><a class=\"reset_variations\" href=\"#\" aria-label=\"Clear options\">Clear</a>\t\t\t\t\t\t</td>\n\t\t\t\t\t</tr>\n")
                    .append("\t\t\t\t\t\t</tbody>\n\t\t</table>\n\t\t<div class=\"reset_variations_alert screen-reader-text\" role=\"alert\" aria-live=\"polite\" aria-relevant=\"all\"></div>\n")
                    .append("\t\t\t\t<div class=\"single_variation_wrap\">\n\t\t\t<div class=\"woocommerce-variation single_variation\" role=\"alert\" aria-relevant=\"additions\"></div><div class=\"woocommerce-variation-add-to-cart variations_button\">\n")
                    .append(qty)
                    .append("\t<button type=\"submit\" class=\"single_add_to_cart_button button alt disabled wc-variation-selection-needed\">Add to cart</button>\n")
                    .append("\t<input type=\"hidden\" name=\"add-to-cart\" value=\"").append(p.id).append("\" />\n\t<input type=\"hidden\" name=\"product_id\" value=\"").append(p.id)
                    .append("\" />\n\t<input type=\"hidden\" name=\"variation_id\" class=\"variation_id\" value=\"0\" />\n</div>\n\t\t</div>\n\t\n\t</form>\n");
            return sb.toString();
        }
        sb.append("\n\t\n\t<form class=\"cart\" action=\"").append(permalink).append("\" method=\"post\" enctype='multipart/form-data'>\n\t\t\n\t\t")
                .append(qty).append("\n\t\t<button type=\"submit\" name=\"add-to-cart\" value=\"").append(p.id)
                .append("\" class=\"single_add_to_cart_button button alt\">Add to cart</button>\n\n\t\t\t</form>\n\n\t\n");
        return sb.toString();
    }

    /** WC_Structured_Data::generate_product_data() for simple and single-priced variable products. */
    private Map<String, Object> productData(String b, Prod p, String permalink, String shortDesc) {
        // wp_kses_post( $product->get_name() ) normalises a bare "&" to "&amp;"
        String ksesName = p.name.replace("&", "&amp;");
        Map<String, Object> markup = obj(
                "@context", "https://schema.org/",
                "@type", "Product",
                "@id", permalink + "#product",
                "name", ksesName,
                "url", permalink,
                "description", shortDesc,
                "image", b + UPLOADS + p.slug + ".jpg",
                "sku", p.sku);
        List<Object> specs = new ArrayList<>();
        if (p.sale != null) {
            specs.add(obj("@type", "UnitPriceSpecification", "price", p.sale, "priceCurrency", CURRENCY,
                    "valueAddedTaxIncluded", true, "validThrough", PRICE_VALID_UNTIL));
            specs.add(obj("@type", "UnitPriceSpecification", "price", p.regular, "priceCurrency", CURRENCY,
                    "valueAddedTaxIncluded", true, "validThrough", PRICE_VALID_UNTIL, "priceType", "https://schema.org/ListPrice"));
        } else {
            specs.add(obj("@type", "UnitPriceSpecification", "price", p.regular, "priceCurrency", CURRENCY,
                    "valueAddedTaxIncluded", true, "validThrough", PRICE_VALID_UNTIL));
        }
        String availability = switch (p.stock) {
            case "outofstock" -> "OutOfStock";
            case "onbackorder" -> "BackOrder";
            default -> "InStock";
        };
        Map<String, Object> offer = obj(
                "@type", "Offer",
                "priceSpecification", specs,
                "priceValidUntil", PRICE_VALID_UNTIL,
                "availability", "https://schema.org/" + availability,
                "url", permalink,
                "seller", obj("@type", "Organization", "name", SITE_NAME, "url", b));
        markup.put("offers", List.of(offer));
        if (p.rating != null) {
            markup.put("aggregateRating", obj("@type", "AggregateRating", "ratingValue", p.rating, "reviewCount", p.reviewCount));
            markup.put("review", List.of(obj(
                    "@type", "Review",
                    "reviewRating", obj("@type", "Rating", "bestRating", "5", "ratingValue", p.rating.substring(0, 1), "worstRating", "1"),
                    "author", obj("@type", "Person", "name", "Harriet M."),
                    "reviewBody", "Lovely quality, arrived quickly.",
                    "datePublished", "2024-10-05T14:20:00+00:00")));
        }
        return markup;
    }

    // ------------------------------------------------------------------------------------------
    // WordPress pages, posts, archives
    // ------------------------------------------------------------------------------------------

    private String simplePage(String b, SimplePage sp) {
        if (sp.path().equals("/blog/")) {
            return postArchive(b, "");
        }
        String body = sp.body().replace("%BASE%", b);
        switch (sp.path()) {
            case "/cart/" -> body = "<div class=\"woocommerce\"><div class=\"woocommerce-notices-wrapper\"></div><div class=\"wc-empty-cart-message\">\n\t<div class=\"cart-empty woocommerce-info\" role=\"status\">\n\t\tYour cart is currently empty.\t</div>\n</div>\t<p class=\"return-to-shop\">\n\t\t<a class=\"button wc-backward\" href=\""
                    + b + "/shop/\">\n\t\t\tReturn to shop\t\t</a>\n\t</p>\n</div>";
            case "/my-account/" -> body = "<div class=\"woocommerce\"><div class=\"woocommerce-notices-wrapper\"></div>\n\t\t<h2>Login</h2>\n\t\t<form class=\"woocommerce-form woocommerce-form-login login\" method=\"post\">\n"
                    + "\t\t\t<p class=\"woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide\">\n\t\t\t\t<label for=\"username\">Username or email address&nbsp;<span class=\"required\" aria-hidden=\"true\">*</span></label>\n\t\t\t\t<input type=\"text\" class=\"woocommerce-Input woocommerce-Input--text input-text\" name=\"username\" id=\"username\" autocomplete=\"username\" value=\"\" required aria-required=\"true\" />\t\t\t</p>\n"
                    + "\t\t\t<p class=\"woocommerce-form-row woocommerce-form-row--wide form-row form-row-wide\">\n\t\t\t\t<label for=\"password\">Password&nbsp;<span class=\"required\" aria-hidden=\"true\">*</span></label>\n\t\t\t\t<input class=\"woocommerce-Input woocommerce-Input--text input-text\" type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required aria-required=\"true\" />\n\t\t\t</p>\n"
                    + "\t\t\t<p class=\"form-row\">\n\t\t\t\t<button type=\"submit\" class=\"woocommerce-button button woocommerce-form-login__submit\" name=\"login\" value=\"Log in\">Log in</button>\n\t\t\t</p>\n"
                    + "\t\t\t<p class=\"woocommerce-LostPassword lost_password\">\n\t\t\t\t<a href=\"" + b + "/my-account/lost-password/\">Lost your password?</a>\n\t\t\t</p>\n\t\t</form>\n</div>";
            case "/wishlist/" -> body = "<div class=\"woocommerce yith-wcwl-form wishlist-fragment\"><p class=\"wishlist-empty\">No products added to the wishlist</p><p class=\"return-to-shop\"><a class=\"button wc-backward\" href=\""
                    + b + "/shop/\">Return to shop</a></p></div>";
            case "/my-account/lost-password/" -> body = "<div class=\"woocommerce\"><form method=\"post\" class=\"woocommerce-ResetPassword lost_reset_password\"><p>Lost your password? Please enter your username or email address.</p>"
                    + "<p class=\"woocommerce-form-row\"><label for=\"user_login\">Username or email</label><input class=\"woocommerce-Input input-text\" type=\"text\" name=\"user_login\" id=\"user_login\" /></p>"
                    + "<p class=\"woocommerce-form-row form-row\"><button type=\"submit\" class=\"woocommerce-Button button\" value=\"Reset password\">Reset password</button></p></form></div>";
            default -> {
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, sp.title() + " &#8211; " + SITE_NAME, "page-template-default page page-id-" + sp.id(),
                "<link rel=\"canonical\" href=\"" + b + sp.path() + "\" />\n"));
        sb.append(header(b, b + sp.path(), false));
        sb.append(contentOpen());
        sb.append("\n\t<div id=\"primary\" class=\"content-area\">\n\t\t<main id=\"main\" class=\"site-main\" role=\"main\">\n\n\t\t\t\t\n<article id=\"post-")
                .append(sp.id()).append("\" class=\"post-").append(sp.id()).append(" page type-page status-publish hentry\">\n\t\t\t<header class=\"entry-header\">\n\t\t\t<h1 class=\"entry-title\">")
                .append(sp.title()).append("</h1>\t\t</header><!-- .entry-header -->\n\t\t\t\t<div class=\"entry-content\">\n\t\t\t").append(body)
                .append("\n\t\t\t\t\t</div><!-- .entry-content -->\n\t\t</article><!-- #post-## -->\n\n\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\n\n");
        sb.append(footer(b, null));
        return sb.toString();
    }

    private String postPage(String b, Post post) {
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, post.title() + " &#8211; " + SITE_NAME, "post-template-default single single-post postid-" + post.id() + " single-format-standard",
                "<link rel=\"canonical\" href=\"" + b + post.path() + "\" />\n"));
        sb.append(header(b, b + post.path(), false));
        sb.append(contentOpen());
        String catName = post.category().equals("recipes") ? "Recipes" : "News";
        sb.append("\n\t<div id=\"primary\" class=\"content-area\">\n\t\t<main id=\"main\" class=\"site-main\" role=\"main\">\n\n\t\t\n<article id=\"post-").append(post.id())
                .append("\" class=\"post-").append(post.id()).append(" post type-post status-publish format-standard hentry category-").append(post.category()).append("\">\n\n\t\t<header class=\"entry-header\">\n\t\t")
                .append("<span class=\"posted-on\">Posted on <a href=\"").append(b).append(post.path()).append("\" rel=\"bookmark\"><time class=\"entry-date published updated\" datetime=\"")
                .append(post.date()).append("\">").append(post.date(), 0, 10).append("</time></a></span> <span class=\"post-author\">by <a href=\"").append(b)
                .append("/author/fernleaf/\" class=\"url fn\" rel=\"author\">Fernleaf</a></span> <h1 class=\"entry-title\">").append(post.title())
                .append("</h1>\t\t</header><!-- .entry-header -->\n\t\t\t\t<div class=\"entry-content\">\n\t\t").append(post.body().replace("%BASE%", b))
                .append("\t\t</div><!-- .entry-content -->\n\t\t\n\t\t<aside class=\"entry-taxonomy\">\n\t\t\t<div class=\"cat-links\">\n\t\t\t\tCategory: <a href=\"").append(b)
                .append("/category/").append(post.category()).append("/\" rel=\"category tag\">").append(catName)
                .append("</a>\t\t\t</div>\n\t\t</aside>\n\n\t\t</article><!-- #post-## -->\n\n\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\n\n");
        sb.append(footer(b, null));
        return sb.toString();
    }

    /** The blog (category = ""), a post category archive, or the author archive (category = null). */
    private String postArchive(String b, String category) {
        String title;
        String path;
        String bodyClass;
        if (category == null) {
            title = "Fernleaf";
            path = "/author/fernleaf/";
            bodyClass = "archive author author-fernleaf author-1";
        } else if (category.isEmpty()) {
            title = "Journal";
            path = "/blog/";
            bodyClass = "blog";
        } else {
            title = category.equals("recipes") ? "Recipes" : "News";
            path = "/category/" + category + "/";
            bodyClass = "archive category category-" + category;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(head(b, title + " &#8211; " + SITE_NAME, bodyClass, ""));
        sb.append(header(b, b + path, false));
        sb.append(contentOpen());
        sb.append("\n\t<div id=\"primary\" class=\"content-area\">\n\t\t<main id=\"main\" class=\"site-main\" role=\"main\">\n\n\t\t<header class=\"page-header\">\n\t\t\t<h1 class=\"page-title\">")
                .append(category == null ? "Author: <span>Fernleaf</span>" : category.isEmpty() ? "Journal" : "Category: <span>" + title + "</span>")
                .append("</h1>\t\t</header><!-- .page-header -->\n\n");
        for (Post post : posts) {
            if (category != null && !category.isEmpty() && !post.category().equals(category)) {
                continue;
            }
            sb.append("<article id=\"post-").append(post.id()).append("\" class=\"post-").append(post.id()).append(" post type-post status-publish format-standard hentry category-")
                    .append(post.category()).append("\">\n\t\t<header class=\"entry-header\">\n\t\t<h2 class=\"alpha entry-title\"><a href=\"").append(b).append(post.path())
                    .append("\" rel=\"bookmark\">").append(post.title()).append("</a></h2>\t\t</header><!-- .entry-header -->\n\t\t\t\t<div class=\"entry-content\">\n\t\t")
                    .append(post.body().replace("%BASE%", b)).append("\t\t</div><!-- .entry-content -->\n\t\t</article><!-- #post-## -->\n\n");
        }
        sb.append("\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\n\n");
        sb.append(footer(b, null));
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------
    // robots.txt and WordPress core sitemaps
    // ------------------------------------------------------------------------------------------

    private static String robots(String b) {
        // do_robots() with WooCommerce's robots_txt filter
        return "User-agent: *\n"
                + "Disallow: /wp-content/uploads/wc-logs/\n"
                + "Disallow: /wp-content/uploads/woocommerce_transient_files/\n"
                + "Disallow: /wp-content/uploads/woocommerce_uploads/\n"
                + "Disallow: /*?add-to-cart=\n"
                + "Disallow: /*?*add-to-cart=\n"
                + "Disallow: /wp-admin/\n"
                + "Allow: /wp-admin/admin-ajax.php\n"
                + "\n"
                + "Sitemap: " + b + "/wp-sitemap.xml\n";
    }

    private static String sitemapIndex(String b) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"")
                .append(b).append("/wp-sitemap-index.xsl\" ?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String name : Arrays.asList("posts-post-1", "posts-page-1", "posts-product-1", "taxonomies-category-1",
                "taxonomies-product_cat-1", "taxonomies-product_tag-1", "users-1")) {
            sb.append("<sitemap><loc>").append(b).append("/wp-sitemap-").append(name).append(".xml</loc></sitemap>");
        }
        return sb.append("</sitemapindex>\n").toString();
    }

    private static String urlset(String b, List<String[]> entries) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"")
                .append(b).append("/wp-sitemap.xsl\" ?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String[] e : entries) {
            sb.append("<url><loc>").append(b).append(e[0]).append("</loc>");
            if (e.length > 1) {
                sb.append("<lastmod>").append(e[1]).append("</lastmod>");
            }
            sb.append("</url>");
        }
        return sb.append("</urlset>\n").toString();
    }

    private String postSitemap(String b) {
        List<String[]> list = new ArrayList<>();
        for (Post p : posts) {
            list.add(new String[] {p.path(), p.date()});
        }
        return urlset(b, list);
    }

    private String pageSitemap(String b) {
        List<String[]> list = new ArrayList<>();
        Map<Integer, String> byId = new TreeMap<>();
        for (SimplePage sp : pages.values()) {
            if (!sp.path().equals("/my-account/lost-password/")) {
                byId.put(sp.id(), sp.path());
            }
        }
        byId.put(6, "/"); // the static front page
        for (String path : byId.values()) {
            list.add(new String[] {path, "2024-09-01T12:00:00+00:00"});
        }
        return urlset(b, list);
    }

    private String productSitemap(String b) {
        List<String[]> list = new ArrayList<>();
        for (Prod p : products) { // ID ascending; hidden products included (they are published)
            list.add(new String[] {"/product/" + p.slug + "/", p.date});
        }
        return urlset(b, list);
    }

    private String productCatSitemap(String b) {
        List<String[]> list = new ArrayList<>();
        for (Cat c : cats.values()) { // term_order; every term has a non-zero core count
            list.add(new String[] {catPath(c)});
        }
        return urlset(b, list);
    }

    private String productTagSitemap(String b) {
        List<String[]> list = new ArrayList<>();
        for (Tag t : tags.values()) {
            list.add(new String[] {"/product-tag/" + t.slug() + "/"});
        }
        return urlset(b, list);
    }

    private static String postCategorySitemap(String b) {
        return urlset(b, List.of(new String[] {"/category/news/"}, new String[] {"/category/recipes/"}));
    }

    private static String userSitemap(String b) {
        return urlset(b, List.<String[]>of(new String[] {"/author/fernleaf/"}));
    }
}
