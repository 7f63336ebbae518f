package caravan.shops;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fixture shops share: HTML escaping as template engines do it, and reading a request's query. */
final class FixtureHtml {

    private FixtureHtml() {
    }

    /** {@code &<>"} escaped, and the apostrophe as the platform's template engine writes it ("&#039;", "&#39;"). */
    static String escape(String text, String apostrophe) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append(apostrophe);
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }

    /** A raw query string's parameters, decoded, in order (the last of a repeated name wins). */
    static Map<String, String> query(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(eq < 0 ? "" : part.substring(eq + 1), StandardCharsets.UTF_8);
            // a link copied with its "&amp;" left in
            parameters.put(name.startsWith("amp;") ? name.substring(4) : name, value);
        }
        return parameters;
    }
}
