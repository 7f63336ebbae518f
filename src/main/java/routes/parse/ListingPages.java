package routes.parse;

import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;
import routes.store.CrawlTask;

/** Reads a fetched listing page with the job's selectors, or the configured defaults. */
@Component
public class ListingPages {

    private final ListingParser parser;
    private final ParseSettings settings;

    public ListingPages(ListingParser parser, ParseSettings settings) {
        this.parser = parser;
        this.settings = settings;
    }

    public ListingPage parse(FetchedPage page, CrawlTask task) {
        return parser.parse(page.text(), page.url(),
                task.selectors().getOrDefault("productLink", settings.productLinkSelector()),
                task.selectors().getOrDefault("nextPage", settings.nextPageSelector()));
    }
}
