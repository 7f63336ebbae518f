package routes.parse;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import routes.model.CategoryLink;
import routes.profile.SiteProfile;

/**
 * Finds a shop's possible categories in its navigation, by structure rather than URL shape: any
 * link of the profile's navigation that stays on the site and is not a page, account, cart,
 * product or a later page of a listing. Whether it is a category is decided when its page turns
 * out to list products. Parents come from the menu's nesting.
 */
final class CategoryDiscovery {

    /** Files, not pages, whatever the platform: images, documents, feeds (sitemaps list product images too). */
    private static final Pattern FILE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|avif|svg|ico|pdf|zip|xml|txt|css|js|json|mp4|webm)$");

    private CategoryDiscovery() {
    }

    static List<CategoryLink> fromNavigation(Document page, SiteProfile profile) {
        Map<String, CategoryLink> byPath = new LinkedHashMap<>();
        Map<Element, String> pathOfLink = new LinkedHashMap<>();
        for (Element link : Css.select(page, SiteProfile.group(profile.navigationLinks()))) {
            String url = candidateUrl(link, page.location(), profile);
            if (url != null) {
                CategoryLink category = CategoryLink.named(url, label(link));
                pathOfLink.put(link, category.path());
                byPath.putIfAbsent(category.path(), category);
            }
        }
        pathOfLink.forEach((link, path) -> {
            Element parentLink = nestingParent(link);
            String parentPath = parentLink == null ? null : pathOfLink.get(parentLink);
            CategoryLink category = byPath.get(path);
            if (parentPath != null && !parentPath.equals(path) && category.parentPath() == null) {
                byPath.put(path, category.withParent(parentPath));
            }
        });
        return List.copyOf(byPath.values());
    }

    /** A link's URL as a category candidate, or null when it cannot be one. */
    static String candidateUrl(Element link, String pageUrl, SiteProfile profile) {
        String sameSite = Links.sameSite(link, "href", pageUrl);
        return sameSite == null ? null : candidateUrl(sameSite, profile);
    }

    static String candidateUrl(String absoluteUrl, SiteProfile profile) {
        String url = profile.normalise(absoluteUrl);
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath();
        boolean notAListing = path.equals("/") || FILE.matcher(path).find() || profile.excludes(path)
                || profile.isProductPath(path) || profile.pageNumber(uri) > 1;
        return notAListing ? null : url;
    }

    /**
     * One entry per path (the navigation's name and nesting win over the sitemap's), each with a
     * parent: from the menu's nesting, else the longest other candidate whose path is a prefix of
     * its own; ordered by kind (product categories first), then path.
     */
    static List<CategoryLink> merge(List<CategoryLink> navigation, List<CategoryLink> sitemap) {
        Map<String, CategoryLink> byPath = new LinkedHashMap<>();
        navigation.forEach(c -> byPath.putIfAbsent(c.path(), c));
        sitemap.forEach(c -> byPath.putIfAbsent(c.path(), c));
        Set<String> paths = byPath.keySet();
        return byPath.values().stream()
                .map(c -> c.parentPath() != null && paths.contains(c.parentPath()) ? c : c.withParent(prefixParent(c.path(), paths)))
                .sorted(Comparator.comparing(CategoryLink::kind).thenComparing(CategoryLink::path))
                .toList();
    }

    /** "/women/tops-women.html" is under "/women.html", "/c/shirts/linen" under "/c/shirts/". */
    private static String prefixParent(String path, Set<String> paths) {
        String parent = null;
        for (String candidate : paths) {
            String stem = candidate.replaceAll("(\\.html?)?/?$", "");
            boolean prefix = !stem.isEmpty() && !candidate.equals(path) && path.startsWith(stem + "/");
            if (prefix && (parent == null || candidate.length() > parent.length())) {
                parent = candidate;
            }
        }
        return parent;
    }

    /** The link heading the nearest menu item that encloses this link's own item, if any. */
    private static Element nestingParent(Element link) {
        Element own = link.closest("li");
        Element enclosing = own == null || own.parent() == null ? null : own.parent().closest("li");
        while (enclosing != null) {
            for (Element candidate : enclosing.select("a[href]")) {
                if (candidate.closest("li") == enclosing) {
                    return candidate;
                }
            }
            enclosing = enclosing.parent() == null ? null : enclosing.parent().closest("li");
        }
        return null;
    }

    private static String label(Element link) {
        String text = Texts.clean(link.text());
        if (text.isEmpty()) {
            text = Texts.clean(link.attr("title").isBlank() ? link.attr("aria-label") : link.attr("title"));
        }
        return text.isEmpty() ? null : text;
    }
}
