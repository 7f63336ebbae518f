package routes.price;

import java.util.regex.Pattern;

/** A page's price text made ready to scan: trimmed, capped, with one kind of digit and of word space. */
final class PriceText {

    /**
     * Longest text scanned. A price line is short; a crawled node can be a whole page or 1 MB of digits, and
     * reading past the first 200 characters would only find amounts that are not this price.
     */
    static final int MAX_LENGTH = 200;

    private static final Pattern WORD_SPACES = Pattern.compile("[\\t\\n\\x0B\\f\\r ]+");

    private PriceText() {
    }

    static String normalise(String text) {
        String capped = text.strip();
        if (capped.length() > MAX_LENGTH) {
            capped = capped.substring(0, MAX_LENGTH);
        }
        String clean = asciiDigits(withoutFormatCharacters(capped));
        return WORD_SPACES.matcher(clean).replaceAll(" ").strip();
    }

    /** Direction marks and zero-width spaces (Unicode Cf) around right-to-left symbols mean nothing to a price. */
    static String withoutFormatCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Arabic-Indic, Devanagari, full-width … digits become 0-9; Arabic's own separators become . and , */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c == '\u066C') {
                out.append(',');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
