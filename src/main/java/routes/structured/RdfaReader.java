package routes.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The RDFa Lite items of a page: {@code typeof} starts an item, {@code property} adds a property to the nearest
 * {@code typeof} ancestor, an element with both is a nested item (the property's value). Iterative; nesting capped at
 * {@value #MAX_DEPTH} items.
 */
final class RdfaReader {

    static final String SOURCE = "rdfa";
    static final int MAX_DEPTH = 64;
    static final int MAX_ITEMS = 10_000;

    List<StructuredItem> read(Document page, List<StructuredProblem> problems) {
        List<StructuredItem> items = new ArrayList<>();
        boolean[] tooDeep = {false};
        Deque<Frame> pending = new ArrayDeque<>();
        pending.push(new Frame(page, RdfaContext.initial(), false));
        while (!pending.isEmpty()) {
            Frame frame = pending.pop();
            Element element = frame.element();
            RdfaContext context = frame.context().enter(element);
            boolean typed = element.hasAttr("typeof");
            if (typed && (!hasProperty(element) || !frame.inItem())) {
                if (items.size() == MAX_ITEMS) {
                    problems.add(new StructuredProblem(SOURCE, "rdfa: more than " + MAX_ITEMS + " items"));
                    break;
                }
                items.add(new StructuredItem(item(element, context, 1, tooDeep, problems), SOURCE, element));
            }
            for (int i = element.childrenSize() - 1; i >= 0; i--) {
                pending.push(new Frame(element.child(i), context, frame.inItem() || typed));
            }
        }
        return items;
    }

    /** The item {@code root} starts, {@code context} being the one in force at root (root's own attributes included). */
    private ObjectNode item(Element root, RdfaContext context, int depth, boolean[] tooDeep,
            List<StructuredProblem> problems) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        JsonNode types = SchemaOrg.types(HtmlText.tokens(root.attr("typeof")).stream().map(context::name).toList());
        if (types != null) {
            node.set("@type", types);
        }
        String id = subject(root);
        if (!id.isEmpty()) {
            node.put("@id", id);
        }
        Deque<Frame> pending = new ArrayDeque<>();
        pushChildren(pending, root, context);
        while (!pending.isEmpty()) {
            Frame frame = pending.pop();
            Element element = frame.element();
            RdfaContext inner = frame.context().enter(element);
            boolean typed = element.hasAttr("typeof");
            if (hasProperty(element)) {
                JsonNode value;
                if (typed) {
                    if (depth >= MAX_DEPTH) {
                        if (!tooDeep[0]) {
                            tooDeep[0] = true;
                            problems.add(new StructuredProblem(SOURCE,
                                    "rdfa: items nested deeper than " + MAX_DEPTH + " left out"));
                        }
                        continue;
                    }
                    value = item(element, inner, depth + 1, tooDeep, problems);
                } else {
                    value = JsonNodeFactory.instance.textNode(HtmlText.decode(literal(element)));
                }
                boolean first = true;
                for (String name : HtmlText.tokens(element.attr("property"))) {
                    JsonValues.add(node, inner.name(name), first ? value : value.deepCopy());
                    first = false;
                }
            }
            if (!typed) { // a typeof below starts an item of its own: its properties are not ours
                pushChildren(pending, element, inner);
            }
        }
        return node;
    }

    private static void pushChildren(Deque<Frame> pending, Element parent, RdfaContext context) {
        for (int i = parent.childrenSize() - 1; i >= 0; i--) {
            pending.push(new Frame(parent.child(i), context, true));
        }
    }

    /** The item's IRI: about, resource, then href/src (RDFa's typed resource), absolute. */
    private static String subject(Element element) {
        for (String attribute : List.of("about", "resource", "href", "src")) {
            if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                return MicrodataValues.url(element, attribute);
            }
        }
        return "";
    }

    /** A property's value: content, then a time's datetime, then href/src/resource (absolute), then the text. */
    private static String literal(Element element) {
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        if (element.hasAttr("datetime")) {
            return element.attr("datetime");
        }
        for (String attribute : List.of("href", "src", "resource")) {
            if (element.hasAttr(attribute)) {
                return MicrodataValues.url(element, attribute);
            }
        }
        return element.text();
    }

    private static boolean hasProperty(Element element) {
        return !element.attr("property").isBlank();
    }

    private record Frame(Element element, RdfaContext context, boolean inItem) {
    }
}
