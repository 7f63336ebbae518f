package routes.structured;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Parser;

/** Text clean-up shared by the three readers. */
final class HtmlText {

    private static final int DECODE_ROUNDS = 3;

    private HtmlText() {
    }

    /**
     * HTML entities decoded, also when double or triple encoded ({@code &amp;amp;}). Decoded with attribute rules, so
     * a URL's {@code &copy=1} (no semicolon, followed by '=') is left alone.
     */
    static String decode(String text) {
        String current = text;
        for (int round = 0; round < DECODE_ROUNDS && current.indexOf('&') >= 0; round++) {
            String decoded = Parser.unescapeEntities(current, true);
            if (decoded.equals(current)) {
                break;
            }
            current = decoded;
        }
        return current;
    }

    /** The whitespace-separated tokens of an attribute value, duplicates removed, in order. */
    static List<String> tokens(String value) {
        LinkedHashSet<String> tokens = new LinkedHashSet<>();
        for (String token : value.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return new ArrayList<>(tokens);
    }

    /** {@code reference} made absolute against {@code base}; unchanged when that is not possible. */
    static String absolute(String base, String reference) {
        if (reference.isEmpty() || reference.startsWith("_:") || base == null || base.isEmpty()) {
            return reference;
        }
        String resolved = StringUtil.resolve(base, reference);
        return resolved.isEmpty() ? reference : resolved;
    }
}
