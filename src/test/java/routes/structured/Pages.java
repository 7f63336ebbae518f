package routes.structured;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test pages and the reader under test. */
final class Pages {

    static final String URL = "https://shop.example/p/kettle-7";
    static final ObjectMapper JSON = new ObjectMapper();

    private Pages() {
    }

    static Document page(String body) {
        return Jsoup.parse("<!doctype html><html><head><title>t</title></head><body>" + body + "</body></html>", URL);
    }

    static String script(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    static StructuredData read(String body) {
        return new StructuredDataReader(JSON).read(page(body));
    }

    static List<ObjectNode> nodes(StructuredData data, String source) {
        return data.items().stream().filter(i -> i.source().equals(source)).map(StructuredItem::node).toList();
    }

    static ObjectNode only(StructuredData data, String source) {
        List<ObjectNode> nodes = nodes(data, source);
        if (nodes.size() != 1) {
            throw new AssertionError("expected one " + source + " item, got " + nodes + " problems " + data.problems());
        }
        return nodes.get(0);
    }
}
