package routes.price;

import java.math.BigDecimal;

/**
 * What a price text says. amount = what a shopper pays (null when refused); currency = ISO 4217 code or null;
 * low/high = a range's bounds (null when not a range); listPrice = struck-through regular price of a sale pair
 * (null otherwise); problem = why amount is null, or "ambiguous currency" when the amount was read but its
 * currency could not be settled; null when fine.
 */
public record PriceReading(BigDecimal amount, String currency, BigDecimal low, BigDecimal high, BigDecimal listPrice,
                           String problem) {

    /** Largest amount taken as a price; anything above is a product number or a run of digits. */
    static final BigDecimal LARGEST = BigDecimal.TEN.pow(12);

    static final String NO_AMOUNT = "no amount";
    static final String A_DATE = "a date, not a price";
    static final String A_PERCENTAGE = "a percentage, not a price";
    static final String NEGATIVE = "negative amount";
    static final String TOO_LARGE = "amount too large";
    static final String NOT_A_NUMBER = "not a number";
    static final String AMBIGUOUS_CURRENCY = "ambiguous currency";

    static PriceReading refused(String problem) {
        return new PriceReading(null, null, null, null, null, problem);
    }

    static PriceReading single(BigDecimal amount, String currency) {
        return new PriceReading(amount, currency, null, null, null, null);
    }

    /** The problem an amount-bearing reading carries when its currency could not be told. */
    PriceReading withAmbiguousCurrency() {
        return new PriceReading(amount, null, low, high, listPrice, AMBIGUOUS_CURRENCY);
    }
}
