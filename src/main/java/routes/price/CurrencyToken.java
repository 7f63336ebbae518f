package routes.price;

/** A currency sign as written ("kr.", "US$", "EUR") and where it stands in the scanned text. */
record CurrencyToken(int start, int end, String sign, int depth) {
}
