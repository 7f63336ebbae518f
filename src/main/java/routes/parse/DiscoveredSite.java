package routes.parse;

import java.util.List;
import routes.model.CategoryLink;

/**
 * What discovery found on a site: possible categories (each confirmed or dropped when its listing
 * page is read) and product pages only a sitemap or the start page lead to.
 */
public record DiscoveredSite(List<CategoryLink> categories, List<String> productUrls) {
}
