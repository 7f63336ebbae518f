package routes.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Finds the product links and the next-page link of a category listing page. */
@Component
public class ListingParser {

    public ListingPage parse(String html, String pageUrl, String productLinkSelector, String nextPageSelector) {
        Document page = Jsoup.parse(html, pageUrl);
        Set<String> products = new LinkedHashSet<>();
        for (Element link : Css.select(page, productLinkSelector)) {
            String url = Links.sameSite(link, "href", pageUrl);
            if (url != null) {
                products.add(url);
            }
        }
        String next = Css.select(page, nextPageSelector).stream()
                .map(link -> Links.sameSite(link, "href", pageUrl))
                .filter(url -> url != null && !url.equals(pageUrl))
                .findFirst().orElse(null);
        return new ListingPage(List.copyOf(products), next);
    }
}
