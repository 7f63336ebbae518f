package routes.structured;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The value of a microdata property element that is not an item (WHATWG HTML, "Values"), but with {@code content}
 * read on any element, as search engines do.
 */
final class MicrodataValues {

    private static final Set<String> SRC = Set.of("audio", "embed", "iframe", "img", "source", "track", "video");
    private static final Set<String> HREF = Set.of("a", "area", "link");
    private static final Set<String> VALUE = Set.of("data", "meter");

    private MicrodataValues() {
    }

    static String of(Element property) {
        String tag = property.normalName();
        // the spec reads content on meta only; shops put it on any element (<span content="49.90">49,90 €</span>)
        // and search engines read it there, so it wins wherever it is
        if (tag.equals("meta") || property.hasAttr("content")) {
            return property.attr("content");
        }
        if (SRC.contains(tag)) {
            return url(property, "src");
        }
        if (HREF.contains(tag)) {
            return url(property, "href");
        }
        if (tag.equals("object")) {
            return url(property, "data");
        }
        if (VALUE.contains(tag)) {
            return property.attr("value");
        }
        if (tag.equals("time") && property.hasAttr("datetime")) {
            return property.attr("datetime");
        }
        return property.text();
    }

    /** The attribute as an absolute URL; as written when it cannot be made absolute (no page URL). */
    static String url(Element element, String attribute) {
        if (!element.hasAttr(attribute)) {
            return "";
        }
        String absolute = element.absUrl(attribute);
        return absolute.isEmpty() ? element.attr(attribute).strip() : absolute;
    }
}
