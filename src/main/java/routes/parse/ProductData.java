package routes.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a product page says about its product.
 *
 * @param url the product's identity: its canonical URL (see {@link CanonicalUrl})
 * @param structuredData the raw structured data found (JSON text), or null
 * @param source which kind of markup supplied the title: json-ld, microdata, opengraph or selectors
 */
public record ProductData(String url, String title, BigDecimal price, String currency, String sku, String availability,
                          List<String> images, String description, String structuredData, String source) {

    ProductData withUrl(String canonical) {
        return new ProductData(canonical, title, price, currency, sku, availability, images, description, structuredData, source);
    }
}
