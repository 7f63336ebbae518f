package routes.price;

import java.util.Locale;

/** Hints from the page: its locale (html lang / og:locale, may be null) and a currency named elsewhere on it (ISO code, may be null). */
public record PriceHints(Locale locale, String currency) {

    public static final PriceHints NONE = new PriceHints(null, null);
}
