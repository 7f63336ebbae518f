package routes.structured;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD scripts of a page as items: read leniently and within bounds, compacted to short schema.org names
 * ({@link JsonLdCompactor}), {@code @graph}s and top-level arrays flattened, {@code @id} references replaced by the
 * node they name ({@link JsonLdReferences}).
 */
final class JsonLdReader {

    static final String SOURCE = "jsonld";
    static final int MAX_SCRIPT_CHARS = 2_000_000;
    static final int MAX_PAGE_CHARS = 6_000_000;
    static final int MAX_DEPTH = 64;

    private final ObjectReader reader;

    JsonLdReader(ObjectMapper json) {
        ObjectMapper mapper = copyOf(json); // the shared mapper stays as it is
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(MAX_SCRIPT_CHARS)
                .build());
        for (JsonReadFeature lenient : List.of(JsonReadFeature.ALLOW_JAVA_COMMENTS,
                JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)) {
            mapper.configure(lenient.mappedFeature(), true);
        }
        mapper.configure(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature(), false);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);
        reader = mapper.readerFor(JsonNode.class)
                .with(JsonNodeFactory.withExactBigDecimals(true))
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A copy to configure; a plain mapper when the given one cannot be copied (a subclass without copy()). */
    private static ObjectMapper copyOf(ObjectMapper json) {
        try {
            ObjectMapper copy = json == null ? null : json.copy();
            return copy == null ? new ObjectMapper() : copy;
        } catch (IllegalStateException notCopyable) {
            return new ObjectMapper();
        }
    }

    List<StructuredItem> read(Document page, List<StructuredProblem> problems) {
        List<Script> scripts = parseScripts(page, problems);
        JsonLdCompactor compactor = new JsonLdCompactor(page.baseUri().isEmpty() ? page.location() : page.baseUri());
        List<Script> compacted = new ArrayList<>();
        for (Script script : scripts) {
            List<JsonNode> roots = new ArrayList<>();
            for (JsonNode root : script.roots()) {
                JsonNode node = compactor.compact(root);
                if (node != null) {
                    roots.add(node);
                }
            }
            compacted.add(new Script(script.element(), roots));
        }
        JsonLdReferences references = new JsonLdReferences();
        compacted.forEach(script -> script.roots().forEach(references::index));

        List<StructuredItem> items = new ArrayList<>();
        for (Script script : compacted) {
            List<ObjectNode> topLevel = new ArrayList<>();
            script.roots().forEach(root -> flatten(root, topLevel, 0));
            for (ObjectNode node : topLevel) {
                items.add(new StructuredItem(references.expand(node), SOURCE, script.element()));
            }
        }
        if (references.exhausted()) {
            problems.add(new StructuredProblem(SOURCE, "json-ld: @id references expanded into more than "
                    + JsonLdReferences.MAX_EXPANDED_NODES + " nodes; the rest are left as references"));
        }
        return items;
    }

    private List<Script> parseScripts(Document page, List<StructuredProblem> problems) {
        List<Script> scripts = new ArrayList<>();
        long pageChars = 0;
        int number = 0;
        for (Element script : page.getElementsByTag("script")) {
            if (!isJsonLd(script.attr("type"))) {
                continue;
            }
            number++;
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                problems.add(problem(number, "larger than " + MAX_SCRIPT_CHARS + " characters"));
                continue;
            }
            if (pageChars + data.length() > MAX_PAGE_CHARS) {
                problems.add(problem(number, "the page's JSON-LD is larger than " + MAX_PAGE_CHARS + " characters"));
                continue;
            }
            pageChars += data.length();
            scripts.add(new Script(script, parse(number, JsonLdText.of(data), problems)));
        }
        return scripts;
    }

    /** Every JSON value of the script (two objects concatenated happen); those before an error are kept. */
    private List<JsonNode> parse(int number, JsonLdText text, List<StructuredProblem> problems) {
        List<JsonNode> roots = new ArrayList<>();
        if (text.json().isBlank()) {
            return roots;
        }
        try (MappingIterator<JsonNode> values = reader.readValues(text.json())) {
            while (values.hasNextValue()) {
                roots.add(values.nextValue());
            }
        } catch (StreamConstraintsException tooMuch) {
            String message = String.valueOf(tooMuch.getOriginalMessage());
            problems.add(problem(number, message.contains("nesting depth") ? "nesting deeper than " + MAX_DEPTH
                    : "over a reading limit: " + message));
        } catch (JsonProcessingException malformed) {
            problems.add(problem(number, malformed.getLocation() == null ? "unreadable JSON"
                    : "unreadable JSON at line " + (malformed.getLocation().getLineNr() + text.lineOffset())));
        } catch (IOException | RuntimeException unreadable) {
            problems.add(problem(number, "unreadable JSON (" + unreadable.getClass().getSimpleName() + ")"));
        }
        return roots;
    }

    /** Top-level arrays and {@code @graph}s give their members as items; a bare reference is not an item. */
    private static void flatten(JsonNode node, List<ObjectNode> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(member -> flatten(member, out, depth + 1));
        } else if (node instanceof ObjectNode object) {
            JsonNode graph = object.get("@graph");
            if (graph != null) {
                flatten(graph, out, depth + 1);
                if (object.has("@type")) { // a typed node that also carries a graph is an item too
                    ObjectNode rest = object.deepCopy();
                    rest.remove("@graph");
                    out.add(rest);
                }
            } else if (!JsonLdReferences.isReference(object) && !object.isEmpty()) {
                out.add(object);
            }
        }
    }

    private static boolean isJsonLd(String type) {
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().equalsIgnoreCase("application/ld+json");
    }

    private static StructuredProblem problem(int script, String reason) {
        return new StructuredProblem(SOURCE, "json-ld script " + script + ": " + reason);
    }

    private record Script(Element element, List<JsonNode> roots) {
    }
}
