package routes.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Finds a shop's categories in its navigation and its sitemap, and puts them in crawl order. */
@Component
public class CategoryDiscovery {

    /** Category links in the page's navigation whose path matches {@code categoryPath}. */
    public List<CategoryLink> fromNavigation(String html, String pageUrl, String navSelector, Pattern categoryPath) {
        Document page = Jsoup.parse(html, pageUrl);
        List<CategoryLink> found = new ArrayList<>();
        for (Element link : Css.select(page, navSelector)) {
            String url = Links.sameSite(link, "href", pageUrl);
            if (url != null && categoryPath.matcher(URI.create(url).getPath()).find()) {
                found.add(CategoryLink.named(url, link.text()));
            }
        }
        return found;
    }

    /**
     * Category URLs listed in a sitemap (parsed by crawler-commons). A sitemap index yields nothing
     * here: shops list categories in their main urlset. Unreadable content yields nothing.
     */
    public List<CategoryLink> fromSitemap(byte[] content, String contentType, String sitemapUrl, Pattern categoryPath) {
        AbstractSiteMap parsed;
        try {
            parsed = new SiteMapParser(false).parseSiteMap(contentType, content, new URL(sitemapUrl));
        } catch (UnknownFormatException | IOException e) {
            return List.of();
        }
        if (!(parsed instanceof SiteMap sitemap)) {
            return List.of();
        }
        URI site = URI.create(sitemapUrl);
        return sitemap.getSiteMapUrls().stream()
                .map(entry -> URI.create(entry.getUrl().toString()))
                .filter(uri -> Objects.equals(uri.getRawAuthority(), site.getRawAuthority()))
                .filter(uri -> categoryPath.matcher(uri.getPath()).find())
                .map(uri -> CategoryLink.fromUrl(uri.toString()))
                .toList();
    }

    /**
     * One entry per path (the navigation's name wins), each with its parent — the longest other
     * category path that is a prefix of it — ordered by kind (product categories first), then path.
     */
    public static List<CategoryLink> merge(List<CategoryLink> navigation, List<CategoryLink> sitemap) {
        Map<String, CategoryLink> byPath = new LinkedHashMap<>();
        navigation.forEach(c -> byPath.putIfAbsent(c.path(), c));
        sitemap.forEach(c -> byPath.putIfAbsent(c.path(), c));
        return byPath.values().stream()
                .map(c -> c.withParent(parentOf(c.path(), byPath.keySet())))
                .sorted(Comparator.comparing(CategoryLink::kind).thenComparing(CategoryLink::path))
                .toList();
    }

    private static String parentOf(String path, Iterable<String> paths) {
        String parent = null;
        for (String candidate : paths) {
            boolean prefix = path.startsWith(candidate.endsWith("/") ? candidate : candidate + "/") && !candidate.equals(path);
            if (prefix && (parent == null || candidate.length() > parent.length())) {
                parent = candidate;
            }
        }
        return parent;
    }
}
