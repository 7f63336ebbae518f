package routes.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** currencyOf, readNumber, the problems refusals give, and inputs no shop should send but some do. */
class PriceParserDetailsTest {

    private static final PriceParser PARSER = new PriceParser();

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            €      | -     | EUR
            руб.   | -     | RUB
            US$    | -     | USD
            kr     | sv    | SEK
            kr     | nb-NO | NOK
            kr.    | da-DK | DKK
            kr     | is    | ISK
            kr     | -     | -
            Fr.    | -     | CHF
            $      | -     | USD
            $      | en-CA | CAD
            $      | es-MX | MXN
            ¥      | -     | JPY
            ¥      | zh    | CNY
            zł     | -     | PLN
            Kč     | -     | CZK
            Ft     | -     | HUF
            lei    | -     | RON
            лв.    | -     | BGN
            R$     | -     | BRL
            R      | -     | ZAR
            RM     | -     | MYR
            Rp     | -     | IDR
            Rs.    | -     | INR
            ₹      | -     | INR
            ₩      | -     | KRW
            ₫      | -     | VND
            đ      | -     | VND
            元     | -     | CNY
            RMB    | -     | CNY
            円     | -     | JPY
            KD     | -     | KWD
            TL     | -     | TRY
            грн    | -     | UAH
            CHF    | -     | CHF
            EUR    | -     | EUR
            eur    | -     | -
            Sold out | -   | -
            12,99 € | de   | EUR
            """)
    void namesTheCurrencyOfAText(String text, String locale, String expected) {
        PriceHints hints = new PriceHints(locale == null ? null : Locale.forLanguageTag(locale), null);
        assertEquals(Optional.ofNullable(expected), PARSER.currencyOf(text, hints));
    }

    @Test
    void currencyOfNothingIsEmpty() {
        assertEquals(Optional.empty(), PARSER.currencyOf(null, PriceHints.NONE));
        assertEquals(Optional.empty(), PARSER.currencyOf("", null));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            12.500       | KWD | 12.500      | KWD
            15990000.00  | VND | 15990000.00 | VND
            1.599E7      | VND | 15990000    | VND
            34.992       | EUR | 34.992      | EUR
            1.299        | EUR | 1.299       | EUR
            12.5         | USD | 12.5        | USD
            19.99        | usd | 19.99       | USD
            ' 19.99 '    | EUR | 19.99       | EUR
            0            | EUR | 0           | EUR
            .5           | EUR | .5          | EUR
            1,299.00     | USD | 1299.00     | USD
            12,50        | EUR | 12.50       | EUR
            1.299,00     | EUR | 1299.00     | EUR
            12,500       | KWD | 12.500      | KWD
            $12.00       | -   | 12.00       | USD
            12.00 EUR    | -   | 12.00       | EUR
            12.00        | -   | 12.00       | -
            """)
    void readsAStructuredDataPrice(String value, String currency, String amount, String expectedCurrency) {
        PriceReading reading = PARSER.readNumber(value, currency);
        assertEquals(new BigDecimal(amount), reading.amount(), reading.toString());
        assertEquals(expectedCurrency, reading.currency());
        assertNull(reading.problem());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NaN        | not a number
            Infinity   | not a number
            -Infinity  | not a number
            1e400      | amount too large
            10000000000000 | amount too large
            -5         | negative amount
            -0.01      | negative amount
            ''         | no amount
            -          | no amount
            abc        | no amount
            """)
    void refusesAStructuredDataValueThatIsNoPrice(String value, String problem) {
        PriceReading reading = PARSER.readNumber(value, "EUR");
        assertNull(reading.amount());
        assertEquals(problem, reading.problem());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15.08.2017      | a date, not a price
            2017-08-15      | a date, not a price
            08/15/2017      | a date, not a price
            40% OFF         | a percentage, not a price
            -15%            | a percentage, not a price
            Call for price  | no amount
            Sold out        | no amount
            -5.00 €         | negative amount
            $10000000000000 | amount too large
            NaN             | not a number
            """)
    void saysWhyItRefusesAText(String text, String problem) {
        PriceReading reading = PARSER.read(text, PriceHints.NONE);
        assertNull(reading.amount());
        assertEquals(problem, reading.problem());
    }

    @Test
    void keepsTheAmountOfAnAmbiguousCurrency() {
        PriceReading reading = PARSER.read("199 kr", PriceHints.NONE);
        assertEquals(new BigDecimal("199"), reading.amount());
        assertNull(reading.currency());
        assertEquals("ambiguous currency", reading.problem());
    }

    @Test
    void neverThrows() {
        String megabyteOfDigits = "9".repeat(1 << 20);
        assertEquals("amount too large", PARSER.read(megabyteOfDigits, PriceHints.NONE).problem());
        assertEquals("amount too large", PARSER.readNumber(megabyteOfDigits, "USD").problem());
        assertEquals("no amount", PARSER.read(null, PriceHints.NONE).problem());
        assertEquals("no amount", PARSER.read("", null).problem());
        assertEquals("no amount", PARSER.readNumber(null, null).problem());
        String noise = IntStream.range(0, 5000).mapToObj(i -> String.valueOf((char) (i * 7919 % 0xD000)))
                .reduce("", String::concat);
        for (int i = 0; i + 200 <= noise.length(); i += 50) {
            PARSER.read(noise.substring(i, i + 200), new PriceHints(Locale.JAPAN, "€"));
            PARSER.readNumber(noise.substring(i, i + 40), "KWD");
            PARSER.currencyOf(noise.substring(i, i + 200), PriceHints.NONE);
        }
    }

    @Test
    void readsOnlyTheStartOfAVeryLongText() {
        String text = "€ 12,99 " + "x".repeat(PriceText.MAX_LENGTH) + " € 1,00";
        assertEquals(new BigDecimal("12.99"), PARSER.read(text, PriceHints.NONE).amount());
    }

    @Test
    void oneParserServesManyThreads() {
        assertThat(IntStream.range(0, 2000).parallel()
                .mapToObj(i -> PARSER.read("1 299,00 kr.", new PriceHints(Locale.forLanguageTag("sv"), null)))
                .distinct()).containsExactly(new PriceReading(new BigDecimal("1299.00"), "SEK", null, null, null, null));
    }
}
