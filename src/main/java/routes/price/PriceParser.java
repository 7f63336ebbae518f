package routes.price;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads prices and currencies as shops write them. Builds its currency tables (JDK, CLDR through ICU4J, the
 * alias file) once in the constructor; immutable afterwards, so one instance serves every page and thread.
 * Never throws on any input: what it cannot read it refuses with a problem.
 */
@Component
public final class PriceParser {

    /** Longest structured-data value read; a price never needs more and BigDecimal parsing is not linear. */
    private static final int MAX_NUMBER_LENGTH = 64;

    /** schema.org's own notation: '.' is the decimal point, an exponent is allowed ("1.599E7"). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private final PriceTextScanner scanner;
    private final CurrencyResolver resolver;
    private final PriceAssembler assembler;

    public PriceParser() {
        CurrencySigns signs = CurrencySigns.load();
        this.scanner = new PriceTextScanner(signs);
        this.resolver = new CurrencyResolver(signs);
        this.assembler = new PriceAssembler(resolver);
    }

    /** Free text from a page: "1 299,00 kr.", "$ 281.40 $ 265.70", "From $12.00". */
    public PriceReading read(String text, PriceHints hints) {
        PriceHints page = hints == null ? PriceHints.NONE : hints;
        if (text == null) {
            return PriceReading.refused(PriceReading.NO_AMOUNT);
        }
        String normalised = PriceText.normalise(text);
        if (PriceWords.isFree(normalised)) {
            return PriceReading.single(BigDecimal.ZERO, resolver.hintCurrency(page));
        }
        if (NOT_A_NUMBER.matcher(normalised).matches()) {
            return PriceReading.refused(PriceReading.NOT_A_NUMBER);
        }
        return assembler.assemble(scanner.scan(normalised), page);
    }

    /**
     * A structured-data value (JSON-LD / microdata "price"). schema.org makes '.' the decimal point there
     * ("12.500" KWD is 12.5, "15990000.00" VND is 15990000), but sloppy shops write "1,299.00" or "12,50":
     * anything with a comma is read as a page's text would be, in the given currency.
     */
    public PriceReading readNumber(String value, String currency) {
        PriceHints hints = new PriceHints(null, currency);
        String code = resolver.hintCurrency(hints);
        if (value == null || value.isBlank()) {
            return PriceReading.refused(PriceReading.NO_AMOUNT);
        }
        String number = value.strip();
        if (number.length() > MAX_NUMBER_LENGTH) {
            return PriceReading.refused(number.chars().allMatch(Character::isDigit)
                    ? PriceReading.TOO_LARGE : PriceReading.NOT_A_NUMBER);
        }
        if (NOT_A_NUMBER.matcher(number).matches()) {
            return PriceReading.refused(PriceReading.NOT_A_NUMBER);
        }
        if (!PLAIN_NUMBER.matcher(number).matches()) {
            return read(number, hints);
        }
        BigDecimal amount = new BigDecimal(number);
        if (amount.signum() < 0) {
            return PriceReading.refused(PriceReading.NEGATIVE);
        }
        if (amount.compareTo(PriceReading.LARGEST) > 0) {
            return PriceReading.refused(PriceReading.TOO_LARGE);
        }
        // "1.599E7" is 15990000, not 1.599E+7
        return PriceReading.single(amount.scale() < 0 ? amount.setScale(0) : amount, code);
    }

    /** The currency a text names: "€" EUR, "руб." RUB, "US$" USD, "kr" on a Swedish page SEK. */
    public Optional<String> currencyOf(String text, PriceHints hints) {
        if (text == null) {
            return Optional.empty();
        }
        return resolver.firstIn(scanner.scan(PriceText.normalise(text)), hints == null ? PriceHints.NONE : hints);
    }
}
