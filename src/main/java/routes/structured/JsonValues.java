package routes.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Adding a property value to a node: the first value as is, further ones turn the property into an array. */
final class JsonValues {

    private JsonValues() {
    }

    static void add(ObjectNode node, String property, JsonNode value) {
        JsonNode existing = node.get(property);
        if (existing == null) {
            node.set(property, value);
            return;
        }
        ArrayNode values;
        if (existing.isArray()) {
            values = (ArrayNode) existing;
        } else {
            values = node.arrayNode();
            values.add(existing);
            node.set(property, values);
        }
        if (value.isArray()) {
            values.addAll((ArrayNode) value);
        } else {
            values.add(value);
        }
    }
}
