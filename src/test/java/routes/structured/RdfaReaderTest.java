package routes.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static routes.structured.Pages.nodes;
import static routes.structured.Pages.only;
import static routes.structured.Pages.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RdfaReaderTest {

    @Test
    void productWithOfferAndBrandUnderVocab() {
        StructuredData data = read("""
                <main vocab="https://schema.org/">
                  <div typeof="Product" resource="#kettle">
                    <h1 property="name">Steel kettle</h1>
                    <img property="image" src="/img/k7.jpg">
                    <div property="brand" typeof="Brand"><span property="name">Hario</span></div>
                    <div property="offers" typeof="Offer">
                      <meta property="priceCurrency" content="EUR">
                      <span property="price" content="49.90">49,90 €</span>
                      <link property="availability" href="https://schema.org/InStock">
                    </div>
                    <p property="description">Tom &amp;amp; Jerry</p>
                  </div>
                </main>""");

        ObjectNode product = only(data, "rdfa");
        assertThat(product.get("@type").asText()).isEqualTo("Product");
        assertThat(product.get("@id").asText()).isEqualTo("https://shop.example/p/kettle-7#kettle");
        assertThat(product.get("name").asText()).isEqualTo("Steel kettle");
        assertThat(product.get("image").asText()).isEqualTo("https://shop.example/img/k7.jpg");
        assertThat(product.at("/brand/@type").asText()).isEqualTo("Brand");
        assertThat(product.at("/brand/name").asText()).isEqualTo("Hario");
        assertThat(product.at("/offers/price").asText()).isEqualTo("49.90");
        assertThat(product.at("/offers/priceCurrency").asText()).isEqualTo("EUR");
        assertThat(product.at("/offers/availability").asText()).isEqualTo("https://schema.org/InStock");
        assertThat(product.get("description").asText()).isEqualTo("Tom & Jerry");
        assertThat(product.has("price")).isFalse();
        assertThat(data.items().get(0).element().attr("typeof")).isEqualTo("Product");
    }

    @Test
    void productWithPrefix() {
        ObjectNode product = only(read("""
                <div prefix="schema: http://schema.org/ og: http://ogp.me/ns#" typeof="schema:Product">
                  <span property="schema:name og:title">Tea pot</span>
                  <div property="schema:offers" typeof="schema:Offer">
                    <span property="schema:price">12.500</span>
                  </div>
                </div>"""), "rdfa");

        assertThat(product.get("@type").asText()).isEqualTo("Product");
        assertThat(product.get("name").asText()).isEqualTo("Tea pot");
        assertThat(product.get("http://ogp.me/ns#title").asText()).isEqualTo("Tea pot");
        assertThat(product.at("/offers/@type").asText()).isEqualTo("Offer");
        assertThat(product.at("/offers/price").asText()).isEqualTo("12.500");
    }

    @Test
    void unrelatedTypeofInsideAnItemIsItsOwnItem() {
        StructuredData data = read("""
                <body vocab="http://schema.org/">
                  <meta property="og:title" content="page level, no item">
                  <div typeof="Product" about="/p/1">
                    <span property="name">Outer</span>
                    <div typeof="BreadcrumbList"><span property="name">Crumbs</span></div>
                  </div>
                </body>""");

        assertThat(nodes(data, "rdfa")).hasSize(2);
        assertThat(nodes(data, "rdfa").get(0).get("name").asText()).isEqualTo("Outer");
        assertThat(nodes(data, "rdfa").get(0).get("@id").asText()).isEqualTo("https://shop.example/p/1");
        assertThat(nodes(data, "rdfa").get(1).get("name").asText()).isEqualTo("Crumbs");
    }
}
