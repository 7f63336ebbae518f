package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import caravan.shops.ExtractionShop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import routes.model.ProductData;
import routes.model.ProductVariant;
import routes.price.PriceParser;
import routes.profile.SiteProfile;

/**
 * Product pages written in the markup the platforms and schema.org publishers really emit
 * (src/test/resources/extraction, their sources in SOURCES.md), each with what a correct extractor
 * reads from it. Read as a crawl reads it: with its platform's profile (product selectors and
 * variant JSON), and a fixture's own selectors where it names some, as a job would.
 */
class ExtractionFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/extraction");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProductParser PARSER = new ProductParser(JSON, new PriceParser());

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWhatThePageSays(String fixture) throws IOException {
        JsonNode expected = JSON.readTree(FIXTURES.resolve(fixture + ".expected.json").toFile());
        String html = Files.readString(FIXTURES.resolve(fixture + ".html"), StandardCharsets.UTF_8);
        SiteProfile profile = Profiles.named(ExtractionShop.profileOf(fixture));
        Map<String, String> selectors = new LinkedHashMap<>(profile.productFields());
        expected.path("selectors").fields().forEachRemaining(e -> selectors.put(e.getKey(), e.getValue().asText()));
        String url = expected.get("url").asText();
        Document page = Jsoup.parse(html, url);

        if (!expected.path("product").asBoolean(true)) {
            assertThat(PARSER.isProduct(page)).as("a product page").isFalse();
            if (!expected.has("selectors")) {
                assertThatThrownBy(() -> PARSER.parse(page, selectors, profile.variantSources()))
                        .isInstanceOf(NotAProductException.class);
            }
            return;
        }
        ProductData product = PARSER.parse(page, selectors, profile.variantSources());
        assertSoftly(soft -> {
            text(expected, "title").ifPresent(v -> soft.assertThat(product.title()).as("title").isEqualTo(v));
            amount(expected, "price").ifPresent(v -> soft.assertThat(product.pricing().price()).as("price").isEqualByComparingTo(v));
            amount(expected, "listPrice").ifPresent(v -> soft.assertThat(product.pricing().listPrice()).as("listPrice").isEqualByComparingTo(v));
            amount(expected, "lowPrice").ifPresent(v -> soft.assertThat(product.pricing().lowPrice()).as("lowPrice").isEqualByComparingTo(v));
            amount(expected, "highPrice").ifPresent(v -> soft.assertThat(product.pricing().highPrice()).as("highPrice").isEqualByComparingTo(v));
            text(expected, "currency").ifPresent(v -> soft.assertThat(product.pricing().currency()).as("currency").isEqualTo(v));
            text(expected, "sku").ifPresent(v -> soft.assertThat(product.sku()).as("sku").isEqualTo(v));
            text(expected, "brand").ifPresent(v -> soft.assertThat(product.brand()).as("brand").isEqualTo(v));
            text(expected, "gtin").ifPresent(v -> soft.assertThat(product.gtin()).as("gtin").isEqualTo(v));
            text(expected, "mpn").ifPresent(v -> soft.assertThat(product.mpn()).as("mpn").isEqualTo(v));
            text(expected, "availability").ifPresent(v -> soft.assertThat(product.availability()).as("availability").isEqualTo(v));
            text(expected, "image").ifPresent(v -> soft.assertThat(product.images()).as("images").startsWith(v));
            if (expected.has("variantCount")) {
                soft.assertThat(product.variants()).as("variants").hasSize(expected.get("variantCount").asInt());
            }
            List<ProductVariant> variants = product.variants();
            int position = 0;
            for (JsonNode want : expected.path("variants")) {
                int at = position++;
                ProductVariant got = text(want, "sku").flatMap(sku -> variants.stream().filter(v -> sku.equals(v.sku())).findFirst())
                        .orElse(at < variants.size() ? variants.get(at) : null);
                soft.assertThat(got).as("variant %s", want).isNotNull();
                if (got == null) {
                    continue;
                }
                text(want, "sku").ifPresent(v -> soft.assertThat(got.sku()).as("variant sku").isEqualTo(v));
                text(want, "name").ifPresent(v -> soft.assertThat(got.name()).as("variant %s name", got.sku()).isEqualTo(v));
                amount(want, "price").ifPresent(v -> soft.assertThat(got.price()).as("variant %s price", got.sku()).isEqualByComparingTo(v));
                amount(want, "listPrice").ifPresent(v -> soft.assertThat(got.listPrice()).as("variant %s listPrice", got.sku()).isEqualByComparingTo(v));
                text(want, "currency").ifPresent(v -> soft.assertThat(got.currency()).as("variant %s currency", got.sku()).isEqualTo(v));
                text(want, "availability").ifPresent(v -> soft.assertThat(got.availability()).as("variant %s availability", got.sku()).isEqualTo(v));
                text(want, "url").ifPresent(v -> soft.assertThat(got.url()).as("variant %s url", got.sku()).isEqualTo(v));
                want.path("attributes").fields().forEachRemaining(a ->
                        soft.assertThat(got.attributes()).as("variant %s attributes", got.sku()).containsEntry(a.getKey(), a.getValue().asText()));
            }
            expected.path("sources").fields().forEachRemaining(s ->
                    soft.assertThat(product.sources()).as("sources").containsEntry(s.getKey(), s.getValue().asText()));
        });
    }

    private static java.util.Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? java.util.Optional.empty() : java.util.Optional.of(value.asText());
    }

    private static java.util.Optional<BigDecimal> amount(JsonNode node, String field) {
        return text(node, field).map(BigDecimal::new);
    }
}
