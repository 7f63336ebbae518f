package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import routes.model.ProductData;
import routes.model.ProductVariant;
import routes.price.PriceParser;

class ProductParserTest {

    private static final String URL = "https://shop.example/p/42-boot";
    private final ProductParser parser = new ProductParser(new ObjectMapper(), new PriceParser());

    @Test
    void readsJsonLdProductWithOffer() {
        ProductData product = parse("""
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",
                  "name":"Trail Boot","sku":"TB-1","description":"Waterproof",
                  "image":["/img/1.jpg", {"@type":"ImageObject","url":"https://cdn.example/2.jpg"}],
                  "offers":{"@type":"Offer","price":"129.90","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}
                </script>""", Map.of());

        assertThat(product.title()).isEqualTo("Trail Boot");
        assertThat(product.pricing().price()).isEqualByComparingTo("129.90");
        assertThat(product.pricing().currency()).isEqualTo("EUR");
        assertThat(product.sku()).isEqualTo("TB-1");
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.images()).containsExactly("https://shop.example/img/1.jpg", "https://cdn.example/2.jpg");
        assertThat(product.source()).isEqualTo("jsonld");
        assertThat(product.structuredData()).contains("\"sku\":\"TB-1\"");
    }

    @Test
    void aProductGroupIsPricedByTheVariantShownFirstAndKeepsEveryVariant() {
        ProductData product = parse("""
                <script type="application/ld+json">{"@context":"http://schema.org/","@type":"ProductGroup",
                  "name":"Linen Throw","productGroupID":"8123","brand":{"@type":"Brand","name":"Loom"},
                  "hasVariant":[
                    {"@type":"Product","name":"Linen Throw - Sand","sku":"LT-SAND",
                     "offers":{"@type":"Offer","price":"95.00","priceCurrency":"GBP","availability":"http://schema.org/OutOfStock"}},
                    {"@type":"Product","name":"Linen Throw - Moss","sku":"LT-MOSS",
                     "offers":{"@type":"Offer","price":"95.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}}]}
                </script>""", Map.of());

        assertThat(product.title()).isEqualTo("Linen Throw");
        assertThat(product.brand()).isEqualTo("Loom");
        // the first variant in stock is the one a shopper is shown
        assertThat(product.sku()).isEqualTo("LT-MOSS");
        assertThat(product.pricing().price()).isEqualByComparingTo("95.00");
        assertThat(product.pricing().currency()).isEqualTo("GBP");
        assertThat(product.availability()).isEqualTo("InStock");
        assertThat(product.variants()).extracting(ProductVariant::sku, ProductVariant::availability)
                .containsExactly(tuple("LT-SAND", "OutOfStock"), tuple("LT-MOSS", "InStock"));
    }

    @Test
    void aPriceOnlyInPriceSpecificationIsThePricePaidAndEncodedEntitiesAreDecoded() {
        ProductData product = parse("""
                <script type="application/ld+json">{"@context":"https://schema.org/","@graph":[
                  {"@type":"BreadcrumbList","itemListElement":[]},
                  {"@type":"Product","name":"Salt &amp;amp; Pepper Mill Set","sku":"SPM-2",
                   "offers":[{"@type":"Offer","priceValidUntil":"2026-12-31","availability":"http://schema.org/BackOrder",
                     "priceSpecification":[
                       {"@type":"UnitPriceSpecification","price":"34.00","priceCurrency":"EUR","valueAddedTaxIncluded":true},
                       {"@type":"UnitPriceSpecification","price":"42.00","priceCurrency":"EUR","priceType":"https://schema.org/ListPrice"}]}]}]}
                </script>""", Map.of());

        assertThat(product.title()).isEqualTo("Salt & Pepper Mill Set");
        assertThat(product.pricing().price()).isEqualByComparingTo("34.00");
        assertThat(product.pricing().currency()).isEqualTo("EUR");
        assertThat(product.availability()).isEqualTo("BackOrder");
    }

    @Test
    void findsProductInGraphArraysAndAggregateOffers() {
        ProductData product = parse("""
                <script type="application/ld+json">{ not json </script>
                <script type="application/ld+json">[{"@type":"BreadcrumbList"},
                  {"@graph":[{"@type":["Thing","Product"],"name":"Cap","offers":[{"@type":"AggregateOffer","lowPrice":19,"priceCurrency":"USD"}]}]}]
                </script>""", Map.of());

        assertThat(product.title()).isEqualTo("Cap");
        assertThat(product.pricing().price()).isEqualByComparingTo(new BigDecimal("19"));
        assertThat(product.pricing().currency()).isEqualTo("USD");
    }

    @Test
    void readsMicrodataWithNestedOffer() {
        ProductData product = parse("""
                <div itemscope itemtype="http://schema.org/Product">
                  <h1 itemprop="name">Linen Shirt</h1><span itemprop="sku">LS-9</span>
                  <img itemprop="image" src="/i/ls.jpg">
                  <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
                    <span class="price">€ 49,00</span><meta itemprop="price" content="49.00">
                    <meta itemprop="priceCurrency" content="EUR"><link itemprop="availability" href="http://schema.org/OutOfStock">
                  </div>
                </div>""", Map.of());

        assertThat(product.title()).isEqualTo("Linen Shirt");
        assertThat(product.pricing().price()).isEqualByComparingTo("49.00");
        assertThat(product.availability()).isEqualTo("OutOfStock");
        assertThat(product.images()).containsExactly("https://shop.example/i/ls.jpg");
        assertThat(product.source()).isEqualTo("microdata");
    }

    @Test
    void readsOpenGraphProductTags() {
        ProductData product = parse("""
                <meta property="og:title" content="Canvas Bag"><meta property="product:price:amount" content="35.5">
                <meta property="product:price:currency" content="GBP"><meta property="product:availability" content="preorder">
                <meta property="product:retailer_item_id" content="CB-3"><meta property="og:image" content="https://cdn.example/cb.jpg">
                """, Map.of());

        assertThat(product.title()).isEqualTo("Canvas Bag");
        assertThat(product.pricing().price()).isEqualByComparingTo("35.5");
        assertThat(product.pricing().currency()).isEqualTo("GBP");
        assertThat(product.availability()).isEqualTo("PreOrder");
        assertThat(product.sku()).isEqualTo("CB-3");
        assertThat(product.source()).isEqualTo("opengraph");
    }

    @Test
    void fillsOnlyMissingFieldsFromLaterSources() {
        ProductData product = parse("""
                <script type="application/ld+json">{"@type":"Product","name":"Belt","sku":"B-1"}</script>
                <meta property="og:title" content="Other title"><meta property="product:price:amount" content="20.00">
                <span class="cur">CHF</span>""", Map.of("currency", ".cur", "title", "h1"));

        assertThat(product.title()).isEqualTo("Belt");
        assertThat(product.pricing().price()).isEqualByComparingTo("20.00");
        assertThat(product.pricing().currency()).isEqualTo("CHF");
        assertThat(product.source()).isEqualTo("jsonld");
    }

    @Test
    void usesSelectorsWhenThereIsNoStructuredData() {
        ProductData product = parse("<h1 class='t'>Scarf</h1><div class='p'>$ 1,299.00</div>",
                Map.of("title", "h1.t", "price", ".p"));

        assertThat(product.title()).isEqualTo("Scarf");
        assertThat(product.pricing().price()).isEqualByComparingTo("1299.00");
        assertThat(product.source()).isEqualTo("selector");
    }

    @Test
    void refusesAPageWithoutProduct() {
        assertThatThrownBy(() -> parse("<h1>About us</h1>", Map.of()))
                .isInstanceOf(NotAProductException.class).hasMessageContaining(URL);
    }

    @ParameterizedTest
    @CsvSource({"https://schema.org/InStock,InStock", "http://schema.org/OutOfStock,OutOfStock", "in stock,InStock",
            "in_stock,InStock", "PreOrder,PreOrder", "sold out,SoldOut", "https://schema.org/BackOrder,BackOrder",
            "Limited,Limited"})
    void normalisesAvailability(String raw, String expected) {
        assertThat(Availability.normalise(raw)).isEqualTo(expected);
    }

    private ProductData parse(String body, Map<String, String> selectors) {
        return parser.parse("<html><head></head><body>" + body + "</body></html>", URL, selectors);
    }
}
