package routes.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One purchasable form of a product: a size, a colour, a pack. */
public record ProductVariant(String sku, String name, Map<String, String> attributes, BigDecimal price,
                             BigDecimal listPrice, String currency, String availability, String url, String gtin,
                             String image) {

    public ProductVariant {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
