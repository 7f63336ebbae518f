package routes.price;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** The currency symbols CLDR records in every locale, read through ICU4J. */
final class CldrSymbols {

    private static final int[] STYLES = {Currency.SYMBOL_NAME, Currency.NARROW_SYMBOL_NAME};

    private CldrSymbols() {
    }

    /** Hands over every (symbol, ISO code) pair of a currency in use today, as any locale writes it. */
    static void collect(BiConsumer<String, String> sink) {
        List<Currency> current = currentCurrencies();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            for (Currency currency : current) {
                for (int style : STYLES) {
                    String symbol = clean(currency.getName(locale, style, (boolean[]) null));
                    if (isUsable(symbol)) {
                        sink.accept(symbol, currency.getCurrencyCode());
                    }
                }
            }
        }
    }

    /**
     * What an ambiguous symbol means by default: the currency whose English symbol it is ("$" USD, "£" GBP,
     * "¥" JPY), when exactly one currency has it.
     */
    static Map<String, String> englishDefaults(Map<String, Set<String>> candidates) {
        Map<String, String> owners = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Currency currency : currentCurrencies()) {
            String symbol = clean(currency.getName(ULocale.ENGLISH, Currency.SYMBOL_NAME, (boolean[]) null));
            owners.put(symbol, currency.getCurrencyCode());
            counts.merge(symbol, 1, Integer::sum);
        }
        Map<String, String> defaults = new HashMap<>();
        owners.forEach((symbol, code) -> {
            if (counts.get(symbol) == 1 && candidates.getOrDefault(symbol, Set.of()).size() > 1) {
                defaults.put(symbol, code);
            }
        });
        return defaults;
    }

    /** Obsolete currencies (DEM, FRF, RUR …) would only add false meanings to symbols shops use today. */
    private static List<Currency> currentCurrencies() {
        Date now = new Date();
        return IsoCodes.all().stream()
                .filter(code -> Currency.isAvailable(code, now, null))
                .map(Currency::getInstance)
                .toList();
    }

    /** CLDR wraps some right-to-left symbols in direction marks; text gets the same cleaning (PriceText). */
    private static String clean(String symbol) {
        return PriceText.withoutFormatCharacters(symbol).strip();
    }

    /**
     * A symbol worth matching: not blank, not an ISO code (those come from the JDK, case-sensitively), and not
     * a single Latin letter (L, K, P … occur in ordinary text; the alias file brings back R).
     */
    private static boolean isUsable(String symbol) {
        return !symbol.isEmpty() && !symbol.matches("[A-Z]{3}") && !symbol.matches("[A-Za-z]");
    }
}
