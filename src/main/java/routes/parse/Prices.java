package routes.parse;

import java.math.BigDecimal;

/** Reads a price as shops write it: "12.50", "1,299.00", "€12,50", "1.299,00", "$ 1 299.99". */
public final class Prices {

    private Prices() {
    }

    /** The amount, or null when the text holds no number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9.,]", "");
        if (digits.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        int decimal = Math.max(lastDot, lastComma);
        if (decimal >= 0 && isThousandsSeparator(digits, decimal)) {
            decimal = -1;
        }
        String whole = (decimal < 0 ? digits : digits.substring(0, decimal)).replaceAll("[.,]", "");
        String fraction = decimal < 0 ? "" : digits.substring(decimal + 1).replaceAll("[.,]", "");
        String number = (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * "1,299" and "1.299.000" use their separator for thousands: it is followed by exactly three
     * digits and is either the only kind of separator used more than once, or the only separator.
     */
    private static boolean isThousandsSeparator(String digits, int position) {
        char separator = digits.charAt(position);
        boolean threeDigitsFollow = digits.length() - position - 1 == 3;
        boolean otherSeparatorPresent = digits.indexOf(separator == '.' ? ',' : '.') >= 0;
        boolean repeated = digits.indexOf(separator) != position;
        return threeDigitsFollow && !otherSeparatorPresent || repeated && !otherSeparatorPresent;
    }
}
