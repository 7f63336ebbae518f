package routes.price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the amounts and signs of a price text into one reading: which amount the shopper pays, in which
 * currency, and whether the others are a range's bound, a struck-through list price or noise to leave out.
 */
final class PriceAssembler {

    /** What may stand between a sign and its amount: "€ 12", "USD: 12", "€ -5". */
    private static final Pattern SIGN_BEFORE_GAP = Pattern.compile("[\\s\u00A0\u202F\u2009:\\-\u2212]*");
    private static final Pattern SIGN_AFTER_GAP = Pattern.compile("[\\s\u00A0\u202F\u2009]*");

    private final CurrencyResolver resolver;

    PriceAssembler(CurrencyResolver resolver) {
        this.resolver = resolver;
    }

    PriceReading assemble(ScannedText scanned, PriceHints hints) {
        List<AmountToken> found = scanned.amounts().stream().filter(a -> !a.percent()).toList();
        if (found.isEmpty()) {
            return PriceReading.refused(scanned.sawDate() ? PriceReading.A_DATE
                    : scanned.amounts().isEmpty() ? PriceReading.NO_AMOUNT : PriceReading.A_PERCENTAGE);
        }
        List<SignedAmount> signed = keepIfAny(outsideParentheses(found).stream()
                .map(a -> new SignedAmount(a, adjacentSign(a, scanned))).toList(), a -> !isAside(a, scanned));
        List<SignedAmount> prices = keepIfAny(signed, a -> a.sign() != null || isRangeJoined(a, signed, scanned));
        List<PricedAmount> priced = price(prices, scanned, hints);
        if (priced.isEmpty()) {
            return PriceReading.refused(PriceReading.NO_AMOUNT);
        }
        PricedAmount first = priced.get(0);
        if (first.token().negative()) {
            return PriceReading.refused(PriceReading.NEGATIVE);
        }
        // amounts in another currency are a conversion shown beside the price, not part of it
        List<PricedAmount> same = priced.stream().filter(p -> Objects.equals(p.currency(), first.currency())).toList();
        PriceReading reading = choose(same, scanned);
        if (isTooLarge(reading)) {
            return PriceReading.refused(PriceReading.TOO_LARGE);
        }
        return first.ambiguous() ? reading.withAmbiguousCurrency() : reading;
    }

    /** An amount and the currency sign written beside it, if any. */
    private record SignedAmount(AmountToken token, String sign) {
    }

    /** "AED 8000 (USD 2179)", "$15.00 (Save $5.00)": what stands in parentheses is an aside. */
    private static List<AmountToken> outsideParentheses(List<AmountToken> amounts) {
        List<AmountToken> outside = amounts.stream().filter(a -> a.depth() == 0).toList();
        return outside.isEmpty() ? amounts : outside;
    }

    /** The amounts that pass, or all of them when none does: a lone aside is still the only number there is. */
    private static <T> List<T> keepIfAny(List<T> amounts, Predicate<T> test) {
        List<T> kept = amounts.stream().filter(test).toList();
        return kept.isEmpty() ? amounts : kept;
    }

    /** A saving, a unit price or an instalment by the words before it, or a unit price by a slash after it. */
    private static boolean isAside(SignedAmount amount, ScannedText scanned) {
        AmountToken token = amount.token();
        int previousEnd = scanned.amounts().stream().filter(a -> a.end() <= token.start())
                .mapToInt(AmountToken::end).max().orElse(0);
        if (PriceWords.endsWithAside(between(scanned, previousEnd, token.start()))) {
            return true;
        }
        int after = token.end();
        for (CurrencyToken sign : scanned.currencies()) {
            if (sign.start() >= after && isGap(scanned, after, sign.start(), SIGN_AFTER_GAP)) {
                after = sign.end();
            }
        }
        return scanned.text().substring(after).stripLeading().startsWith("/");
    }

    /** "From 26 to 50 €": an amount without a sign belongs to the price only as the other end of a range. */
    private static boolean isRangeJoined(SignedAmount amount, List<SignedAmount> amounts, ScannedText scanned) {
        int i = amounts.indexOf(amount);
        return i > 0 && PriceWords.isRange(between(scanned, amounts.get(i - 1).token().end(), amount.token().start()))
                || i + 1 < amounts.size()
                && PriceWords.isRange(between(scanned, amount.token().end(), amounts.get(i + 1).token().start()));
    }

