package routes.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selection with each query compiled once. jsoup parses the query string on every
 * {@code select(String)}; on a 10,000-product crawl that parsing was a tenth of all CPU time (JFR).
 * Queries come from configuration and from jobs, so the cache is bounded: past its size a query is
 * compiled per use as before.
 */
final class Css {

    private static final int MAX_CACHED = 1000;
    private static final Map<String, Evaluator> COMPILED = new ConcurrentHashMap<>();

    private Css() {
    }

    static Elements select(Element root, String query) {
        return root.select(compiled(query));
    }

    static Element selectFirst(Element root, String query) {
        return root.selectFirst(compiled(query));
    }

    private static Evaluator compiled(String query) {
        Evaluator evaluator = COMPILED.get(query);
        if (evaluator == null) {
            evaluator = QueryParser.parse(query);
            if (COMPILED.size() < MAX_CACHED) {
                COMPILED.putIfAbsent(query, evaluator);
            }
        }
        return evaluator;
    }
}
