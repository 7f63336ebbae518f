package routes.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.springframework.stereotype.Component;

/**
 * Reads a product page field by field: JSON-LD first, then microdata, then OpenGraph, then the
 * job's CSS selectors — each source only fills what the ones before it left empty.
 */
@Component
public class ProductParser {

    /** schema.org's Product and the subtypes shops publish a product as. */
    private static final Set<String> PRODUCT_TYPES = Set.of("Product", "ProductGroup", "IndividualProduct",
            "ProductModel", "SomeProducts");

    private final ObjectMapper json;

    public ProductParser(ObjectMapper json) {
        this.json = json;
    }

    public ProductData parse(String html, String pageUrl, Map<String, String> selectors) {
        return parse(Jsoup.parse(html, pageUrl), selectors);
    }

    /** Whether the page's structured data (JSON-LD or microdata) describes a product. */
    boolean isProduct(Document page) {
        return jsonLd(page).isPresent() || microdata(page).isPresent();
    }

    ProductData parse(Document page, Map<String, String> selectors) {
        String pageUrl = page.location();
        List<Supplier<Optional<Fields>>> extractors = new ArrayList<>(List.of(
                () -> jsonLd(page), () -> microdata(page), () -> openGraph(page)));
        if (selectors != null && !selectors.isEmpty()) {
            extractors.add(() -> Optional.of(fromSelectors(page, selectors)));
        }
        List<Fields> sources = new ArrayList<>();
        Fields merged = Fields.merge(sources);
        for (Supplier<Optional<Fields>> extractor : extractors) {
            if (merged.isComplete()) {
                break; // later sources only fill empty fields: nothing left for them to change
            }
            extractor.get().ifPresent(sources::add);
            merged = Fields.merge(sources);
        }
        if (merged.title == null && merged.price == null) {
            throw new NotAProductException(pageUrl);
        }
        List<String> images = merged.images.stream().map(src -> absolute(pageUrl, src)).distinct().toList();
        return new ProductData(pageUrl, merged.title, merged.price, merged.currency, merged.sku,
                Availability.normalise(merged.availability), images, merged.description,
                sources.isEmpty() ? null : sources.get(0).raw, merged.source);
    }

    private Optional<Fields> jsonLd(Document page) {
        for (Element script : Css.select(page, "script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data());
            } catch (JsonProcessingException malformed) {
                continue;
            }
            JsonNode product = findProduct(root);
            if (product != null) {
                Fields fields = new Fields("json-ld", product.toString());
                fields.title = decoded(text(product.get("name")));
                fields.sku = text(product.get("sku"));
                fields.description = text(product.get("description"));
                fields.images.addAll(images(product.get("image")));
                // a ProductGroup (Shopify's structured_data) keeps SKU and offers on its variants
                JsonNode variant = firstVariantWithOffers(product.get("hasVariant"));
                if (fields.sku == null && variant != null) {
                    fields.sku = text(variant.get("sku"));
                }
                JsonNode offer = firstOffer(product.has("offers") || variant == null ? product.get("offers") : variant.get("offers"));
                if (offer != null) {
                    // WooCommerce puts the price only in priceSpecification (the sale price first, then its ListPrice)
                    JsonNode priced = offer.has("price") || offer.has("lowPrice") ? offer : paidPrice(offer.get("priceSpecification"));
                    if (priced != null) {
                        fields.price = Prices.parse(text(priced.has("price") ? priced.get("price") : priced.get("lowPrice")));
                    }
                    fields.currency = text(offer.get("priceCurrency"));
                    if (fields.currency == null && priced != null) {
                        fields.currency = text(priced.get("priceCurrency"));
                    }
                    fields.availability = text(offer.get("availability"));
                }
                return Optional.of(fields);
            }
        }
        return Optional.empty();
    }

    private static JsonNode findProduct(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findProduct(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isProductType(node.get("@type"))) {
            return node;
        }
        return findProduct(node.get("@graph"));
    }

