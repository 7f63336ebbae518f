package routes.parse;

import org.springframework.stereotype.Component;
import routes.fetch.FetchedPage;
import routes.store.CrawlTask;

/** Reads a fetched product page, falling back to the job's CSS selectors for what structured data lacks. */
@Component
public class ProductPages {

    private final ProductParser parser;

    public ProductPages(ProductParser parser) {
        this.parser = parser;
    }

    public ProductData parse(FetchedPage page, CrawlTask task) {
        return parser.parse(page.text(), page.url(), task.selectors());
    }
}
