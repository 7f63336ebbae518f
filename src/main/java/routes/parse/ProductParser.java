package routes.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import routes.model.ProductData;
import routes.price.PriceHints;
import routes.price.PriceParser;
import routes.profile.VariantSource;
import routes.structured.StructuredData;
import routes.structured.StructuredDataReader;

/**
 * Reads a product page field by field: the page's main product in its structured data (JSON-LD,
 * microdata, RDFa — see {@link MainProduct}), then OpenGraph, then the profile's and the job's CSS
 * selectors. Each source only fills what the ones before it left empty, and each field remembers
 * which source gave it.
 */
@Component
public class ProductParser {

    private final StructuredDataReader structured;
    private final SchemaProductReader schema;
    private final OpenGraphProduct openGraph;
    private final SelectedProduct selected;
    private final PageVariants pageVariants;

    public ProductParser(ObjectMapper json, PriceParser prices) {
        this.structured = new StructuredDataReader(json);
        this.schema = new SchemaProductReader(prices);
        this.openGraph = new OpenGraphProduct(prices);
        this.selected = new SelectedProduct(prices);
        this.pageVariants = new PageVariants(json, prices);
    }

    public ProductData parse(String html, String pageUrl, Map<String, String> selectors) {
        return parse(Jsoup.parse(html, pageUrl), selectors, List.of());
    }

    /** Whether the page's structured data has a main product: a product page, not a listing. */
    boolean isProduct(Document page) {
        return mainProduct(page, structured.read(page), null).isPresent();
    }

    /**
     * @param selectors the profile's and the job's CSS selectors by product field
     * @param variantSources where the profile says the platform keeps its variants as JSON
     */
    ProductData parse(Document page, Map<String, String> selectors, List<VariantSource> variantSources) {
        Map<String, String> fieldSelectors = selectors == null ? Map.of() : selectors;
        StructuredData data = structured.read(page);
        Optional<MainProduct.Chosen> main = mainProduct(page, data, fieldSelectors.get("related"));
        PriceHints hints = hints(page, data);

        List<ProductFields> sources = new ArrayList<>();
        main.ifPresent(m -> sources.add(schema.read(m.node(), m.offeredBy(), m.item().source(), page.location())));
        if (sources.isEmpty() || !sources.get(0).isComplete()) {
            ProductFields fromTags = openGraph.read(page, hints);
            if (fromTags != null) {
                sources.add(fromTags);
            }
        }
        ProductFields fromPage = fieldSelectors.isEmpty() ? new ProductFields("selector")
                : selected.read(page, fieldSelectors, hints);
        if (!variantSources.isEmpty() && sources.stream().allMatch(f -> f.variants.isEmpty())) {
            String currency = sources.stream().map(f -> f.currency).filter(c -> c != null).findFirst()
                    .orElse(fromPage.currency != null ? fromPage.currency : hints.currency());
            fromPage.variants.addAll(pageVariants.read(page, variantSources, currency, fromPage));
        }
        sources.add(fromPage);
        ProductData product = ProductFields.merge(page.location(), sources);
        if (product.title() == null && product.pricing().price() == null) {
            throw new NotAProductException(page.location());
        }
        return finished(product, page.location(), data);
    }

    private Optional<MainProduct.Chosen> mainProduct(Document page, StructuredData data, String related) {
        List<String> own = new ArrayList<>();
        Element canonical = Css.selectFirst(page, "link[rel=canonical][href]");
        if (canonical != null) {
            own.add(canonical.absUrl("href"));
        }
        own.add(page.location());
        return MainProduct.choose(data.items(), own, related);
    }

    /**
     * What settles "1.234" and "$": the page's language (html lang, then og:locale) and a currency
     * the page names elsewhere (its structured data's priceCurrency, then its price tags).
     */
    private static PriceHints hints(Document page, StructuredData data) {
        String tag = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        if (tag.isBlank()) {
            tag = Optional.ofNullable(OpenGraphProduct.meta(page, "og:locale")).orElse("");
        }
        Locale locale = tag.isBlank() ? null : Locale.forLanguageTag(tag.strip().replace('_', '-'));
        if (locale != null && locale.getLanguage().isEmpty()) {
            locale = null;
        }
        String currency = data.items().stream()
                .map(item -> item.node().findValue("priceCurrency"))
                .filter(value -> value != null && value.isTextual() && value.asText().strip().length() == 3)
                .map(value -> value.asText().strip().toUpperCase(Locale.ROOT)).findFirst()
                .orElseGet(() -> Optional.ofNullable(OpenGraphProduct.meta(page, "product:price:currency"))
                        .orElse(OpenGraphProduct.meta(page, "og:price:currency")));
        return new PriceHints(locale, currency);
    }

    /** Images made absolute; structured data that could not be read recorded among the problems. */
    private static ProductData finished(ProductData product, String pageUrl, StructuredData data) {
        List<String> images = product.images().stream().map(src -> absolute(pageUrl, src)).distinct().toList();
        Map<String, String> problems = new LinkedHashMap<>(product.problems());
        if (!data.problems().isEmpty()) {
            problems.put("structuredData", data.problems().stream().map(p -> p.source() + ": " + p.reason())
                    .collect(Collectors.joining("; ")));
        }
        return new ProductData(product.url(), product.title(), product.pricing(), product.sku(), product.brand(),
                product.gtin(), product.mpn(), product.availability(), images, product.description(), product.variants(),
                product.sources(), problems, product.structuredData());
    }

    private static String absolute(String pageUrl, String src) {
        try {
            return URI.create(pageUrl).resolve(src.strip()).toString();
        } catch (IllegalArgumentException malformed) {
            return src;
        }
    }
}
