package routes.price;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Settles which currency a sign means on a page: "$" on en-CA is CAD, "kr" on sv is SEK, "¥" on zh is CNY. */
final class CurrencyResolver {

    private final CurrencySigns signs;

    CurrencyResolver(CurrencySigns signs) {
        this.signs = signs;
    }

    /**
     * The ISO code the sign means, or null when nothing settles an ambiguous sign. An unambiguous currency named
     * elsewhere in the same text comes first ("$20.00 CAD"); then the page's hint currency and its locale — the
     * locale first for names its language decides ("kr") — and last the sign's usual meaning.
     */
    String resolve(String sign, PriceHints hints, Set<String> namedInText) {
        Set<String> candidates = signs.candidates(sign);
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        String named = namedInText.stream().filter(candidates::contains).findFirst().orElse(null);
        if (named != null) {
            return named;
        }
        String hinted = hintCurrency(hints);
        String byLocale = localeCurrency(hints.locale(), candidates);
        String first = signs.decidedByLanguage(sign) ? byLocale : hinted;
        String second = signs.decidedByLanguage(sign) ? hinted : byLocale;
        if (first != null && candidates.contains(first)) {
            return first;
        }
        if (second != null && candidates.contains(second)) {
            return second;
        }
        return signs.defaultFor(sign);
    }

    boolean isUnambiguous(String sign) {
        return signs.candidates(sign).size() == 1;
    }

    /** The first currency sign in the text, settled by the hints; empty when there is none or it stays ambiguous. */
    Optional<String> firstIn(ScannedText scanned, PriceHints hints) {
        Set<String> named = new LinkedHashSet<>();
        scanned.currencies().stream().filter(c -> isUnambiguous(c.sign()))
                .forEach(c -> named.addAll(signs.candidates(c.sign())));
        return scanned.currencies().stream().findFirst()
                .map(c -> resolve(c.sign(), hints, named));
    }

    /** The hint as an ISO code; pages also put "eur" or "€" in og:price:currency. */
    String hintCurrency(PriceHints hints) {
        String hint = hints.currency() == null ? "" : hints.currency().strip();
        String upper = hint.toUpperCase(Locale.ROOT);
        if (IsoCodes.isKnown(upper)) {
            return upper;
        }
        Set<String> candidates = signs.candidates(hint);
        return candidates.size() == 1 ? candidates.iterator().next() : signs.defaultFor(hint);
    }

    /**
     * The currency of the locale's country if it is a candidate, else that of the country its language is
     * mostly spoken in: zh-TW has TWD, but its "¥" is still the Chinese yuan.
     */
    private static String localeCurrency(Locale locale, Set<String> candidates) {
        if (locale == null) {
            return null;
        }
        ULocale page = ULocale.forLocale(locale);
        String own = currencyOf(page.getCountry().isEmpty() ? ULocale.addLikelySubtags(page) : page);
        if (own != null && candidates.contains(own)) {
            return own;
        }
        return currencyOf(ULocale.addLikelySubtags(new ULocale(page.getLanguage())));
    }

    private static String currencyOf(ULocale locale) {
        Currency currency = locale.getCountry().isEmpty() ? null : Currency.getInstance(locale);
        return currency == null ? null : currency.getCurrencyCode();
    }
}
