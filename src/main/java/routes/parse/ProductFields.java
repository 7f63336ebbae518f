package routes.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import routes.model.Pricing;
import routes.model.ProductData;
import routes.model.ProductVariant;

/**
 * The fields one source (JSON-LD, microdata, RDFa, OpenGraph, the selectors) gave for the page's
 * product, and why it left others empty. Sources are merged in priority order, field by field.
 */
final class ProductFields {

    final String source;
    String title;
    BigDecimal price;
    BigDecimal listPrice;
    BigDecimal lowPrice;
    BigDecimal highPrice;
    String currency;
    String sku;
    String brand;
    String gtin;
    String mpn;
    String availability;
    String description;
    final Set<String> images = new LinkedHashSet<>();
    final List<ProductVariant> variants = new ArrayList<>();
    final Map<String, String> problems = new LinkedHashMap<>();
    String raw;

    ProductFields(String source) {
        this.source = source;
    }

    void problem(String field, String reason) {
        if (reason != null) {
            problems.putIfAbsent(field, reason);
        }
    }

    boolean isComplete() {
        return title != null && price != null && currency != null && sku != null && availability != null
                && description != null && !images.isEmpty();
    }

    /** Each field from the first source that has it, with that source recorded for it. */
    static ProductData merge(String url, List<ProductFields> sources) {
        Map<String, String> from = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        String title = first(sources, "title", f -> f.title, from);
        BigDecimal price = first(sources, "price", f -> f.price, from);
        BigDecimal listPrice = first(sources, "listPrice", f -> f.listPrice, from);
        BigDecimal lowPrice = first(sources, "lowPrice", f -> f.lowPrice, from);
        BigDecimal highPrice = first(sources, "highPrice", f -> f.highPrice, from);
        String currency = first(sources, "currency", f -> f.currency, from);
        String sku = first(sources, "sku", f -> f.sku, from);
        String brand = first(sources, "brand", f -> f.brand, from);
        String gtin = first(sources, "gtin", f -> f.gtin, from);
        String mpn = first(sources, "mpn", f -> f.mpn, from);
        String availability = first(sources, "availability", f -> Availability.normalise(f.availability), from);
        String description = first(sources, "description", f -> f.description, from);
        List<String> images = List.copyOf(first(sources, "images", f -> f.images.isEmpty() ? null : f.images, from,
                Set.<String>of()));
        List<ProductVariant> variants = first(sources, "variants", f -> f.variants.isEmpty() ? null : f.variants, from,
                List.of());
        if (lowPrice == null && highPrice == null) {
            // a variable product's range, from its variants when nothing stated one
            List<BigDecimal> amounts = variants.stream().map(ProductVariant::price).filter(a -> a != null).toList();
            BigDecimal low = amounts.stream().min(BigDecimal::compareTo).orElse(null);
            BigDecimal high = amounts.stream().max(BigDecimal::compareTo).orElse(null);
            if (low != null && low.compareTo(high) != 0) {
                lowPrice = low;
                highPrice = high;
                from.put("lowPrice", from.get("variants"));
                from.put("highPrice", from.get("variants"));
            }
        }
        if (listPrice != null && (price == null || listPrice.compareTo(price) <= 0)) {
            listPrice = null; // a regular price not above the price paid is no sale
            from.remove("listPrice");
        }
        for (ProductFields source : sources) {
            // a field one source could not read but another did is not a problem of the product
            source.problems.forEach((field, reason) -> {
                if (!from.containsKey(field)) {
                    problems.putIfAbsent(field, source.source + ": " + reason);
                }
            });
        }
        String raw = sources.stream().map(f -> f.raw).filter(r -> r != null).findFirst().orElse(null);
        return new ProductData(url, title, new Pricing(price, listPrice, lowPrice, highPrice, currency), sku, brand,
                gtin, mpn, availability, images, description, variants, from, problems, raw);
    }

    private static <T> T first(List<ProductFields> sources, String field, Function<ProductFields, T> value,
                               Map<String, String> from) {
        return first(sources, field, value, from, null);
    }

    private static <T> T first(List<ProductFields> sources, String field, Function<ProductFields, T> value,
                               Map<String, String> from, T fallback) {
        for (ProductFields source : sources) {
            T found = value.apply(source);
            if (found != null) {
                from.put(field, source.source);
                return found;
            }
        }
        return fallback;
    }
}
