package routes.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;
import routes.fetch.RobotsRules;
import routes.model.CategoryLink;
import routes.profile.ChosenProfile;

/** Category discovery as the discover route calls it: the start page's navigation, the sitemaps, then both merged. */
@Component
public class SiteCategories {

    private final RobotsRules robots;
    private final ProductParser products;
    private final int maxSitemaps;

    public SiteCategories(RobotsRules robots, ProductParser products,
                          @Value("${caravan.discovery.max-sitemaps}") int maxSitemaps) {
        this.robots = robots;
        this.products = products;
        this.maxSitemaps = maxSitemaps;
    }

    /** The sitemaps to read: those robots.txt names, and /sitemap.xml. */
    public SitemapWalk sitemaps(String startUrl, ChosenProfile chosen) {
        URI start = URI.create(startUrl);
        Set<String> first = new LinkedHashSet<>(robots.forPage(start, false).getSitemaps());
        first.add(start.resolve("/sitemap.xml").toString());
        return new SitemapWalk(chosen.profile(), startUrl, List.copyOf(first), maxSitemaps);
    }

    public void readSitemap(SitemapWalk walk, FetchedPage file) {
        walk.read(file);
    }

    public void sitemapFailed(SitemapWalk walk, String url, String why) {
        walk.failed(url, why);
    }

    /**
     * The navigation's candidates merged with the sitemaps'. When neither has any, the start page
     * itself is the listing (it links to products) or the product.
     *
     * @throws NothingToCrawlException when nothing at all was found, saying what was tried
     */
    public DiscoveredSite discovered(FetchedPage startPage, ChosenProfile chosen, SitemapWalk sitemaps) {
        Document page = Jsoup.parse(startPage.text(), startPage.url());
        List<CategoryLink> navigation = CategoryDiscovery.fromNavigation(page, chosen.profile());
        List<CategoryLink> categories = CategoryDiscovery.merge(navigation, sitemaps.categories());
        List<String> productUrls = new ArrayList<>(sitemaps.products());
        if (categories.isEmpty() && productUrls.isEmpty()) {
            if (!ListingParser.productLinks(page, chosen.profile()).isEmpty()) {
                categories = List.of(CategoryLink.named(startPage.url(), page.title()));
            } else if (products.isProduct(page)) {
                productUrls = List.of(startPage.url());
            } else {
                throw new NothingToCrawlException("nothing to crawl at " + startPage.url() + ": with the " + chosen.name()
                        + " profile (" + chosen.reason() + ") the navigation (" + routes.profile.SiteProfile.group(chosen.profile().navigationLinks())
                        + ") has no link that may be a category, the sitemaps gave none [" + sitemaps.summary()
                        + "], and the start page neither links to products nor is a product page");
            }
        }
        return new DiscoveredSite(categories, productUrls);
    }
}
