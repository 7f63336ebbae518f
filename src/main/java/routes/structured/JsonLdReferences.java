package routes.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * {@code {"@id": "#product"}} references replaced by the node with that {@code @id} anywhere on the page (any script).
 * A reference to a node already being expanded stays a bare reference (cycles), and the expansion is bounded in depth
 * and in total size (a page of nodes each referencing the next twice would otherwise grow exponentially).
 */
final class JsonLdReferences {

    static final int MAX_EXPANDED_NODES = 200_000;
    private static final int MAX_DEPTH = JsonLdReader.MAX_DEPTH;

    private final Map<String, ObjectNode> nodes = new HashMap<>();
    private int budget = MAX_EXPANDED_NODES;
    private boolean exhausted;

    static boolean isReference(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.path("@id").isTextual();
    }

    /** Remembers every node with an {@code @id} and content in {@code root}; several of one id are merged. */
    void index(JsonNode root) {
        index(root, 0);
    }

    private void index(JsonNode value, int depth) {
        if (depth > MAX_DEPTH || !value.isContainerNode()) {
            return;
        }
        if (value instanceof ObjectNode object && object.path("@id").isTextual() && !isReference(object)) {
            String id = object.get("@id").textValue();
            ObjectNode known = nodes.get(id);
            if (known == null) {
                nodes.put(id, object);
            } else {
                ObjectNode merged = known.deepCopy();
                for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!merged.has(field.getKey())) {
                        merged.set(field.getKey(), field.getValue());
                    }
                }
                nodes.put(id, merged);
            }
        }
        for (JsonNode member : value) {
            index(member, depth + 1);
        }
    }

    /** A new tree: {@code item} with the references in it expanded. */
    ObjectNode expand(ObjectNode item) {
        return (ObjectNode) expand(item, new HashSet<>(), 0);
    }

    boolean exhausted() {
        return exhausted;
    }

    private JsonNode expand(JsonNode value, Set<String> expanding, int depth) {
        if (!value.isContainerNode()) {
            return value;
        }
        if (--budget < 0) {
            exhausted = true;
        }
        if (isReference(value)) {
            String id = value.get("@id").textValue();
            ObjectNode target = nodes.get(id);
            if (target == null || expanding.contains(id) || depth >= MAX_DEPTH || exhausted) {
                return value.deepCopy();
            }
            return expand(target, expanding, depth);
        }
        if (value.isArray()) {
            ArrayNode array = ((ArrayNode) value).arrayNode(value.size());
            for (JsonNode member : value) {
                array.add(expand(member, expanding, depth + 1));
            }
            return array;
        }
        ObjectNode object = (ObjectNode) value;
        String id = object.path("@id").isTextual() ? object.get("@id").textValue() : null;
        boolean entered = id != null && expanding.add(id);
        ObjectNode copy = object.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), expand(field.getValue(), expanding, depth + 1));
        }
        if (entered) {
            expanding.remove(id);
        }
        return copy;
    }
}
