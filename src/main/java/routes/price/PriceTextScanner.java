package routes.price;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a normalised price text into amounts and currency signs, left to right, longest sign first. */
final class PriceTextScanner {

    /** d.m.y, m/d/y and y-m-d with one separator throughout; "15.990.000" has a 3-digit middle group, not a date. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.,/-])(?:\\d{1,2}([./-])\\d{1,2}\\1(?:\\d{4}|\\d{2})|\\d{4}([./-])\\d{1,2}\\2\\d{1,2})(?![.,/-]?\\d)");

    private final CurrencySigns signs;

    PriceTextScanner(CurrencySigns signs) {
        this.signs = signs;
    }

    ScannedText scan(String normalised) {
        Matcher date = DATE.matcher(normalised);
        boolean sawDate = date.find();
        String text = sawDate ? date.reset().replaceAll(m -> " ".repeat(m.group().length())) : normalised;
        return new Pass(text).run(sawDate);
    }

    /** One left-to-right pass over the text, keeping the state a minus sign and parentheses need. */
    private final class Pass {
        private final String text;
        private final List<AmountToken> amounts = new ArrayList<>();
        private final List<CurrencyToken> currencies = new ArrayList<>();
        private int depth;
        private boolean pendingMinus;

        Pass(String text) {
            this.text = text;
        }

        ScannedText run(boolean sawDate) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                CurrencyToken sign;
                if (isDigit(c)) {
                    i = readAmount(i);
                } else if ((sign = signAt(i)) != null) {
                    currencies.add(sign);
                    i = joinFrenchDecimals(sign);
                } else {
                    note(c);
                    i++;
                }
            }
            return new ScannedText(text, List.copyOf(amounts), List.copyOf(currencies), sawDate);
        }

        /** A minus counts as a sign only before the first amount; after one it is a range's dash. */
        private void note(char c) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == '-' || c == '\u2212') {
                pendingMinus = amounts.isEmpty();
            } else if (!isSpace(c)) {
                pendingMinus = false;
            }
        }

        private int readAmount(int start) {
            List<String> groups = new ArrayList<>();
            List<Character> separators = new ArrayList<>();
            int i = digitsEnd(start);
            groups.add(text.substring(start, i));
            boolean markSeen = false;
            while (i + 1 < text.length() && isSeparator(text.charAt(i)) && isDigit(text.charAt(i + 1))) {
                char separator = text.charAt(i);
                int groupEnd = digitsEnd(i + 1);
                boolean mark = separator == '.' || separator == ',';
                // spaces and apostrophes only group whole units, three digits at a time: "1 299,00", "1'234.50";
                // anything else after a space is the next number ("AED 8000 (USD 2179)")
                if (!mark && (markSeen || groupEnd - i - 1 != 3 || groups.get(groups.size() - 1).length() > 3)) {
                    break;
                }
                markSeen |= mark;
                separators.add(separator);
                groups.add(text.substring(i + 1, groupEnd));
                i = groupEnd;
            }
            boolean dashDecimals = i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',')
                    && "-\u2013\u2014".indexOf(text.charAt(i + 1)) >= 0;
            if (dashDecimals) {
                i += 2;
            }
            int next = skipSpaces(i);
            boolean percentAfter = next < text.length() && text.charAt(next) == '%';
            boolean percent = percentAfter || endsWithPercent(start);
            int end = percentAfter ? next + 1 : i;
            amounts.add(new AmountToken(start, end, List.copyOf(groups), List.copyOf(separators), dashDecimals,
                    pendingMinus, percent, depth));
            pendingMinus = false;
            return end;
        }

        /** French shops write "12€50" for 12,50 €: a sign between whole units and exactly two more digits. */
        private int joinFrenchDecimals(CurrencyToken sign) {
            int after = digitsEnd(sign.end());
            AmountToken last = amounts.isEmpty() ? null : amounts.get(amounts.size() - 1);
            boolean joins = last != null && last.end() == sign.start() && last.separators().isEmpty()
                    && !last.percent() && after - sign.end() == 2
                    && (after == text.length() || text.charAt(after) != '.' && text.charAt(after) != ',');
            if (!joins) {
                return sign.end();
            }
            amounts.set(amounts.size() - 1, new AmountToken(last.start(), after,
                    List.of(last.groups().get(0), text.substring(sign.end(), after)), List.of('.'), false,
                    last.negative(), false, last.depth()));
            return after;
        }

        /** The longest currency sign starting here whose letters do not run into a neighbouring word. */
        private CurrencyToken signAt(int start) {
            for (int length = Math.min(signs.longestSign(), text.length() - start); length > 0; length--) {
                String candidate = text.substring(start, start + length);
                if (!signs.candidates(candidate).isEmpty() && standsApart(start, start + length)) {
                    return new CurrencyToken(start, start + length, candidate, depth);
                }
            }
            return null;
        }

        private boolean standsApart(int start, int end) {
            boolean clearBefore = start == 0 || !isWordLetter(text.charAt(start)) || !isWordLetter(text.charAt(start - 1));
            boolean clearAfter = end == text.length() || !isWordLetter(text.charAt(end - 1)) || !isWordLetter(text.charAt(end));
            return clearBefore && clearAfter;
        }

        /** Turkish shops put the percent sign first: "%40 indirim". */
        private boolean endsWithPercent(int start) {
            return start > 0 && text.charAt(start - 1) == '%';
        }

        private int skipSpaces(int i) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private int digitsEnd(int i) {
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '\u2019' || isSpace(c);
    }

    /**
     * A letter of a script that separates words with spaces. Chinese, Japanese and Korean run signs into the
     * words around them ("1,500円送料無料"), so their letters never block a match.
     */
    private static boolean isWordLetter(char c) {
        if (!Character.isLetter(c) || Character.isIdeographic(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HIRAGANA && script != Character.UnicodeScript.KATAKANA
                && script != Character.UnicodeScript.HANGUL && script != Character.UnicodeScript.THAI;
    }
}
