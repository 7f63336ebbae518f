package routes.parse;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;
import routes.store.CrawlTask;

/** Category discovery as the discover route calls it: navigation, sitemap, merged. */
@Component
public class SiteCategories {

    private final CategoryDiscovery discovery;
    private final ParseSettings settings;
    private final Pattern categoryPath;

    public SiteCategories(CategoryDiscovery discovery, ParseSettings settings) {
        this.discovery = discovery;
        this.settings = settings;
        this.categoryPath = Pattern.compile(settings.categoryPathPattern());
    }

    public List<CategoryLink> inNavigation(FetchedPage page, CrawlTask task) {
        return discovery.fromNavigation(page.text(), page.url(),
                task.selectors().getOrDefault("categoryLink", settings.navSelector()), categoryPath);
    }

    public String sitemapUrl(String startUrl) {
        return URI.create(startUrl).resolve("/sitemap.xml").toString();
    }

    public List<CategoryLink> inSitemap(FetchedPage sitemap) {
        return discovery.fromSitemap(sitemap.body(), sitemap.contentType(), sitemap.url(), categoryPath);
    }

    /** @param sitemap null when the site had no readable sitemap */
    public List<CategoryLink> merge(List<CategoryLink> navigation, List<CategoryLink> sitemap) {
        return CategoryDiscovery.merge(navigation, sitemap == null ? List.of() : sitemap);
    }
}
