package routes.price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells decimal point from grouping separator in an amount as written, and gives its exact value.
 * "1.234,56" and "1,234.56": the last mark of two kinds is the decimal. "1.299.000": a repeated mark groups.
 * A single mark followed by one, two or four digits is decimal ("12,50"); followed by exactly three it groups
 * ("1.299 €", "$1,499") unless the currency has three minor units ("423.923 KD") or grouping is impossible
 * ("0.750", "1234.567").
 */
final class AmountNotation {

    private AmountNotation() {
    }

    /** The value, or null when the groups cannot be a number (grouping of 1.2.3, a decimal mark used twice). */
    static BigDecimal value(AmountToken amount, int fractionDigits) {
        List<String> groups = amount.groups();
        List<Character> separators = amount.separators();
        int decimal = amount.dashDecimals() ? -1 : decimalIndex(groups, separators, fractionDigits);
        if (decimal == -2) {
            return null;
        }
        int wholeGroups = decimal < 0 ? groups.size() : decimal + 1;
        List<String> whole = groups.subList(0, wholeGroups);
        if (!isValidGrouping(whole)) {
            return null;
        }
        String digits = String.join("", whole) + (decimal < 0 ? "" : "." + groups.get(groups.size() - 1));
        return new BigDecimal(digits);
    }

    /** Index of the separator that is the decimal point; -1 for none, -2 for a notation that is no number. */
    private static int decimalIndex(List<String> groups, List<Character> separators, int fractionDigits) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < separators.size(); i++) {
            if (separators.get(i) == '.' || separators.get(i) == ',') {
                marks.add(i);
            }
        }
        if (marks.isEmpty()) {
            return -1;
        }
        int last = marks.get(marks.size() - 1);
        char lastMark = separators.get(last);
        long sameKind = marks.stream().filter(i -> separators.get(i) == lastMark).count();
        boolean twoKinds = sameKind < marks.size();
        if (twoKinds) {
            return sameKind == 1 && last == separators.size() - 1 ? last : -2;
        }
        if (sameKind > 1) {
            return -1;
        }
        String before = groups.get(last);
        boolean threeAfter = groups.get(last + 1).length() == 3;
        boolean groupingImpossible = before.length() > 3 || before.chars().allMatch(c -> c == '0');
        return threeAfter && fractionDigits != 3 && !groupingImpossible ? -1 : last;
    }

    /** Whole units grouped by threes ("1.299.000") or the Indian way, by twos above the thousands ("1,49,999"). */
    private static boolean isValidGrouping(List<String> whole) {
        if (whole.size() == 1) {
            return true;
        }
        String first = whole.get(0);
        List<String> rest = whole.subList(1, whole.size());
        if (first.length() > 3 || !rest.get(rest.size() - 1).matches("\\d{3}")) {
            return false;
        }
        List<String> middle = rest.subList(0, rest.size() - 1);
        boolean western = middle.stream().allMatch(g -> g.length() == 3);
        boolean indian = first.length() <= 2 && middle.stream().allMatch(g -> g.length() == 2);
        return western || indian;
    }
}
