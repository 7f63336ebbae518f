package routes.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static routes.structured.Pages.nodes;
import static routes.structured.Pages.read;
import static routes.structured.Pages.script;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class HostileInputTest {

    @Test
    void deeplyNestedScriptIsAProblem() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        StructuredData data = read(script("{\"@type\": \"Thing\", \"name\": \"ok\"}") + script(deep) + script(deepObject));

        assertThat(nodes(data, "jsonld")).hasSize(1);
        assertThat(data.problems()).extracting(StructuredProblem::reason)
                .containsExactly("json-ld script 2: nesting deeper than 64", "json-ld script 3: nesting deeper than 64");
    }

    @Test
    void hugeScriptIsAProblem() {
        String big = "{\"@type\": \"Product\", \"description\": \"" + "x".repeat(5_000_000) + "\"}";
        long start = System.nanoTime();
        StructuredData data = read(script(big) + script("{\"@type\": \"Thing\"}"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(nodes(data, "jsonld")).hasSize(1);
        assertThat(data.problems()).extracting(StructuredProblem::reason)
                .containsExactly("json-ld script 1: larger than 2000000 characters");
    }

    @Test
    void pageTotalIsCapped() {
        String script = script("{\"d\": \"" + "y".repeat(1_900_000) + "\"}");
        StructuredData data = read(script.repeat(4));

        assertThat(nodes(data, "jsonld")).hasSize(3);
        assertThat(data.problems()).singleElement().extracting(StructuredProblem::reason).asString()
                .startsWith("json-ld script 4: the page's JSON-LD is larger than");
    }

    @Test
    void referencesThatWouldGrowExponentiallyAreBounded() {
        StringBuilder graph = new StringBuilder("{\"@graph\": [");
        for (int i = 0; i < 60; i++) {
            graph.append("{\"@id\": \"#n").append(i).append("\", \"l\": {\"@id\": \"#n").append(i + 1)
                    .append("\"}, \"r\": {\"@id\": \"#n").append(i + 1).append("\"}},");
        }
        graph.append("{\"@id\": \"#n60\", \"name\": \"leaf\"}]}");
        StructuredData data = read(script(graph.toString()));

        assertThat(nodes(data, "jsonld")).hasSize(61);
        assertThat(data.problems()).extracting(StructuredProblem::reason).anyMatch(r -> r.contains("@id references"));
    }

    @Test
    void deepMicrodataAndRdfaAreCapped() {
        String microdata = "<div itemprop=\"x\" itemscope>".repeat(3_000) + "</div>".repeat(3_000);
        String rdfa = "<div vocab=\"https://schema.org/\">" + "<div property=\"x\" typeof=\"Thing\">".repeat(3_000)
                + "</div>".repeat(3_001);
        StructuredData data = read("<div itemscope itemtype=\"https://schema.org/Thing\">" + microdata + "</div>" + rdfa);

        assertThat(nodes(data, "microdata")).hasSize(1);
        assertThat(nodes(data, "rdfa")).hasSize(1);
        assertThat(data.problems()).extracting(StructuredProblem::source).contains("microdata", "rdfa");
    }

    @Test
    void nothingThrows() {
        StructuredDataReader reader = new StructuredDataReader(Pages.JSON);
        assertThat(reader.read(null).items()).isEmpty();
        assertThat(reader.read(new Document("")).items()).isEmpty();
        assertThat(reader.read(Pages.page(script("")
                + script("<!-- -->") + script(";") + script("\"just a string\"") + script("[1, null, true]")
                + script("{\"@graph\": {\"@graph\": [{\"@type\": \"X\"}]}}") + script("{\"@type\": 5, \"@id\": []}")
                + "<div itemscope itemref=\"\"></div><div typeof=\"\" property=\"\"></div>")).problems()).isEmpty();
    }
}
