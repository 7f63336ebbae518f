package routes.structured;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.nodes.Element;

/**
 * One top-level schema.org item found on a page.
 *
 * @param node    the item in a JSON-LD-compacted shape, the same for every source: {@code "@type"} (short schema.org
 *                names, a string when one, an array when several), {@code "@id"}, then properties by short name whose
 *                values are strings, JSON-LD numbers/booleans, nested items or arrays of those
 * @param source  {@code "jsonld"}, {@code "microdata"} or {@code "rdfa"}
 * @param element the {@code <script>} (JSON-LD) or the element carrying {@code itemscope}/{@code typeof}
 */
public record StructuredItem(ObjectNode node, String source, Element element) {
}
