package routes.price;

import java.util.List;

/** A normalised price text and the amounts, currency signs and dates found in it, in reading order. */
record ScannedText(String text, List<AmountToken> amounts, List<CurrencyToken> currencies, boolean sawDate) {
}
