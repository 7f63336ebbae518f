package routes.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON-LD value in the node shape: {@code @context} dropped, types and property keys shortened to schema.org
 * names, {@code @id} absolute, value objects ({@code @value}) and lists ({@code @list}, {@code @set}) unwrapped,
 * entities in strings decoded. Numbers and booleans stay as JSON gave them. Builds a new tree; the parser caps depth.
 */
final class JsonLdCompactor {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String base;

    JsonLdCompactor(String base) {
        this.base = base;
    }

    /** The compacted value, or null for a JSON null. */
    JsonNode compact(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return NODES.textNode(HtmlText.decode(value.textValue()));
        }
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode(value.size());
            for (JsonNode member : value) {
                JsonNode compacted = compact(member);
                if (compacted != null) {
                    array.add(compacted);
                }
            }
            return array;
        }
        if (!value.isObject()) {
            return value; // numbers and booleans are immutable
        }
        if (value.has("@value")) {
            return compact(value.get("@value"));
        }
        for (String list : List.of("@list", "@set")) {
            if (value.has(list)) {
                JsonNode members = compact(value.get(list));
                return members == null || members.isArray() ? members : NODES.arrayNode().add(members);
            }
        }
        return compactObject(value);
    }

    private ObjectNode compactObject(JsonNode value) {
        ObjectNode node = NODES.objectNode();
        JsonNode types = SchemaOrg.types(typeNames(value.get("@type")));
        if (types != null) {
            node.set("@type", types);
        }
        JsonNode id = value.get("@id");
        if (id != null && id.isTextual()) {
            node.put("@id", HtmlText.absolute(base, HtmlText.decode(id.textValue().strip())));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (key.equals("@context") || key.equals("@type") || key.equals("@id")) {
                continue;
            }
            JsonNode compacted = compact(field.getValue());
            if (compacted != null) {
                JsonValues.add(node, SchemaOrg.shorten(key), compacted);
            }
        }
        return node;
    }

    private static List<String> typeNames(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type == null) {
            return names;
        }
        if (type.isTextual()) {
            names.add(SchemaOrg.shorten(type.textValue()));
        } else if (type.isArray()) {
            for (JsonNode member : type) {
                if (member.isTextual()) {
                    names.add(SchemaOrg.shorten(member.textValue()));
                }
            }
        }
        return names;
    }
}
