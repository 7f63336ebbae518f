package routes.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import routes.fetch.FetchedPage;
import routes.model.CategoryLink;
import routes.profile.SiteProfile;

/**
 * A site's sitemaps, read one file at a time as the discover route fetches them: sitemap indexes
 * are followed (robots.txt's Sitemap: lines and /sitemap.xml are the start; crawler-commons reads
 * XML, text and gzip), and each entry is sorted into possible categories and product pages by the
 * profile — by what the sitemap file is for, or in a mixed sitemap by the entry's path.
 */
public final class SitemapWalk {

    private final SiteProfile profile;
    private final URI site;
    private final int maxFiles;
    private final Deque<String> pending = new ArrayDeque<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, String> outcomes = new LinkedHashMap<>();
    private final Map<String, CategoryLink> categories = new LinkedHashMap<>();
    private final Set<String> products = new LinkedHashSet<>();

    SitemapWalk(SiteProfile profile, String startUrl, List<String> firstSitemaps, int maxFiles) {
        this.profile = profile;
        this.site = URI.create(startUrl);
        this.maxFiles = maxFiles;
        firstSitemaps.forEach(this::offer);
    }

    public boolean hasNext() {
        return !pending.isEmpty();
    }

    public String next() {
        return pending.removeFirst();
    }

    /** Reads a fetched sitemap file: an index queues its children, a urlset gives entries. */
    public void read(FetchedPage file) {
        AbstractSiteMap parsed;
        try {
            parsed = new SiteMapParser(false).parseSiteMap(file.contentType(), file.body(), new URL(file.url()));
        } catch (UnknownFormatException | IOException e) {
            outcomes.put(file.url(), "unreadable: " + e.getMessage());
            return;
        }
        if (parsed instanceof SiteMapIndex index) {
            int before = pending.size();
            index.getSitemaps().forEach(child -> {
                String url = child.getUrl().toString();
                if (profile.sitemapKind(url) != SiteProfile.SitemapKind.SKIP) {
                    offer(url);
                }
            });
            outcomes.put(file.url(), "index of " + index.getSitemaps().size() + " sitemaps, "
                    + (pending.size() - before) + " to read");
        } else if (parsed instanceof SiteMap urlset) {
            SiteProfile.SitemapKind kind = profile.sitemapKind(file.url());
            int categoriesBefore = categories.size();
            int productsBefore = products.size();
            urlset.getSiteMapUrls().forEach(entry -> sort(entry.getUrl().toString(), kind));
            outcomes.put(file.url(), (categories.size() - categoriesBefore) + " possible categories, "
                    + (products.size() - productsBefore) + " products");
        }
    }

    public void failed(String url, String why) {
        outcomes.put(url, why);
    }

    List<CategoryLink> categories() {
        return List.copyOf(categories.values());
    }

    List<String> products() {
        return List.copyOf(products);
    }

    /** What each sitemap file gave, for the job's messages. */
    String summary() {
        if (outcomes.isEmpty()) {
            return "no sitemap";
        }
        List<String> lines = new ArrayList<>();
        outcomes.forEach((url, outcome) -> lines.add(url + " (" + outcome + ")"));
        return String.join(", ", lines);
    }

    private void sort(String entryUrl, SiteProfile.SitemapKind kind) {
        String url = profile.normalise(entryUrl);
        if (url == null || kind == SiteProfile.SitemapKind.SKIP) {
            return;
        }
        URI uri = URI.create(url);
        if (!Objects.equals(uri.getHost(), site.getHost()) || uri.getPort() != site.getPort()) {
            return;
        }
        String path = uri.getRawPath();
        if (path.equals("/") || profile.excludes(path) && !profile.isProductPath(path)) {
            return; // Shopify's product sitemap starts with the home page
        }
        boolean product = kind == SiteProfile.SitemapKind.PRODUCTS
                || kind == SiteProfile.SitemapKind.MIXED && profile.isProductPath(path);
        if (product) {
            products.add(profile.normaliseProduct(entryUrl));
        } else {
            String candidate = CategoryDiscovery.candidateUrl(url, profile);
            if (candidate != null) {
                CategoryLink category = CategoryLink.fromUrl(candidate);
                categories.putIfAbsent(category.path(), category);
            }
        }
    }

    private void offer(String url) {
        if (seen.size() < maxFiles && seen.add(url)) {
            pending.addLast(url);
        }
    }
}
