package routes.profile;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a platform's product page keeps its variants as JSON for its own scripts (WooCommerce's
 * {@code data-product_variations}, Magento's swatch {@code jsonConfig}), and how to read one.
 *
 * @param selector the element holding the JSON
 * @param attribute the attribute holding it; null: the element's own text (a script)
 * @param items where in the JSON the variants are: a list, or an object of variants by key
 * @param fields for each variant field (sku, name, price, listPrice, availability, url, image,
 *               attributes), where it is within one variant
 * @param attributeName the part of an attribute's name that is not its name ("attribute_pa_"), or null
 * @param options where the variants' option values are listed apart from them, or null
 */
public record VariantSource(String selector, String attribute, JsonPointer items, Map<String, JsonPointer> fields,
                            Pattern attributeName, Options options) {

    public static final java.util.List<String> FIELDS = java.util.List.of("sku", "name", "price", "listPrice",
            "availability", "url", "image", "attributes");

    /**
     * Option values listed by attribute, each naming the variants it applies to by their key (as
     * Magento lists them): {@code at} the attributes, {@code name} an attribute's name within one,
     * {@code values} its values, {@code value} a value's text and {@code items} the keys of the
     * variants having it.
     */
    public record Options(JsonPointer at, JsonPointer name, JsonPointer values, JsonPointer value, JsonPointer items) {
    }
}
