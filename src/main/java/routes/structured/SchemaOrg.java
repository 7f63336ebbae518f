package routes.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/** schema.org IRIs to the short names the node shape uses; other vocabularies keep their full IRIs. */
final class SchemaOrg {

    private static final List<String> PREFIXES = List.of("http://schema.org/", "https://schema.org/",
            "http://www.schema.org/", "https://www.schema.org/", "schema:");

    private SchemaOrg() {
    }

    /** "https://schema.org/Product" and "schema:Product" to "Product"; anything else unchanged (trimmed). */
    static String shorten(String name) {
        String trimmed = name.strip();
        for (String prefix : PREFIXES) {
            if (trimmed.length() > prefix.length() && trimmed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return trimmed.substring(prefix.length());
            }
        }
        return trimmed;
    }

    /** The {@code "@type"} value: a string when one, an array when several, null when none. */
    static JsonNode types(List<String> shortNames) {
        List<String> distinct = shortNames.stream().filter(t -> !t.isEmpty()).distinct().toList();
        if (distinct.isEmpty()) {
            return null;
        }
        if (distinct.size() == 1) {
            return JsonNodeFactory.instance.textNode(distinct.get(0));
        }
        var array = JsonNodeFactory.instance.arrayNode(distinct.size());
        distinct.forEach(array::add);
        return array;
    }
}
