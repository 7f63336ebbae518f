package caravan.shops;

/**
 * A category a correct crawl stores.
 *
 * @param path the category listing's URL path, e.g. "/collections/shirts" or "/women/tops-women.html"
 * @param name its name as the shop's navigation shows it
 * @param parentPath the parent category's path (from menu nesting or breadcrumbs), or null at the top
 */
public record ExpectedCategory(String path, String name, String parentPath) {
}
