package routes.price;

import java.math.BigDecimal;

/** An amount with the currency it was read in (null when unknown or ambiguous) and its exact value. */
record PricedAmount(AmountToken token, String currency, boolean ambiguous, BigDecimal value) {
}
