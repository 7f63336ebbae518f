package routes.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reading schema.org items in the one shape every structured-data source is read into (see
 * routes.structured): a property holds one value or an array of them, a value is text, a number
 * or a nested item.
 */
final class SchemaNodes {

    /** schema.org's Product and every subtype of it (https://schema.org/Product, "More specific Types"). */
    private static final Set<String> PRODUCT_TYPES = Set.of("Product", "ProductGroup", "IndividualProduct",
            "ProductModel", "SomeProducts", "ProductCollection", "Vehicle", "Car", "Motorcycle", "BusOrCoach",
            "MotorizedBicycle", "DietarySupplement", "Drug");

    private SchemaNodes() {
    }

    static boolean isProduct(JsonNode node) {
        return types(node).stream().anyMatch(PRODUCT_TYPES::contains);
    }

    static boolean hasType(JsonNode node, Set<String> wanted) {
        return types(node).stream().anyMatch(wanted::contains);
    }

    static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        if (node != null && node.isObject()) {
            for (JsonNode type : values(node, "@type")) {
                if (type.isTextual()) {
                    types.add(type.asText().replaceFirst("^https?://schema\\.org/", ""));
                }
            }
        }
        return types;
    }

    /** A property's values, one or many. */
    static List<JsonNode> values(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(value);
        }
        List<JsonNode> values = new ArrayList<>(value.size());
        value.forEach(values::add);
        return values;
    }

    /** A property's nested items. */
    static List<JsonNode> items(JsonNode node, String property) {
        return values(node, property).stream().filter(JsonNode::isObject).toList();
    }

    /** A property's first value as text: a number keeps its exact digits; an item gives its name. */
    static String text(JsonNode node, String property) {
        for (JsonNode value : values(node, property)) {
            String text = text(value);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            return text(value, "name");
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The first of several properties that has text ("gtin13", then "gtin" …). */
    static String firstText(JsonNode node, String... properties) {
        for (String property : properties) {
            String text = text(node, property);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** Image URLs: text, an ImageObject's url or contentUrl, or lists of either. */
    static List<String> images(JsonNode node, String property) {
        List<String> urls = new ArrayList<>();
        for (JsonNode value : values(node, property)) {
            String url = value.isObject() ? firstText(value, "contentUrl", "url") : text(value);
            if (url != null) {
                urls.add(url);
            }
        }
        return urls;
    }
}