    private static boolean isProductType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isProductType(t)) {
                    return true;
                }
            }
            return false;
        }
        return PRODUCT_TYPES.contains(type.asText().replaceFirst("^https?://schema.org/", ""));
    }

    /** The price actually paid among an offer's price specifications: the first that is not a list price. */
    private static JsonNode paidPrice(JsonNode specifications) {
        if (specifications == null) {
            return null;
        }
        JsonNode first = null;
        for (JsonNode specification : specifications.isArray() ? specifications : List.of(specifications)) {
            if (specification.has("price") && !specification.path("priceType").asText().endsWith("ListPrice")) {
                return specification;
            }
            first = first == null && specification.has("price") ? specification : first;
        }
        return first;
    }

    /**
     * Text with HTML entities written into JSON decoded, also when a platform encoded them twice
     * (WooCommerce: "Salt &amp;amp; Pepper").
     */
    private static String decoded(String text) {
        String current = text;
        for (int round = 0; current != null && current.indexOf('&') >= 0 && round < 3; round++) {
            String next = Parser.unescapeEntities(current, false);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static JsonNode firstVariantWithOffers(JsonNode variants) {
        if (variants == null || !variants.isArray()) {
            return null;
        }
        for (JsonNode variant : variants) {
            if (variant.has("offers")) {
                return variant;
            }
        }
        return null;
    }

    private static JsonNode firstOffer(JsonNode offers) {
        if (offers == null) {
            return null;
        }
        if (offers.isArray()) {
            for (JsonNode offer : offers) {
                if (offer.has("price") || offer.has("lowPrice")) {
                    return offer;
                }
            }
            return offers.isEmpty() ? null : offers.get(0);
        }
        return offers.isObject() ? offers : null;
    }

    private static List<String> images(JsonNode image) {
        List<String> urls = new ArrayList<>();
        if (image == null) {
            return urls;
        }
        if (image.isArray()) {
            image.forEach(i -> urls.addAll(images(i)));
        } else if (image.isObject()) {
            String url = text(image.get("url"));
            if (url != null) {
                urls.add(url);
            }
        } else if (image.isTextual() && !image.asText().isBlank()) {
            urls.add(image.asText());
        }
        return urls;
    }

    private Optional<Fields> microdata(Document page) {
        Element product = Css.selectFirst(page, "[itemscope][itemtype~=(?i)schema.org/Product$]");
        if (product == null) {
            return Optional.empty();
        }
        Fields fields = new Fields("microdata", null);
        fields.title = itemprop(product, "name");
        fields.sku = itemprop(product, "sku");
        fields.description = itemprop(product, "description");
        for (Element image : Css.select(product, "[itemprop=image]")) {
            String src = value(image);
            if (src != null) {
                fields.images.add(src);
            }
        }
        fields.price = Prices.parse(itemprop(product, "price"));
        fields.currency = itemprop(product, "priceCurrency");
        fields.availability = itemprop(product, "availability");
        fields.raw = rawJson(fields);
        return Optional.of(fields);
    }

    private Optional<Fields> openGraph(Document page) {
        String title = meta(page, "og:title");
        String price = meta(page, "product:price:amount");
        if (title == null && price == null) {
            return Optional.empty();
        }
        Fields fields = new Fields("opengraph", null);
        fields.title = title;
        fields.price = Prices.parse(price);
        fields.currency = meta(page, "product:price:currency");
        fields.availability = meta(page, "product:availability");
        fields.sku = meta(page, "product:retailer_item_id");
        fields.description = meta(page, "og:description");
        Css.select(page, "meta[property=og:image]").forEach(m -> fields.images.add(m.attr("content")));
        fields.raw = rawJson(fields);
        return Optional.of(fields);
    }

    private static Fields fromSelectors(Document page, Map<String, String> selectors) {
        Fields fields = new Fields("selectors", null);
        fields.title = selected(page, selectors.get("title"));
        fields.price = Prices.parse(selected(page, selectors.get("price")));
        fields.currency = selected(page, selectors.get("currency"));
        fields.sku = selected(page, selectors.get("sku"));
        fields.availability = selected(page, selectors.get("availability"));
        fields.description = selected(page, selectors.get("description"));
        if (selectors.get("image") != null) {
            Css.select(page, selectors.get("image")).forEach(e -> {
                String src = value(e);
                if (src != null) {
                    fields.images.add(src);
                }
            });
        }
        return fields;
    }

    private static String selected(Document page, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = Css.selectFirst(page, selector);
        return element == null ? null : value(element);
    }

    private static String itemprop(Element scope, String name) {
        Elements found = Css.select(scope, "[itemprop=" + name + "]");
        return found.isEmpty() ? null : value(found.first());
    }

    /** An element's value as microdata defines it: content, then link targets, then its text. */
    private static String value(Element element) {
        for (String attribute : new String[] {"content", "href", "src"}) {
            if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                return element.attr(attribute).strip();
            }
        }
        String text = element.text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String meta(Document page, String property) {
        Element meta = Css.selectFirst(page, "meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String absolute(String pageUrl, String src) {
        try {
            return URI.create(pageUrl).resolve(src.strip()).toString();
        } catch (IllegalArgumentException malformed) {
            return src;
        }
    }

    /** Microdata and OpenGraph have no JSON of their own: keep what was read from them. */
    private String rawJson(Fields fields) {
        ObjectNode node = json.createObjectNode();
        node.put("name", fields.title).put("price", fields.price).put("priceCurrency", fields.currency)
                .put("sku", fields.sku).put("availability", fields.availability).put("description", fields.description);
        node.putPOJO("image", fields.images);
        return node.toString();
    }

    /** The fields one source supplied; merged in priority order. */
    private static final class Fields {
        String source;
        String raw;
        String title;
        BigDecimal price;
        String currency;
        String sku;
        String availability;
        String description;
        final Set<String> images = new LinkedHashSet<>();

        Fields(String source, String raw) {
            this.source = source;
            this.raw = raw;
        }

        /** Each field from the first source that has it; the source is the one that gave the title. */
        static Fields merge(List<Fields> sources) {
            Fields merged = new Fields(null, null);
            for (Fields f : sources) {
                if (merged.title == null && f.title != null) {
                    merged.source = f.source;
                    merged.title = f.title;
                }
                merged.price = merged.price != null ? merged.price : f.price;
                merged.currency = first(merged.currency, f.currency);
                merged.sku = first(merged.sku, f.sku);
                merged.availability = first(merged.availability, f.availability);
                merged.description = first(merged.description, f.description);
                if (merged.images.isEmpty()) {
                    merged.images.addAll(f.images);
                }
            }
            return merged;
        }

        boolean isComplete() {
            return title != null && price != null && currency != null && sku != null && availability != null
                    && description != null && !images.isEmpty();
        }

        private static String first(String current, String candidate) {
            return current != null ? current : candidate;
        }
    }
}
