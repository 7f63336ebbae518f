package caravan.shops;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a correct crawl stores for one product.
 *
 * @param path the product's canonical URL path (and query, if the platform's canonical has one), e.g. "/products/linen-shirt"
 * @param availability schema.org's short form: InStock, OutOfStock, PreOrder, BackOrder…
 * @param categoryPaths the URL paths of every category the product is listed under (its listings, not its breadcrumbs alone)
 */
public record ExpectedProduct(String path, String sku, String title, BigDecimal price, String currency,
                              String availability, Set<String> categoryPaths) {
}
