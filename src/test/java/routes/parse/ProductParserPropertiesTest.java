package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import routes.model.ProductData;
import routes.price.PriceParser;

/**
 * No HTML, however broken or hostile, makes the product parser throw anything but "not a product"
 * or take long: pages are put together from fragments real pages carry (structured data of every
 * kind, half-closed tags, broken JSON, deep nesting, odd prices) in any order and any cut.
 */
class ProductParserPropertiesTest {

    private static final ProductParser PARSER = new ProductParser(new ObjectMapper(), new PriceParser());
    private static final Map<String, String> SELECTORS = Map.of("title", "h1", "price", ".price", "currency", ".cur",
            "listPrice", "s", "related", ".related");

    private static final List<String> FRAGMENTS = List.of(
            "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"A\",\"offers\":{\"price\":\"12.50\",\"priceCurrency\":\"EUR\"}}</script>",
            "<script type=\"application/ld+json\">{\"@graph\":[{\"@id\":\"#p\",\"@type\":\"Product\",\"mainEntity\":{\"@id\":\"#p\"}}]}</script>",
            "<script type=\"application/ld+json\">{\"@type\":\"ProductGroup\",\"hasVariant\":[{\"@type\":\"Product\",\"offers\":{\"price\":NaN}}]}</script>",
            "<script type=\"application/ld+json\">{\"@type\":\"Offer\",\"itemOffered\":{\"@type\":\"Car\",\"name\":\"X\"},\"price\":\"-5\"}</script>",
            "<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"offers\":{\"price\":1e400,\"priceCurrency\":\"KWD\"}}",
            "<script type=\"application/ld+json\"><!-- {\"@type\": 'Product', // comment\n \"name\": \"B\n\" ,} --></script>",
            "<div itemscope itemtype=\"https://schema.org/Product\" itemref=\"x y x\">",
            "<span itemprop=\"name headline\">Name</span>", "<meta itemprop=\"price\" content=\"1.599E7\">",
            "<div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/AggregateOffer\"><span itemprop=\"lowPrice\">",
            "<div vocab=\"https://schema.org/\" typeof=\"Product\"><span property=\"name\">R</span>",
            "<span property=\"offers\" typeof=\"Offer\"><meta property=\"price\" content=\"9,99\">",
            "<meta property=\"og:price:amount\" content=\"1.234,56\"><meta property=\"og:price:currency\" content=\"XYZ\">",
            "<h1>Title &amp;amp; more</h1>", "<span class=\"price\">$ 281.40 $ 265.70</span>", "<span class=\"price\">15.08.2017</span>",
            "<span class=\"price\">40% OFF</span>", "<span class=\"price\">Free</span>", "<span class=\"cur\">руб.</span>",
            "<s>99999999999999999999999999</s>", "<div class=\"related\">", "</div>", "</span>", "<", ">", "\"", "&#x0;",
            "<![CDATA[", "]]>", "<!--", "-->", "<html lang=\"xx-INVALID-@@\">", "<link rel=\"canonical\" href=\"http://[::1\">",
            "<table><tr><td>", "<select><option>", "\u0000", "\uFFFF", "\uD800");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(40), Arbitraries.strings().withCharRange('{', '}').ofMaxLength(20));
        return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts))
                .map(page -> page.substring(0, page.length() / 2 + page.length() % 7 * page.length() / 14));
    }

    @Property(tries = 300)
    void anyPageIsReadOrRefusedAsNotAProductQuickly(@ForAll("pages") String html) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                ProductData product = PARSER.parse(html, "https://shop.example/products/p", SELECTORS);
                assertThat(product.title() != null || product.pricing().price() != null).isTrue();
                if (product.pricing().price() != null) {
                    assertThat(product.pricing().price().signum()).as("no negative price").isNotNegative();
                }
            } catch (NotAProductException refused) {
                // the only refusal a page may cause
            }
        });
    }
}
