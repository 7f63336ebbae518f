package caravan.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/** Renders the demo shop's pages: home, listings, products, sitemap.xml and robots.txt. */
final class DemoShopPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoCatalog catalog;
    private final String baseUrl;
    private final String navigation;

    DemoShopPages(DemoCatalog catalog, String baseUrl) {
        this.catalog = catalog;
        this.baseUrl = baseUrl;
        this.navigation = navigation();
    }

    String home() {
        return page("Caravan Demo Shop", "<h1>Caravan Demo Shop</h1><p>" + catalog.products().size() + " products.</p>");
    }

    /** Page {@code number} (1-based) of a category listing, or empty when there is no such page. */
    Optional<String> listing(DemoCategory category, int number) {
        int pages = catalog.listingPageCount(category);
        if (number < 1 || number > pages) {
            return Optional.empty();
        }
        List<DemoProduct> products = catalog.productsIn(category);
        StringBuilder grid = new StringBuilder("<ul class=\"grid\">");
        products.subList((number - 1) * catalog.pageSize(), Math.min(products.size(), number * catalog.pageSize()))
                .forEach(p -> grid.append("<li><a class=\"product-link\" href=\"").append(p.urlPath()).append("\">")
                        .append(esc(p.title())).append("</a> <span class=\"price\">").append(p.price())
                        .append(' ').append(p.currency()).append("</span></li>"));
        grid.append("</ul><div class=\"pagination\">");
        if (number > 1) {
            grid.append("<a rel=\"prev\" href=\"").append(pageUrl(category, number - 1)).append("\">Previous</a> ");
        }
        if (number < pages) {
            grid.append("<a rel=\"next\" href=\"").append(pageUrl(category, number + 1)).append("\">Next</a>");
        }
        grid.append("</div>");
        String crumbs = "<ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li>"
                + (category.parentPath() == null ? "" : catalog.categories().stream()
                .filter(c -> c.path().equals(category.parentPath()))
                .map(c -> "<li><a href=\"" + c.urlPath() + "\">" + esc(c.name()) + "</a></li>").findFirst().orElse(""))
                + "<li>" + esc(category.name()) + "</li></ol>";
        return Optional.of(page(category.name() + " — page " + number,
                crumbs + "<h1>" + esc(category.name()) + "</h1>" + grid));
    }

    String product(DemoProduct p) {
        String visible = "<h1>" + esc(p.title()) + "</h1><span class=\"price\">" + p.price() + " " + p.currency()
                + "</span><p class=\"description\">" + esc(p.description()) + "</p>";
        String head = "";
        String body = visible;
        switch (p.markup()) {
            case JSON_LD -> head = "<script type=\"application/ld+json\">" + jsonLd(p) + "</script>";
            case MICRODATA -> body = microdata(p);
            case OPEN_GRAPH -> head = openGraph(p);
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + esc(p.title()) + "</title>" + head
                + "</head><body><header><nav>" + navigation + "</nav></header><main>" + body + "</main></body></html>";
    }

    String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("<url><loc>").append(baseUrl).append("/</loc></url>\n");
        catalog.categories().forEach(c -> xml.append("<url><loc>").append(baseUrl).append(c.urlPath()).append("</loc></url>\n"));
        catalog.products().forEach(p -> xml.append("<url><loc>").append(baseUrl).append(p.urlPath()).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    String robots() {
        return "User-agent: *\nDisallow: /checkout\nAllow: /\nSitemap: " + baseUrl + "/sitemap.xml\n";
    }

    private String jsonLd(DemoProduct p) {
        ObjectNode product = JSON.createObjectNode()
                .put("@context", "https://schema.org").put("@type", "Product")
                .put("name", p.title()).put("sku", p.sku()).put("description", p.description());
        p.imagePaths().forEach(i -> product.withArray("image").add(baseUrl + i));
        product.putObject("brand").put("@type", "Brand").put("name", p.brand());
        product.putObject("offers").put("@type", "Offer").put("price", p.price().toPlainString())
                .put("priceCurrency", p.currency()).put("availability", "https://schema.org/" + p.availability());
        // "</" inside a script would end it early: escape the slash as JSON allows
        return product.toString().replace("</", "<\\/");
    }

    private String microdata(DemoProduct p) {
        StringBuilder html = new StringBuilder("<div itemscope itemtype=\"https://schema.org/Product\">")
                .append("<h1 itemprop=\"name\">").append(esc(p.title())).append("</h1>")
                .append("<span>SKU <span itemprop=\"sku\">").append(p.sku()).append("</span></span>");
        p.imagePaths().forEach(i -> html.append("<img itemprop=\"image\" src=\"").append(baseUrl).append(i).append("\" alt=\"\">"));
        return html.append("<p itemprop=\"description\">").append(esc(p.description())).append("</p>")
                .append("<div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\">")
                .append("<span class=\"price\">").append(p.price()).append(' ').append(p.currency()).append("</span>")
                .append("<meta itemprop=\"price\" content=\"").append(p.price().toPlainString()).append("\">")
                .append("<meta itemprop=\"priceCurrency\" content=\"").append(p.currency()).append("\">")
                .append("<link itemprop=\"availability\" href=\"https://schema.org/").append(p.availability()).append("\">")
                .append("</div></div>").toString();
    }

    private String openGraph(DemoProduct p) {
        String availability = switch (p.availability()) {
            case "OutOfStock" -> "out of stock";
            case "PreOrder" -> "preorder";
            default -> "in stock";
        };
        StringBuilder meta = new StringBuilder();
        meta(meta, "og:type", "product");
        meta(meta, "og:title", p.title());
        meta(meta, "og:description", p.description());
        p.imagePaths().forEach(i -> meta(meta, "og:image", baseUrl + i));
        meta(meta, "product:price:amount", p.price().toPlainString());
        meta(meta, "product:price:currency", p.currency());
        meta(meta, "product:availability", availability);
        meta(meta, "product:retailer_item_id", p.sku());
        return meta.toString();
    }

    private static void meta(StringBuilder html, String property, String content) {
        html.append("<meta property=\"").append(property).append("\" content=\"").append(esc(content)).append("\">");
    }

    private String navigation() {
        StringBuilder nav = new StringBuilder("<ul>");
        for (DemoCategory top : catalog.categories()) {
            if (top.parentPath() != null) {
                continue;
            }
            nav.append("<li><a href=\"").append(top.urlPath()).append("\">").append(esc(top.name())).append("</a>");
            List<DemoCategory> children = catalog.categories().stream().filter(c -> top.path().equals(c.parentPath())).toList();
            if (!children.isEmpty()) {
                nav.append("<ul>");
                children.forEach(c -> nav.append("<li><a href=\"").append(c.urlPath()).append("\">")
                        .append(esc(c.name())).append("</a></li>"));
                nav.append("</ul>");
            }
            nav.append("</li>");
        }
        return nav.append("</ul>").toString();
    }

    private String page(String title, String main) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title></head><body>"
                + "<header><a href=\"/\">Demo Shop</a><nav>" + navigation + "</nav></header><main>" + main + "</main>"
                + "<footer><a href=\"/about\">About</a> <a href=\"/contact\">Contact</a></footer></body></html>";
    }

    private static String pageUrl(DemoCategory category, int number) {
        return number == 1 ? category.urlPath() : category.urlPath() + "?page=" + number;
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
