package routes.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import routes.model.ProductVariant;
import routes.price.PriceParser;
import routes.price.PriceReading;
import routes.profile.VariantSource;

/**
 * Variants a platform keeps as JSON in its product page for its own scripts, read where the
 * profile says they are (see {@link VariantSource}): WooCommerce's variations form, Magento's
 * swatch configuration.
 */
final class PageVariants {

    /** Past this size the JSON is not read (a page's own variant data is far smaller). */
    private static final int MAX_JSON_CHARS = 2_000_000;

    private final ObjectReader json;
    private final PriceParser prices;

    PageVariants(ObjectMapper json, PriceParser prices) {
        // amounts exact: 15990000.00 is not 1.599E7
        this.json = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.prices = prices;
    }

    /** The variants of the first source that has some, priced in the product's currency. */
    List<ProductVariant> read(Document page, List<VariantSource> sources, String currency, ProductFields problems) {
        for (VariantSource source : sources) {
            for (Element element : Css.select(page, source.selector())) {
                String text = source.attribute() == null ? element.data() : element.attr(source.attribute());
                if (text.isBlank() || text.length() > MAX_JSON_CHARS) {
                    continue;
                }
                JsonNode root;
                try {
                    root = json.readTree(text);
                } catch (Exception unreadable) {
                    problems.problem("variants", "variant JSON in " + source.selector() + " is unreadable");
                    continue;
                }
                JsonNode items = root.at(source.items());
                if (items.isContainerNode() && !items.isEmpty()) {
                    return variants(root, items, source, currency);
                }
            }
        }
        return List.of();
    }

    private List<ProductVariant> variants(JsonNode root, JsonNode items, VariantSource source, String currency) {
        Map<String, Map<String, String>> options = options(root, source.options());
        List<ProductVariant> variants = new ArrayList<>();
        var entries = items.isArray() ? null : items.fields();
        for (int i = 0; i < items.size(); i++) {
            String key;
            JsonNode item;
            if (entries == null) {
                key = String.valueOf(i);
                item = items.get(i);
            } else {
                var entry = entries.next();
                key = entry.getKey();
                item = entry.getValue();
            }
            Map<String, String> attributes = new LinkedHashMap<>(options.getOrDefault(key, Map.of()));
            JsonNode own = field(item, source, "attributes");
            if (own != null && own.isObject()) {
                own.fields().forEachRemaining(a -> {
                    if (a.getValue().isValueNode() && !a.getValue().asText().isBlank()) {
                        attributes.put(attributeName(a.getKey(), source), a.getValue().asText());
                    }
                });
            }
            PriceReading price = amount(field(item, source, "price"), currency);
            PriceReading listPrice = amount(field(item, source, "listPrice"), currency);
            boolean onSale = listPrice.amount() != null && price.amount() != null && listPrice.amount().compareTo(price.amount()) > 0;
            variants.add(new ProductVariant(text(field(item, source, "sku")), text(field(item, source, "name")), attributes,
                    price.amount(), onSale ? listPrice.amount() : null, currency,
                    availability(field(item, source, "availability")), text(field(item, source, "url")), null,
                    text(field(item, source, "image"))));
        }
        return variants;
    }

    /** Option values by variant key, from attributes that list the variants having each value. */
    private static Map<String, Map<String, String>> options(JsonNode root, VariantSource.Options spec) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        if (spec == null) {
            return byKey;
        }
        for (JsonNode attribute : root.at(spec.at())) {
            String name = text(attribute.at(spec.name()));
            for (JsonNode value : attribute.at(spec.values())) {
                String label = text(value.at(spec.value()));
                for (JsonNode key : value.at(spec.items())) {
                    if (name != null && label != null) {
                        byKey.computeIfAbsent(key.asText(), k -> new LinkedHashMap<>()).put(name, label);
                    }
                }
            }
        }
        return byKey;
    }

    private static JsonNode field(JsonNode item, VariantSource source, String field) {
        JsonPointer pointer = source.fields().get(field);
        if (pointer == null) {
            return null;
        }
        JsonNode value = item.at(pointer);
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    private PriceReading amount(JsonNode value, String currency) {
        return value == null || !value.isValueNode() ? new PriceReading(null, null, null, null, null, null)
                : prices.readNumber(value.isNumber() ? value.decimalValue().toPlainString() : value.asText(), currency);
    }

    /** A boolean "in stock" or an availability name. */
    private static String availability(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "InStock" : "OutOfStock";
        }
        return Availability.normalise(value.asText());
    }

    private static String attributeName(String name, VariantSource source) {
        return source.attributeName() == null ? name : source.attributeName().matcher(name).replaceFirst("");
    }

    private static String text(JsonNode value) {
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
