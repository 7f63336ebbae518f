package routes.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's breadcrumb as schema.org BreadcrumbList (JSON-LD or microdata): the trail of pages above
 * it. Its last entry on the site before the page itself is the page's parent.
 */
final class Breadcrumbs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Breadcrumbs() {
    }

    /** The parent's URL path by the page's breadcrumb, or null (no breadcrumb, or the page sits under home). */
    static String parentPath(Document page, URI here) {
        List<String> trail = jsonLd(page);
        if (trail.isEmpty()) {
            trail = microdata(page);
        }
        String parent = null;
        for (String url : trail) {
            URI uri;
            try {
                uri = here.resolve(url.strip());
            } catch (IllegalArgumentException malformed) {
                continue;
            }
            String path = uri.getRawPath();
            boolean usable = Objects.equals(uri.getHost(), here.getHost()) && path != null && !path.isEmpty()
                    && !path.equals("/") && !samePath(path, here.getRawPath());
            if (usable) {
                parent = path;
            }
        }
        return parent;
    }

    private static boolean samePath(String a, String b) {
        return a.replaceAll("/$", "").equals(b == null ? "" : b.replaceAll("/$", ""));
    }

    private static List<String> jsonLd(Document page) {
        for (Element script : Css.select(page, "script[type=application/ld+json]")) {
            try {
                JsonNode list = find(JSON.readTree(script.data()));
                if (list != null) {
                    List<JsonNode> items = new ArrayList<>();
                    list.path("itemListElement").forEach(items::add);
                    items.sort(Comparator.comparingInt(item -> item.path("position").asInt(Integer.MAX_VALUE)));
                    List<String> urls = new ArrayList<>();
                    for (JsonNode item : items) {
                        JsonNode target = item.get("item");
                        String url = target == null ? null : target.isTextual() ? target.asText()
                                : target.path("@id").asText(target.path("url").asText(null));
                        if (url != null && !url.isBlank()) {
                            urls.add(url);
                        }
                    }
                    return urls;
                }
            } catch (IOException malformed) {
                // another script may hold it
            }
        }
        return List.of();
    }

    private static JsonNode find(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = find(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.path("@type").asText().endsWith("BreadcrumbList")) {
            return node;
        }
        return node.has("@graph") ? find(node.get("@graph")) : null;
    }

    private static List<String> microdata(Document page) {
        List<String> urls = new ArrayList<>();
        Element list = Css.selectFirst(page, "[itemtype~=(?i)schema.org/BreadcrumbList$]");
        if (list != null) {
            for (Element item : Css.select(list, "[itemprop=itemListElement]")) {
                Element target = Css.selectFirst(item, "[itemprop=item]");
                String url = target == null ? null : target.hasAttr("href") ? target.attr("href")
                        : target.hasAttr("itemid") ? target.attr("itemid") : target.attr("content");
                if (url != null && !url.isBlank()) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }
}
