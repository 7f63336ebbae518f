package routes.parse;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;
import routes.profile.ChosenProfile;

/** Reads a fetched listing page with the job's profile (and the job's selectors, where it gave some). */
@Component
public class ListingPages {

    private final ProductParser products;

    public ListingPages(ProductParser products) {
        this.products = products;
    }

    public ListingPage parse(FetchedPage page, ChosenProfile profile) {
        return ListingParser.parse(Jsoup.parse(page.text(), page.url()), profile.profile(), products);
    }
}
