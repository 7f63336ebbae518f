package routes.model;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a product page says about its product.
 *
 * @param url the product's identity: its canonical URL (see {@code routes.parse.CanonicalUrl})
 * @param pricing what a shopper pays for the default variant, and the list price and range around it
 * @param variants the sizes, colours … the page offers, in its order (empty for a single product)
 * @param sources for each field filled, where it came from: jsonld, microdata, rdfa, opengraph, selector or text
 * @param problems for each field left empty although the page seemed to offer it, why
 * @param structuredData the structured data the product was read from (JSON text), or null
 */
public record ProductData(String url, String title, Pricing pricing, String sku, String brand, String gtin, String mpn,
                          String availability, List<String> images, String description, List<ProductVariant> variants,
                          Map<String, String> sources, Map<String, String> problems, String structuredData) {

    public ProductData {
        pricing = pricing == null ? Pricing.NONE : pricing;
        images = images == null ? List.of() : List.copyOf(images);
        variants = variants == null ? List.of() : List.copyOf(variants);
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        problems = problems == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public ProductData withUrl(String canonical) {
        return new ProductData(canonical, title, pricing, sku, brand, gtin, mpn, availability, images, description,
                variants, sources, problems, structuredData);
    }

    /** The source that gave the title: what the product as a whole was read from. */
    public String source() {
        return sources.get("title");
    }
}
