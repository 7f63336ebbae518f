package routes.parse;

import java.util.List;

/** What a listing page links to: its products (absolute, once each, in page order) and its next page (or null). */
public record ListingPage(List<String> productUrls, String nextPageUrl) {
}