    private List<PricedAmount> price(List<SignedAmount> amounts, ScannedText scanned, PriceHints hints) {
        Set<String> named = namedCurrencies(scanned);
        List<String> codes = amounts.stream()
                .map(a -> a.sign() == null ? null : resolver.resolve(a.sign(), hints, named)).toList();
        // an amount without a sign of its own shares one written beside another ("From 26 to 50 €")
        boolean anySign = amounts.stream().anyMatch(a -> a.sign() != null);
        String shared = codes.stream().filter(Objects::nonNull).findFirst().orElse(null);
        String fallback = anySign ? shared : resolver.hintCurrency(hints);
        List<PricedAmount> priced = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            String code = codes.get(i) != null ? codes.get(i) : amounts.get(i).sign() != null ? null : fallback;
            boolean ambiguous = anySign && code == null;
            BigDecimal value = AmountNotation.value(amounts.get(i).token(), IsoCodes.fractionDigits(code));
            if (value != null) {
                priced.add(new PricedAmount(amounts.get(i).token(), code, ambiguous, value));
            }
        }
        return priced;
    }

    /** Currencies the text names unmistakably (outside parentheses): they settle its ambiguous signs. */
    private Set<String> namedCurrencies(ScannedText scanned) {
        Set<String> named = new LinkedHashSet<>();
        for (CurrencyToken sign : scanned.currencies()) {
            if (sign.depth() == 0 && resolver.isUnambiguous(sign.sign())) {
                named.add(resolver.resolve(sign.sign(), PriceHints.NONE, Set.of()));
            }
        }
        return named;
    }

    /**
     * The sign written inside ("12€50"), just before, or just after the amount, in that order of preference.
     * A sign between two amounts belongs to both unless it stands closer to the other: in "Pack of 3 $9.99"
     * the "$" is the 9.99's, in "$ 281.40 $ 265.70" the middle one may serve either.
     */
    private static String adjacentSign(AmountToken amount, ScannedText scanned) {
        String before = null;
        String after = null;
        for (CurrencyToken sign : scanned.currencies()) {
            if (sign.start() >= amount.start() && sign.end() <= amount.end()) {
                return sign.sign();
            }
            if (sign.end() <= amount.start() && isGap(scanned, sign.end(), amount.start(), SIGN_BEFORE_GAP)
                    && !closerToPrevious(sign, amount.start() - sign.end(), scanned)) {
                before = sign.sign();
            }
            if (after == null && sign.start() >= amount.end() && isGap(scanned, amount.end(), sign.start(), SIGN_AFTER_GAP)
                    && !closerToNext(sign, sign.start() - amount.end(), scanned)) {
                after = sign.sign();
            }
        }
        return before != null ? before : after;
    }

    private static boolean closerToPrevious(CurrencyToken sign, int gap, ScannedText scanned) {
        return scanned.amounts().stream().anyMatch(other -> other.end() <= sign.start()
                && sign.start() - other.end() < gap && isGap(scanned, other.end(), sign.start(), SIGN_AFTER_GAP));
    }

    private static boolean closerToNext(CurrencyToken sign, int gap, ScannedText scanned) {
        return scanned.amounts().stream().anyMatch(other -> other.start() >= sign.end()
                && other.start() - sign.end() < gap && isGap(scanned, sign.end(), other.start(), SIGN_BEFORE_GAP));
    }

    private static boolean isGap(ScannedText scanned, int from, int to, Pattern allowed) {
        return allowed.matcher(scanned.text().substring(from, to)).matches();
    }

    private static PriceReading choose(List<PricedAmount> amounts, ScannedText scanned) {
        PricedAmount first = amounts.get(0);
        BigDecimal low = amounts.stream().map(PricedAmount::value).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal high = amounts.stream().map(PricedAmount::value).max(Comparator.naturalOrder()).orElseThrow();
        if (isRange(amounts, scanned)) {
            return new PriceReading(low, first.currency(), low, high, null, null);
        }
        if (low.compareTo(high) != 0) {
            // a sale pair: the lower is paid, the higher is the struck-through regular price
            return new PriceReading(low, first.currency(), null, null, high, null);
        }
        BigDecimal from = PriceWords.endsWithFrom(between(scanned, 0, first.token().start())) ? first.value() : null;
        return new PriceReading(first.value(), first.currency(), from, null, null, null);
    }

    private static boolean isRange(List<PricedAmount> amounts, ScannedText scanned) {
        for (int i = 0; i + 1 < amounts.size(); i++) {
            if (PriceWords.isRange(between(scanned, amounts.get(i).token().end(), amounts.get(i + 1).token().start()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTooLarge(PriceReading reading) {
        return Stream.of(reading.amount(), reading.high(), reading.listPrice())
                .anyMatch(value -> value != null && value.compareTo(PriceReading.LARGEST) > 0);
    }

    /** The text from one place to another, less the currency signs in it: what words stand there. */
    private static String between(ScannedText scanned, int from, int to) {
        StringBuilder words = new StringBuilder();
        int at = from;
        for (CurrencyToken sign : scanned.currencies()) {
            if (sign.start() >= at && sign.end() <= to) {
                words.append(scanned.text(), at, sign.start()).append(' ');
                at = sign.end();
            }
        }
        return at < to ? words.append(scanned.text(), at, to).toString() : words.toString();
    }
}
