package routes.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static routes.structured.Pages.nodes;
import static routes.structured.Pages.only;
import static routes.structured.Pages.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MicrodataReaderTest {

    @Test
    void nestedItemsKeepTheirOwnProperties() {
        StructuredData data = read("""
                <div itemscope itemtype="https://schema.org/Product" itemid="/p/kettle-7#product">
                  <h1 itemprop="name headline">  Steel
                     kettle </h1>
                  <div itemprop="brand" itemscope itemtype="http://schema.org/Brand">
                    <span itemprop="name">Hario</span>
                  </div>
                  <img itemprop="image" src="/img/k7.jpg" alt="">
                  <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
                    <meta itemprop="priceCurrency" content="EUR">
                    <span itemprop="price" content="49.90">49,90 €</span>
                    <link itemprop="availability" href="https://schema.org/InStock">
                    <time itemprop="priceValidUntil" datetime="2031-12-31">end of 2031</time>
                    <div itemprop="seller" itemscope itemtype="https://schema.org/Organization">
                      <span itemprop="name">Kitchen Shop</span>
                    </div>
                  </div>
                  <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
                    <span itemprop="ratingValue">4.6</span> of <span itemprop="reviewCount">89</span>
                  </div>
                  <div itemprop="review" itemscope itemtype="https://schema.org/Review">
                    <span itemprop="author">Ann</span><time itemprop="datePublished">2024-03-01</time>
                  </div>
                  <div itemprop="review" itemscope itemtype="https://schema.org/Review">
                    <span itemprop="author">Bo</span>
                  </div>
                  <a itemprop="url" href="kettle-7?ref=md">link</a>
                  <data itemprop="sku" value="K-7">K seven</data>
                </div>""");

        ObjectNode product = only(data, "microdata");
        assertThat(product.get("@type").asText()).isEqualTo("Product");
        assertThat(product.get("@id").asText()).isEqualTo("https://shop.example/p/kettle-7#product");
        assertThat(product.get("name").asText()).isEqualTo("Steel kettle");
        assertThat(product.get("headline").asText()).isEqualTo("Steel kettle");
        assertThat(product.get("image").asText()).isEqualTo("https://shop.example/img/k7.jpg");
        assertThat(product.at("/brand/@type").asText()).isEqualTo("Brand");
        assertThat(product.at("/brand/name").asText()).isEqualTo("Hario");
        assertThat(product.at("/offers/price").asText()).isEqualTo("49.90");
        assertThat(product.at("/offers/priceCurrency").asText()).isEqualTo("EUR");
        assertThat(product.at("/offers/availability").asText()).isEqualTo("https://schema.org/InStock");
        assertThat(product.at("/offers/priceValidUntil").asText()).isEqualTo("2031-12-31");
        assertThat(product.at("/offers/seller/name").asText()).isEqualTo("Kitchen Shop");
        assertThat(product.at("/offers").has("name")).isFalse();
        assertThat(product.at("/aggregateRating/ratingValue").asText()).isEqualTo("4.6");
        assertThat(product.get("review").isArray()).isTrue();
        assertThat(product.at("/review/0/author").asText()).isEqualTo("Ann");
        assertThat(product.at("/review/0/datePublished").asText()).isEqualTo("2024-03-01");
        assertThat(product.at("/review/1/author").asText()).isEqualTo("Bo");
        assertThat(product.has("author")).isFalse();
        assertThat(product.has("price")).isFalse();
        assertThat(product.has("ratingValue")).isFalse();
        assertThat(product.get("url").asText()).isEqualTo("https://shop.example/p/kettle-7?ref=md");
        assertThat(product.get("sku").asText()).isEqualTo("K-7");
        assertThat(data.items().get(0).element().attr("itemid")).isEqualTo("/p/kettle-7#product");
    }

    @Test
    void itemrefAddsPropertiesFromElsewhere() {
        ObjectNode product = only(read("""
                <div itemscope itemtype="https://schema.org/Product" itemref="price-box missing spec">
                  <span itemprop="name">Kettle</span>
                </div>
                <p id="spec"><span itemprop="color">steel</span></p>
                <div id="price-box" itemprop="offers" itemscope itemtype="https://schema.org/Offer">
                  <span itemprop="price">49.90</span>
                </div>"""), "microdata");

        assertThat(product.get("name").asText()).isEqualTo("Kettle");
        assertThat(product.get("color").asText()).isEqualTo("steel");
        assertThat(product.at("/offers/price").asText()).isEqualTo("49.90");
    }

    @Test
    void itemrefLoopsAndOrphanPropertyItems() {
        StructuredData data = read("""
                <div id="a" itemscope itemtype="https://schema.org/Thing" itemref="a b">
                  <span itemprop="name">loop</span>
                </div>
                <div id="b" itemprop="sameAs" itemscope itemtype="https://schema.org/Thing" itemref="a"></div>
                <div itemprop="mainEntity" itemscope itemtype="https://schema.org/Product">
                  <span itemprop="name">orphan</span>
                </div>""");

        List<ObjectNode> items = nodes(data, "microdata");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("name").asText()).isEqualTo("loop");
        assertThat(items.get(1).get("@type").asText()).isEqualTo("Product");
        assertThat(items.get(1).get("name").asText()).isEqualTo("orphan");
    }

    @Test
    void severalTopLevelItemsAndTypes() {
        StructuredData data = read("""
                <div itemscope itemtype="https://schema.org/BreadcrumbList">
                  <div itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                    <meta itemprop="position" content="1"><span itemprop="name">Home &amp;amp; garden</span>
                  </div>
                  <div itemscope itemtype="https://schema.org/Product https://schema.org/Car http://example.org/X">
                    <span itemprop="name">inner top-level</span>
                  </div>
                </div>""");

        List<ObjectNode> items = nodes(data, "microdata");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).at("/itemListElement/name").asText()).isEqualTo("Home & garden");
        assertThat(items.get(0).at("/itemListElement/position").asText()).isEqualTo("1");
        assertThat(items.get(0).has("name")).isFalse();
        assertThat(items.get(1).get("@type").toString()).isEqualTo("[\"Product\",\"Car\",\"http://example.org/X\"]");
    }
}
