package routes.price;

import java.util.List;

/**
 * A run of digits and separators as written ("1 299,00": groups 1, 299, 00; separators ' ', ','), where it
 * stands in the scanned text, and what surrounds it.
 *
 * @param dashDecimals written with a dash for the minor units, "12,-" or "49.–": whole units
 * @param negative     preceded by a minus sign before any other amount
 * @param percent      "15%" or Turkish "%15": a discount, not a price
 * @param depth        parentheses around it: "(USD 2179)" is an alternative, not the price
 */
record AmountToken(int start, int end, List<String> groups, List<Character> separators, boolean dashDecimals,
                   boolean negative, boolean percent, int depth) {
}
