package routes.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static routes.structured.Pages.read;
import static routes.structured.Pages.script;

import org.junit.jupiter.api.Test;

class StructuredDataReaderTest {

    @Test
    void allSourcesInOrderAndInOneShape() {
        StructuredData data = read("""
                <div vocab="https://schema.org/" typeof="Product"><span property="name">from rdfa</span></div>
                <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">from microdata</span></div>
                """ + script("{\"@context\": \"https://schema.org\", \"@type\": \"Product\", \"name\": \"from json-ld\"}"));

        assertThat(data.items()).extracting(StructuredItem::source).containsExactly("jsonld", "microdata", "rdfa");
        assertThat(data.items()).extracting(item -> item.node().toString()).containsExactly(
                "{\"@type\":\"Product\",\"name\":\"from json-ld\"}",
                "{\"@type\":\"Product\",\"name\":\"from microdata\"}",
                "{\"@type\":\"Product\",\"name\":\"from rdfa\"}");
        assertThat(data.problems()).isEmpty();
    }
}
