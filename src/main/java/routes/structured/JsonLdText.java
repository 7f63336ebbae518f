package routes.structured;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON inside a JSON-LD script, with the wrappers real pages put around it removed: an HTML comment or a CDATA
 * section (also written as {@code //<![CDATA[ ... //]]>} or {@code /*<![CDATA[*&#47; ... /*]]>*&#47;}), a byte-order
 * mark and stray trailing semicolons. Comments inside the JSON are left to the parser.
 *
 * @param json       the text to parse
 * @param lineOffset how many lines of the script come before {@code json}, to report problems by script line
 */
record JsonLdText(String json, int lineOffset) {

    private static final Pattern OPENING = Pattern.compile(
            "\\A[\\s\\uFEFF]*(?:<!--|(?://|/\\*)?\\s*<!\\[CDATA\\[(?:\\s*\\*/)?)");
    private static final Pattern CLOSING = Pattern.compile(
            "(?:(?://\\s*)?-->|(?://|/\\*)?\\s*]]>(?:\\s*\\*/)?|;)\\s*\\z");

    private static final int TAIL = 64;

    static JsonLdText of(String script) {
        int start = 0;
        int end = script.length();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (end > start && Character.isWhitespace(script.charAt(end - 1))) {
                end--;
            }
            Matcher opening = OPENING.matcher(script).region(start, end);
            if (opening.lookingAt()) {
                start = opening.end();
                changed = true;
            }
            // only the tail is searched: a regex scan of a whole hostile script could take quadratic time
            Matcher closing = CLOSING.matcher(script).region(Math.max(start, end - TAIL), end);
            if (closing.find()) {
                end = closing.start();
                changed = true;
            }
        }
        int lines = 0;
        for (int i = 0; i < start; i++) {
            if (script.charAt(i) == '\n') {
                lines++;
            }
        }
        return new JsonLdText(script.substring(start, end), lines);
    }
}
