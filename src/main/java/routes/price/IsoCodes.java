package routes.price;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The ISO 4217 codes the JDK knows, less the funds and metals (XAU, XXX …) that have no minor units. */
final class IsoCodes {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .filter(currency -> currency.getDefaultFractionDigits() >= 0)
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private IsoCodes() {
    }

    static Set<String> all() {
        return CODES;
    }

    static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** Minor units of the currency (3 for KWD, 0 for JPY); 2 when the currency is unknown, as for most. */
    static int fractionDigits(String code) {
        return isKnown(code) ? Currency.getInstance(code).getDefaultFractionDigits() : 2;
    }
}
