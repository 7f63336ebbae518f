package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import routes.model.ProductData;
import routes.price.PriceParser;

/** Broken, huge and hostile structured data: the field is left empty with the reason, never a crash or a wrong number. */
class HostileProductPagesTest {

    private static final String URL = "https://shop.example/products/p";
    private static final ProductParser PARSER = new ProductParser(new ObjectMapper(), new PriceParser());

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"-12.00\"", "-12", "\"1e400\"", "1000000000000000", "\"Infinity\"", "\"12,3,4.5.6\""})
    void anImpossiblePriceIsLeftEmptyWithItsReason(String price) {
        ProductData product = parse("""
                <script type="application/ld+json">{"@type":"Product","name":"Odd","offers":{"@type":"Offer",
                  "price":%s,"priceCurrency":"EUR"}}</script>""".formatted(price));

        assertThat(product.title()).isEqualTo("Odd");
        assertThat(product.pricing().price()).as("price from %s", price).isNull();
        assertThat(product.problems()).containsKey("price");
    }

    @Test
    void aBareNaNMakesItsScriptUnreadableWhichIsRecordedAndTheRestOfThePageRead() {
        ProductData product = parse("""
                <script type="application/ld+json">{"@type":"Product","name":"Odd","offers":{"price":NaN}}</script>
                <meta property="og:type" content="product"><meta property="og:title" content="Odd">""");

        assertThat(product.title()).isEqualTo("Odd");
        assertThat(product.pricing().price()).isNull();
        assertThat(product.problems().get("structuredData")).contains("json-ld script 1");
    }

    @Test
    void megabytesOfJsonLdAreSkippedWithTheReasonAndTheRestOfThePageStillRead() {
        String huge = "{\"@type\":\"Product\",\"name\":\"Huge\",\"description\":\"" + "x".repeat(3_000_000) + "\"}";
        ProductData product = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(
                "<script type=\"application/ld+json\">" + huge + "</script>"
                        + "<meta property=\"og:type\" content=\"product\"><meta property=\"og:title\" content=\"From tags\">"
                        + "<meta property=\"product:price:amount\" content=\"5.00\"><meta property=\"product:price:currency\" content=\"USD\">"));

        assertThat(product.title()).isEqualTo("From tags");
        assertThat(product.sources()).containsEntry("title", "opengraph");
        assertThat(product.problems().get("structuredData")).contains("larger than");
    }

    @Test
    void tenThousandDeepStructuredDataIsAProblemNotACrash() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String deepMicrodata = "<div itemscope itemtype=\"https://schema.org/Thing\"><div itemprop=\"p\" itemscope>".repeat(10_000);
        ProductData product = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(
                "<script type=\"application/ld+json\">" + deep + "</script>" + deepMicrodata
                        + "<h1>Deep</h1><span class=\"price\">€ 7,50</span>", Map.of("title", "h1", "price", ".price")));

        assertThat(product.title()).isEqualTo("Deep");
        assertThat(product.pricing().price()).isEqualByComparingTo("7.50");
        assertThat(product.pricing().currency()).isEqualTo("EUR");
        assertThat(product.problems()).containsKey("structuredData");
    }

    @Test
    void aFiveMegabytePageIsReadInBoundedTime() {
        StringBuilder page = new StringBuilder("<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Big page\","
                + "\"offers\":{\"price\":\"19.99\",\"priceCurrency\":\"GBP\"}}</script>");
        while (page.length() < 5_000_000) {
            page.append("<div class=\"card\" itemscope itemtype=\"https://schema.org/Product\"><span itemprop=\"name\">Card</span>"
                    + "<span itemprop=\"price\">1.00</span></div><p>").append("lorem ipsum ".repeat(20)).append("</p>");
        }
        ProductData product = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(page.toString()));

        assertThat(product.title()).isEqualTo("Big page");
        assertThat(product.pricing().price()).isEqualByComparingTo("19.99");
    }

    private static ProductData parse(String body) {
        return parse(body, Map.of());
    }

    private static ProductData parse(String body, Map<String, String> selectors) {
        return PARSER.parse("<html><head></head><body>" + body + "</body></html>", URL, selectors);
    }
}
