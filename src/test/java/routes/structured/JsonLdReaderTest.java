package routes.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static routes.structured.Pages.nodes;
import static routes.structured.Pages.only;
import static routes.structured.Pages.read;
import static routes.structured.Pages.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    @Test
    void graphMembersAreItemsAndReferencesAreReplaced() {
        StructuredData data = read(script("""
                {"@context": "https://schema.org",
                 "@graph": [
                   {"@type": "WebPage", "@id": "https://shop.example/p/kettle-7#page", "name": "Kettle page",
                    "mainEntity": {"@id": "#kettle"}},
                   {"@type": "Product", "@id": "#kettle", "name": "Steel kettle 1.7 l",
                    "mainEntityOfPage": {"@id": "#page"}}
                 ]}"""));

        List<ObjectNode> items = nodes(data, "jsonld");
        assertThat(data.problems()).isEmpty();
        assertThat(items).hasSize(2);
        ObjectNode webPage = items.get(0);
        assertThat(webPage.has("@context")).isFalse();
        assertThat(webPage.get("@type").asText()).isEqualTo("WebPage");
        JsonNode product = webPage.get("mainEntity");
        assertThat(product.get("@type").asText()).isEqualTo("Product");
        assertThat(product.get("@id").asText()).isEqualTo("https://shop.example/p/kettle-7#kettle");
        assertThat(product.get("name").asText()).isEqualTo("Steel kettle 1.7 l");
        // the page is being expanded already: its reference stays bare
        assertThat(product.get("mainEntityOfPage").toString()).isEqualTo("{\"@id\":\"https://shop.example/p/kettle-7#page\"}");
        assertThat(items.get(1).get("mainEntityOfPage").get("name").asText()).isEqualTo("Kettle page");
        assertThat(data.items().get(0).element().tagName()).isEqualTo("script");
    }

    @Test
    void referenceToANodeInAnotherScriptIsReplaced() {
        StructuredData data = read(script("""
                {"@context": "https://schema.org", "@type": "WebPage", "mainEntity": {"@id": "#p"}}""")
                + script("""
                {"@context": "https://schema.org", "@type": "Product", "@id": "#p", "sku": "K-7"}"""));

        assertThat(nodes(data, "jsonld").get(0).at("/mainEntity/sku").asText()).isEqualTo("K-7");
    }

    @Test
    void cyclesStayReferences() {
        StructuredData data = read(script("""
                [{"@type": "Thing", "@id": "#a", "next": {"@id": "#b"}},
                 {"@type": "Thing", "@id": "#b", "next": {"@id": "#a"}, "self": {"@id": "#b"}}]"""));

        ObjectNode a = nodes(data, "jsonld").get(0);
        assertThat(a.at("/next/@id").asText()).endsWith("#b");
        assertThat(a.at("/next/next").toString()).isEqualTo("{\"@id\":\"" + Pages.URL + "#a\"}");
        assertThat(a.at("/next/self").size()).isEqualTo(1);
    }

    @Test
    void severalTypesAreAnArrayAndSchemaIrisAreShortened() {
        ObjectNode car = only(read(script("""
                {"@context": {"@vocab": "http://schema.org/"},
                 "@type": ["Product", "http://schema.org/Car", "https://example.org/vocab#Rental"],
                 "http://schema.org/name": "Roadster", "https://schema.org/color": "red"}""")), "jsonld");

        assertThat(car.get("@type").toString()).isEqualTo("[\"Product\",\"Car\",\"https://example.org/vocab#Rental\"]");
        assertThat(car.get("name").asText()).isEqualTo("Roadster");
        assertThat(car.get("color").asText()).isEqualTo("red");
    }

    @Test
    void offerWithItemOfferedProduct() {
        ObjectNode offer = only(read(script("""
                {"@context": "https://schema.org/", "@type": "Offer", "price": 49.90, "priceCurrency": "EUR",
                 "availability": "https://schema.org/InStock",
                 "itemOffered": {"@type": "Product", "name": "Tea pot", "brand": {"@type": "Brand", "name": "Hario"}}}
                """)), "jsonld");

        assertThat(offer.at("/itemOffered/@type").asText()).isEqualTo("Product");
        assertThat(offer.at("/itemOffered/brand/name").asText()).isEqualTo("Hario");
        assertThat(offer.get("price").isNumber()).isTrue();
        assertThat(offer.get("price").toString()).isEqualTo("49.90");
    }

    @Test
    void numbersStayExact() {
        ObjectNode product = only(read(script("""
                {"@type": "Product", "offers": {"@type": "Offer", "price": 15990000.00, "weight": 12.500,
                 "count": 12345678901234567890123, "small": 7, "listed": "12.500", "onSale": true}}""")), "jsonld");

        JsonNode offer = product.get("offers");
        assertThat(offer.get("price").decimalValue().toPlainString()).isEqualTo("15990000.00");
        assertThat(offer.get("price").toString()).isEqualTo("15990000.00");
        assertThat(offer.get("weight").toString()).isEqualTo("12.500");
        assertThat(offer.get("count").bigIntegerValue().toString()).isEqualTo("12345678901234567890123");
        assertThat(offer.get("small").isIntegralNumber()).isTrue();
        assertThat(offer.get("listed").isTextual()).isTrue();
        assertThat(offer.get("onSale").isBoolean()).isTrue();
    }

    @Test
    void sharedMapperIsNotChanged() {
        ObjectMapper shared = new ObjectMapper();
        new StructuredDataReader(shared).read(Pages.page(script("{\"@type\": \"Thing\", // note\n \"n\": 1.50,}")));

        assertThat(shared.getFactory().isEnabled(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_COMMENTS)).isFalse();
        assertThat(shared.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS))
                .isFalse();
        assertThat(shared.getFactory().streamReadConstraints().getMaxNestingDepth()).isGreaterThan(64);
    }

    @Test
    void lenientJsonAsPagesCarryIt() {
        StructuredData data = read(
                script("<!--\n{\"@type\": \"Product\", \"name\": \"html comment\"}\n-->")
                + script("//<![CDATA[\n{\"@type\": \"Product\", \"name\": \"cdata\"}\n//]]>")
                + script("<![CDATA[{\"@type\": \"Product\", \"name\": \"bare cdata\"}]]>")
                + script("""
                        {
                          // line comment
                          "@type": "Product", /* block comment */
                          "name": "raw\tnewline
                        kettle",
                          'sku': 'K-1',
                          "description": "it\\'s escaped",
                          "offers": [{"@type": "Offer", "price": "10",},],
                        };
                        """)
                + script("{\"@type\": \"Product\", \"name\": \"first\"}{\"@type\": \"Product\", \"name\": \"second\"}"));

        assertThat(data.problems()).isEmpty();
        assertThat(nodes(data, "jsonld")).extracting(node -> node.get("name").asText())
                .containsExactly("html comment", "cdata", "bare cdata", "raw\tnewline\nkettle", "first", "second");
        ObjectNode lenient = nodes(data, "jsonld").get(3);
        assertThat(lenient.get("sku").asText()).isEqualTo("K-1");
        assertThat(lenient.get("description").asText()).isEqualTo("it's escaped");
        assertThat(lenient.at("/offers/0/price").asText()).isEqualTo("10");
    }

    @Test
    void unreadableScriptIsAProblemAndTheOthersAreRead() {
        StructuredData data = read(script("{\"@type\": \"Product\", \"name\": \"ok\"}")
                + script("\n{\"@type\": \"Product\",\n  \"name\": ]\n}")
                + script("{\"@type\": \"Offer\", \"price\": NaN}")
                + script("{\"@type\": \"Brand\", \"name\": \"also ok\"}"));

        assertThat(nodes(data, "jsonld")).extracting(node -> node.get("name").asText()).containsExactly("ok", "also ok");
        assertThat(data.problems()).extracting(StructuredProblem::reason)
                .containsExactly("json-ld script 2: unreadable JSON at line 3", "json-ld script 3: unreadable JSON at line 1");
        assertThat(data.problems()).extracting(StructuredProblem::source).containsOnly("jsonld");
    }

    @Test
    void entitiesAreDecoded() {
        ObjectNode product = only(read(script("""
                {"@type": "Product", "name": "Tom &amp; Jerry&#39;s mug", "brand": "Smith &amp;amp; Sons",
                 "url": "https://shop.example/p?id=1&copy=2", "@id": "https://shop.example/p?a=1&amp;b=2"}""")), "jsonld");

        assertThat(product.get("name").asText()).isEqualTo("Tom & Jerry's mug");
        assertThat(product.get("brand").asText()).isEqualTo("Smith & Sons");
        assertThat(product.get("url").asText()).isEqualTo("https://shop.example/p?id=1&copy=2");
        assertThat(product.get("@id").asText()).isEqualTo("https://shop.example/p?a=1&b=2");
    }

    @Test
    void valueObjectsAndTypeParametersAndNonJsonLdScripts() {
        StructuredData data = read("<script type=\"application/ld+json; charset=utf-8\">"
                + "{\"@type\": \"Product\", \"name\": {\"@value\": \"Mug\", \"@language\": \"en\"}, \"x\": null}</script>"
                + "<script>var x = {\"@type\": \"Product\"};</script>"
                + "<script type=\"application/ld+json\">  </script>");

        ObjectNode product = only(data, "jsonld");
        assertThat(product.get("name").asText()).isEqualTo("Mug");
        assertThat(product.has("x")).isFalse();
        assertThat(data.problems()).isEmpty();
    }
}
