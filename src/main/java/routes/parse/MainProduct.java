package routes.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import routes.structured.StructuredItem;

/**
 * Picks the page's own product among the structured data's items, not merely the first one: a
 * product page also carries related products, a listing's items, an order's lines.
 *
 * <p>Candidates are products at the top level, a page's {@code mainEntity}, or an offer's
 * {@code itemOffered}; never the members of an {@code ItemList}, the lines of an order or invoice,
 * or anything inside a block the profile names as related. The one whose URL is the page's wins;
 * then a page's main entity; then the only product of its source (JSON-LD first). A page with
 * several products in each source and none of them its own is a listing, not a product page.
 */
final class MainProduct {

    /** Items whose products are entries of a list, never the page's product. */
    private static final Set<String> LISTS = Set.of("ItemList", "OfferCatalog", "BreadcrumbList", "HowTo");
    private static final Set<String> PAGES = Set.of("WebPage", "ItemPage", "ProductPage");
    private static final Set<String> OFFERS = Set.of("Offer", "AggregateOffer");
    private static final int LISTING_AT_LEAST = 3;

    private MainProduct() {
    }

    /**
     * A product item and where it was found.
     *
     * @param offeredBy the offer whose itemOffered it is (the product then has no offers of its own), or null
     */
    record Chosen(JsonNode node, StructuredItem item, JsonNode offeredBy) {
    }

    private record Candidate(JsonNode node, StructuredItem item, boolean mainEntity, JsonNode offeredBy, int order) {

        Chosen chosen() {
            return new Chosen(node, item, offeredBy);
        }
    }

    /**
     * @param pageUrls the page's own URLs (its canonical link and the URL it was fetched from)
     * @param related CSS selector of related-product blocks, or null
     */
    static Optional<Chosen> choose(List<StructuredItem> items, List<String> pageUrls, String related) {
        List<Candidate> candidates = new ArrayList<>();
        Map<JsonNode, Boolean> seen = new IdentityHashMap<>();
        for (StructuredItem item : items) {
            if (related != null && item.element() != null && isInside(item, related)) {
                continue;
            }
            collect(item.node(), item, false, null, candidates, seen, 0);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> own = pageUrls.stream().map(MainProduct::comparable).filter(u -> u != null).toList();
        Optional<Candidate> ownUrl = candidates.stream()
                .filter(c -> own.contains(comparable(SchemaNodes.text(c.node(), "url")))
                        || own.contains(comparable(SchemaNodes.text(c.node(), "@id"))))
                .min(Comparator.comparingInt(Candidate::order));
        if (ownUrl.isPresent()) {
            return ownUrl.map(Candidate::chosen);
        }
        Optional<Candidate> mainEntity = candidates.stream().filter(Candidate::mainEntity).findFirst();
        if (mainEntity.isPresent()) {
            return mainEntity.map(Candidate::chosen);
        }
        Map<String, List<Candidate>> bySource = candidates.stream()
                .collect(Collectors.groupingBy(c -> c.item().source(), LinkedHashMap::new, Collectors.toList()));
        // one product in a source, beside many in another (a carousel's cards), is the page's own
        Optional<Candidate> alone = bySource.values().stream().filter(list -> list.size() == 1).map(list -> list.get(0)).findFirst();
        if (alone.isPresent()) {
            return alone.map(Candidate::chosen);
        }
        if (bySource.values().stream().anyMatch(list -> list.size() >= LISTING_AT_LEAST)) {
            return Optional.empty(); // a listing's cards, none of them the page's own
        }
        return candidates.stream()
                .min(Comparator.comparing((Candidate c) -> !c.node().has("offers") && !c.node().has("hasVariant"))
                        .thenComparingInt(Candidate::order))
                .map(Candidate::chosen);
    }

    private static void collect(JsonNode node, StructuredItem item, boolean mainEntity, JsonNode offeredBy,
                                List<Candidate> candidates, Map<JsonNode, Boolean> seen, int depth) {
        if (node == null || !node.isObject() || depth > 8 || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (SchemaNodes.isProduct(node)) {
            candidates.add(new Candidate(node, item, mainEntity, offeredBy, candidates.size()));
            return; // its variants and related products are its own business
        }
        if (SchemaNodes.hasType(node, LISTS)) {
            return;
        }
        boolean page = SchemaNodes.hasType(node, PAGES) || SchemaNodes.types(node).stream().anyMatch(t -> t.endsWith("Page"));
        for (JsonNode entity : SchemaNodes.items(node, "mainEntity")) {
            collect(entity, item, page, null, candidates, seen, depth + 1);
        }
        if (SchemaNodes.hasType(node, OFFERS)) {
            for (JsonNode offered : SchemaNodes.items(node, "itemOffered")) {
                collect(offered, item, mainEntity, node, candidates, seen, depth + 1);
            }
        }
    }

    private static boolean isInside(StructuredItem item, String related) {
        try {
            return item.element().closest(related) != null;
        } catch (RuntimeException invalidSelector) {
            return false;
        }
    }

    /** A URL as compared with the page's: no fragment, query or trailing slash, any scheme. */
    private static String comparable(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return null;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return uri.getHost().toLowerCase(Locale.ROOT) + path;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
