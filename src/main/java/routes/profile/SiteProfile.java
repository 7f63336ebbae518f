package routes.profile;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * How one platform lays out its shops, as read from a profile file (profiles/*.yaml): how to
 * recognise it, where its category links, product links and pagination are, which URLs are not
 * pages of their own, and which form of a product URL is canonical. Settings a file leaves out are
 * the generic profile's.
 *
 * @param source the file it was read from, for messages
 * @param variantSources where the platform's product pages keep their variants as JSON
 */
public record SiteProfile(String name, String description, String source,
                          List<String> detectHtml, List<String> detectSelectors,
                          List<String> navigationLinks, List<Pattern> excludePaths,
                          List<String> productLinks, List<String> nextPage, List<PageUrlForm> pageUrls,
                          List<Pattern> sitemapCategories, List<Pattern> sitemapProducts, List<Pattern> sitemapSkip,
                          Pattern productPath, List<ParameterRule> stripParameters, List<ParameterRule> skipParameters,
                          List<PathRewrite> canonical, Map<String, String> productFields,
                          List<VariantSource> variantSources) {

    /**
     * Product fields a profile or a job may give a CSS selector for; "related" selects the blocks
     * (related products, upsells) whose products are never the page's own.
     */
    public static final List<String> PRODUCT_FIELDS = List.of("title", "price", "listPrice", "currency", "sku", "brand",
            "availability", "image", "description", "related");

    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

    /** The job's own selectors (categoryLink, productLink, nextPage) in place of the profile's. */
    public SiteProfile withSelectors(Map<String, String> selectors) {
        if (selectors == null || selectors.isEmpty()) {
            return this;
        }
        return new SiteProfile(name, description, source, detectHtml, detectSelectors,
                replaced(navigationLinks, selectors.get("categoryLink")), excludePaths,
                replaced(productLinks, selectors.get("productLink")), replaced(nextPage, selectors.get("nextPage")),
                pageUrls, sitemapCategories, sitemapProducts, sitemapSkip, productPath, stripParameters, skipParameters,
                canonical, withJobs(productFields, selectors), variantSources);
    }

    /** Why this profile fits the start page, or null when nothing of it is there. */
    String recognise(String html, Document page) {
        for (String marker : detectHtml) {
            if (html.contains(marker)) {
                return "the start page contains \"" + marker + "\"";
            }
        }
        for (String selector : detectSelectors) {
            if (page.selectFirst(selector) != null) {
                return "the start page has an element matching \"" + selector + "\"";
            }
        }
        return null;
    }

    /**
     * The form of a link this crawl uses: normalised (crawler-commons: case, default port,
     * fragment, dot segments) and tracking parameters removed. Null when the link is not a page to
     * crawl: another scheme, malformed, or a facet, sort, view or action link.
     */
    public String normalise(String absoluteUrl) {
        return normalise(absoluteUrl, false);
    }

    /** A link to a product page in its normalised form, with the profile's canonical path rewrites applied. */
    public String normaliseProduct(String absoluteUrl) {
        return normalise(absoluteUrl, true);
    }

    private String normalise(String absoluteUrl, boolean product) {
        String normalised = NORMALIZER.filter(absoluteUrl);
        if (normalised == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(normalised);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getRawAuthority() == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String parameter = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (pair.isEmpty() || stripParameters.stream().anyMatch(rule -> rule.matches(parameter))) {
                    continue;
                }
                if (skipParameters.stream().anyMatch(rule -> rule.matches(parameter))) {
                    return null;
                }
                kept.add(pair);
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        for (int i = 0; product && i < canonical.size(); i++) {
            path = canonical.get(i).apply(path);
        }
        return uri.getScheme() + "://" + uri.getRawAuthority() + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    public boolean excludes(String path) {
        return excludePaths.stream().anyMatch(p -> p.matcher(path).find());
    }

    public boolean isProductPath(String path) {
        return productPath != null && productPath.matcher(path).find();
    }

    /** The page number the URL addresses in one of the profile's page URL forms (1 when none). */
    public int pageNumber(URI url) {
        for (PageUrlForm form : pageUrls) {
            OptionalInt page = form.pageOf(url);
            if (page.isPresent()) {
                return page.getAsInt();
            }
        }
        return 1;
    }

    /** The URL of the listing's first page: every page URL form's page part removed. */
    public URI firstPage(URI url) {
        URI first = url;
        for (PageUrlForm form : pageUrls) {
            first = form.firstPage(first);
        }
        return first;
    }

    /** What a sitemap at this URL lists, by the profile's patterns. */
    public SitemapKind sitemapKind(String sitemapUrl) {
        if (matchesAny(sitemapSkip, sitemapUrl)) {
            return SitemapKind.SKIP;
        }
        if (matchesAny(sitemapCategories, sitemapUrl)) {
            return SitemapKind.CATEGORIES;
        }
        return matchesAny(sitemapProducts, sitemapUrl) ? SitemapKind.PRODUCTS : SitemapKind.MIXED;
    }

    @Override
    public String toString() {
        return name + " (" + source + ")";
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** The profile's product field selectors, each replaced by the job's where it gave one. */
    private static Map<String, String> withJobs(Map<String, String> profile, Map<String, String> job) {
        Map<String, String> merged = new LinkedHashMap<>(profile);
        PRODUCT_FIELDS.forEach(field -> {
            if (job.containsKey(field)) {
                merged.put(field, job.get(field));
            }
        });
        return Map.copyOf(merged);
    }

    private static List<String> replaced(List<String> current, String selector) {
        return selector == null ? current : List.of(selector);
    }

    /** The selectors as one jsoup query (a selector group). */
    public static String group(List<String> selectors) {
        return selectors.stream().collect(Collectors.joining(", "));
    }

    /** What a sitemap file lists. */
    public enum SitemapKind {
        /** categories only */
        CATEGORIES,
        /** product pages only */
        PRODUCTS,
        /** nothing to crawl */
        SKIP,
        /** anything: each entry is judged by its path */
        MIXED
    }
}
