package routes.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A stored product as the API shows it: its price with list price and range, its variants, every
 * category it was found under, and where each field came from. Its id names it in its history
 * (GET /api/products/{id}/history).
 */
public record ProductView(long id, String url, String sku, String title, BigDecimal price, BigDecimal listPrice,
                          BigDecimal lowPrice, BigDecimal highPrice, String currency, String availability, String brand,
                          String gtin, String mpn, List<String> images, String description, List<VariantView> variants,
                          List<CategoryView> categories, Map<String, String> sources, Map<String, String> problems) {

    public record CategoryView(String name, String path, String kind, String parentPath) {
    }

    public record VariantView(String sku, String name, Map<String, String> attributes, BigDecimal price,
                              BigDecimal listPrice, String currency, String availability, String url, String gtin,
                              String image) {
    }
}
