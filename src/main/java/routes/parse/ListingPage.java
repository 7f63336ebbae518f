package routes.parse;

import java.util.List;

/**
 * What a listing page links to and says about itself.
 *
 * @param productUrls its products (normalised, once each, in page order)
 * @param nextPageUrl its next page, or null
 * @param heading its main heading (a category known only by URL is named after it), or null
 * @param breadcrumbParentPath the path of the parent its breadcrumb (schema.org BreadcrumbList) names, or null
 * @param productPage the page lists no product but is one (a mixed sitemap's entries look alike)
 */
public record ListingPage(List<String> productUrls, String nextPageUrl, String heading, String breadcrumbParentPath,
                          boolean productPage) {
}
