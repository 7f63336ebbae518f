package caravan.demo;

import java.math.BigDecimal;
import java.util.List;

/** A product of the demo shop, with everything a crawl of it should store. */
public record DemoProduct(int id, String urlPath, String title, BigDecimal price, String currency, String sku,
                          String availability, List<String> imagePaths, String description, String brand,
                          List<String> categoryPaths, Markup markup) {

    /** How the product page carries its structured data. */
    public enum Markup { JSON_LD, MICRODATA, OPEN_GRAPH }
}
