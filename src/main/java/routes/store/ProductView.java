package routes.store;

import java.math.BigDecimal;
import java.util.List;

/** A stored product as the API shows it, with every category it was found under. */
public record ProductView(String url, String sku, String title, BigDecimal price, String currency,
                          String availability, List<String> images, String description, List<CategoryView> categories) {

    public record CategoryView(String name, String path, String kind, String parentPath) {
    }
}
