package caravan.shops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The extraction fixtures (src/test/resources/extraction) as one shop: a home page, one listing
 * linking every product fixture, and each fixture at /products/{name}, its own URL rewritten to
 * where it is served so its canonical link and variant URLs stay its own.
 */
public final class ExtractionShop implements FixtureShop {

    private static final Path FIXTURES = Path.of("src/test/resources/extraction");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each product fixture (not a listing, read without selectors) by name, with its expectations. */
    private final Map<String, JsonNode> expected = new LinkedHashMap<>();

    public ExtractionShop() {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".expected.json")) {
                    JsonNode expectation = JSON.readTree(file.toFile());
                    if (expectation.path("product").asBoolean(true) && !expectation.has("selectors")) {
                        expected.put(name.substring(0, name.length() - ".expected.json".length()), expectation);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> PLATFORMS = List.of("shopify", "woocommerce", "magento2", "bigcommerce", "prestashop");

    /** The site profile a fixture's page is read with: its platform's (by its name's prefix), else the generic one. */
    public static String profileOf(String fixture) {
        String prefix = fixture.substring(0, Math.max(0, fixture.indexOf('-')));
        return PLATFORMS.contains(prefix) ? prefix : "generic";
    }

    /** Product fixture names and what each must be read as. */
    public Map<String, JsonNode> expectations() {
        return expected;
    }

    @Override
    public String name() {
        return "extraction-fixtures";
    }

    @Override
    public FixturePage page(String pathAndQuery, String baseUrl) {
        String path = pathAndQuery.replaceFirst("\\?.*$", "");
        if (path.equals("/")) {
            return FixturePage.html("<!doctype html><html lang=\"en\"><head><title>Fixtures</title></head><body>"
                    + "<nav><a href=\"/collections/all\">All products</a></nav><h1>Fixtures</h1></body></html>");
        }
        if (path.equals("/collections/all")) {
            return FixturePage.html("<!doctype html><html lang=\"en\"><head><title>All products</title></head><body>"
                    + "<nav><a href=\"/collections/all\">All products</a></nav><h1>All products</h1><ul>"
                    + expected.keySet().stream().map(n -> "<li><a class=\"product-link\" href=\"/products/" + n + "\">" + n + "</a></li>")
                    .collect(Collectors.joining()) + "</ul></body></html>");
        }
        String name = path.startsWith("/products/") ? path.substring("/products/".length()) : null;
        if (name == null || !expected.containsKey(name)) {
            return null;
        }
        try {
            String html = Files.readString(FIXTURES.resolve(name + ".html"), StandardCharsets.UTF_8);
            return FixturePage.html(html.replace(expected.get(name).get("url").asText(), baseUrl + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ExpectedProduct> expectedProducts() {
        return List.of(); // checked field by field against expectations() instead
    }

    @Override
    public List<ExpectedCategory> expectedCategories() {
        return List.of(new ExpectedCategory("/collections/all", "All products", null));
    }
}
