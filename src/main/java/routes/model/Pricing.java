package routes.model;

import java.math.BigDecimal;

/**
 * A product's or variant's price as a shopper sees it.
 *
 * @param price what a shopper pays (for a range, the lowest: "From …")
 * @param listPrice the struck-through regular price when on sale, else null
 * @param lowPrice the lowest price of a range, else null
 * @param highPrice the highest price of a range, else null
 * @param currency ISO 4217 code
 */
public record Pricing(BigDecimal price, BigDecimal listPrice, BigDecimal lowPrice, BigDecimal highPrice, String currency) {

    public static final Pricing NONE = new Pricing(null, null, null, null, null);
}
