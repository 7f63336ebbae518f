package routes.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;
import routes.model.ProductData;
import routes.profile.ChosenProfile;

/**
 * Reads a fetched product page, falling back to the job's CSS selectors for what structured data
 * lacks, and names the product by its canonical URL.
 */
@Component
public class ProductPages {

    private final ProductParser parser;

    public ProductPages(ProductParser parser) {
        this.parser = parser;
    }

    public ProductData parse(FetchedPage page, ChosenProfile profile) {
        Document document = Jsoup.parse(page.text(), page.url());
        // the profile's product selectors, with the job's own in their place (SiteProfiles.choose merged them)
        return parser.parse(document, profile.profile().productFields(), profile.profile().variantSources()).withUrl(CanonicalUrl.of(document, profile.profile()));
    }
}
