package routes.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The microdata items of a page (WHATWG HTML microdata): an {@code itemprop} belongs to the nearest ancestor
 * {@code itemscope} (or to an item that names one of its ancestors in {@code itemref}); an element with both is a
 * nested item, the value of that property. Iterative, nesting capped at {@value #MAX_DEPTH} items and work capped
 * per page.
 */
final class MicrodataReader {

    static final String SOURCE = "microdata";
    static final int MAX_DEPTH = 64;
    static final int MAX_ITEMS = 10_000;
    static final int MAX_VISITS = 2_000_000;

    List<StructuredItem> read(Document page, List<StructuredProblem> problems) {
        return new Run(page, problems).items();
    }

    /** One page's reading: its lookups and budgets. */
    private static final class Run {

        private final Document page;
        private final List<StructuredProblem> problems;
        private Map<String, Element> byId;
        private Map<Element, Integer> treeOrder;
        private Set<Element> referenced;
        private int visits;
        private boolean tooDeepReported;
        private boolean tooMuchReported;

        Run(Document page, List<StructuredProblem> problems) {
            this.page = page;
            this.problems = problems;
        }

        List<StructuredItem> items() {
            List<StructuredItem> items = new ArrayList<>();
            for (Element root : topLevelItems()) {
                if (items.size() == MAX_ITEMS) {
                    problems.add(new StructuredProblem(SOURCE, "microdata: more than " + MAX_ITEMS + " items"));
                    break;
                }
                items.add(new StructuredItem(item(root, 1, identitySet()), SOURCE, root));
            }
            return items;
        }

        /**
         * Items that are no property's value: itemscope without itemprop, and itemscope with an itemprop but no
         * itemscope ancestor to belong to (unless an itemref brings it into an item).
         */
        private List<Element> topLevelItems() {
            List<Element> roots = new ArrayList<>();
            Deque<Element> pending = new ArrayDeque<>();
            Deque<Boolean> inScope = new ArrayDeque<>();
            pending.push(page);
            inScope.push(false);
            while (!pending.isEmpty()) {
                Element element = pending.pop();
                boolean scoped = inScope.pop();
                boolean itemscope = element.hasAttr("itemscope");
                if (itemscope && (!element.hasAttr("itemprop") || !scoped && !insideAny(element, referenced()))) {
                    roots.add(element);
                }
                for (int i = element.childrenSize() - 1; i >= 0; i--) {
                    pending.push(element.child(i));
                    inScope.push(scoped || itemscope);
                }
            }
            return roots;
        }

        private ObjectNode item(Element root, int depth, Set<Element> building) {
            building.add(root);
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            JsonNode types = SchemaOrg.types(HtmlText.tokens(root.attr("itemtype")).stream()
                    .map(SchemaOrg::shorten).toList());
            if (types != null) {
                node.set("@type", types);
            }
            if (root.hasAttr("itemid") && !root.attr("itemid").isBlank()) {
                node.put("@id", MicrodataValues.url(root, "itemid"));
            }
            for (Element property : properties(root)) {
                JsonNode value;
                if (property.hasAttr("itemscope")) {
                    if (building.contains(property)) {
                        continue; // an itemref loop back into an item being built
                    }
                    if (depth >= MAX_DEPTH) {
                        if (!tooDeepReported) {
                            tooDeepReported = true;
                            problems.add(new StructuredProblem(SOURCE,
                                    "microdata: items nested deeper than " + MAX_DEPTH + " left out"));
                        }
                        continue;
                    }
                    value = item(property, depth + 1, building);
                } else {
                    value = JsonNodeFactory.instance.textNode(HtmlText.decode(MicrodataValues.of(property)));
                }
                boolean first = true;
                for (String name : HtmlText.tokens(property.attr("itemprop"))) {
                    JsonValues.add(node, SchemaOrg.shorten(name), first ? value : value.deepCopy());
                    first = false;
                }
            }
            building.remove(root);
            return node;
        }

        /** The spec's "crawl the properties": children and itemref'd elements, not descending into nested items. */
        private List<Element> properties(Element root) {
            List<Element> results = new ArrayList<>();
            Set<Element> memory = identitySet();
            memory.add(root);
            Deque<Element> pending = new ArrayDeque<>(root.children());
            if (root.hasAttr("itemref")) {
                for (String id : HtmlText.tokens(root.attr("itemref"))) {
                    Element target = byId().get(id);
                    if (target != null) {
                        pending.add(target);
                    }
                }
            }
            boolean referencing = root.hasAttr("itemref");
            while (!pending.isEmpty()) {
                Element current = pending.pop();
                if (!memory.add(current)) {
                    continue;
                }
                if (++visits > MAX_VISITS) {
                    if (!tooMuchReported) {
                        tooMuchReported = true;
                        problems.add(new StructuredProblem(SOURCE,
                                "microdata: more than " + MAX_VISITS + " elements visited; the rest left out"));
                    }
                    break;
                }
                if (!current.hasAttr("itemscope")) {
                    List<Element> children = current.children();
                    for (int i = children.size() - 1; i >= 0; i--) {
                        pending.push(children.get(i));
                    }
                }
                if (current.hasAttr("itemprop") && !HtmlText.tokens(current.attr("itemprop")).isEmpty()) {
                    results.add(current);
                }
            }
            if (referencing) {
                Map<Element, Integer> order = treeOrder();
                results.sort(Comparator.comparingInt(element -> order.getOrDefault(element, Integer.MAX_VALUE)));
            }
            return results;
        }

        /** The elements some itemref names: their itemprops belong to the referencing item. */
        private Set<Element> referenced() {
            if (referenced != null) {
                return referenced;
            }
            Set<Element> targets = identitySet();
            for (Element referencing : page.getElementsByAttribute("itemref")) {
                for (String id : HtmlText.tokens(referencing.attr("itemref"))) {
                    Element target = byId().get(id);
                    if (target != null) {
                        targets.add(target);
                    }
                }
            }
            referenced = targets;
            return targets;
        }

        private static boolean insideAny(Element element, Set<Element> containers) {
            if (containers.isEmpty()) {
                return false;
            }
            for (Element current = element; current != null; current = current.parent()) {
                if (containers.contains(current)) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, Element> byId() {
            if (byId == null) {
                byId = new HashMap<>();
                for (Element element : page.getElementsByAttribute("id")) {
                    byId.putIfAbsent(element.id(), element);
                }
            }
            return byId;
        }

        private Map<Element, Integer> treeOrder() {
            if (treeOrder == null) {
                treeOrder = new IdentityHashMap<>();
                int index = 0;
                for (Element element : page.getAllElements()) {
                    treeOrder.put(element, index++);
                }
            }
            return treeOrder;
        }

        private static Set<Element> identitySet() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }
    }
}
