package routes.price;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of price/price-cases.tsv: a price text as a real shop writes it, and what it must read as. */
class PriceParserTest {

    private static final PriceParser PARSER = new PriceParser();
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    @ParameterizedTest(name = "{index}: [{0}] {8}")
    @MethodSource("cases")
    void readsThePriceAShopperPays(String text, String locale, String hint, String amount, String currency,
                                   String low, String high, String listPrice, String note) {
        PriceHints hints = new PriceHints(locale.isEmpty() ? null : Locale.forLanguageTag(locale),
                hint.isEmpty() ? null : hint);
        PriceReading reading = PARSER.read(text, hints);
        assertAll(reading.toString(),
                () -> assertEquals(decimal(amount), reading.amount(), "amount"),
                () -> assertEquals(currency.isEmpty() ? null : currency, reading.currency(), "currency"),
                () -> assertEquals(decimal(low), reading.low(), "low"),
                () -> assertEquals(decimal(high), reading.high(), "high"),
                () -> assertEquals(decimal(listPrice), reading.listPrice(), "list price"),
                () -> {
                    if (amount.isEmpty()) {
                        assertNotNull(reading.problem(), "a refusal says why");
                    }
                });
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = PriceParserTest.class.getResourceAsStream("/price/price-cases.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 9) {
                    throw new IllegalStateException("expected 9 tab-separated columns: " + line);
                }
                columns[0] = unescape(columns[0]);
                rows.add(Arguments.of((Object[]) columns));
            }
        }
        return rows.stream();
    }

    /** The file writes invisible characters (no-break and thin spaces) as \\uXXXX so a reader can see them. */
    private static String unescape(String text) {
        Matcher escape = ESCAPE.matcher(text);
        return escape.replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static BigDecimal decimal(String value) {
        return value.isEmpty() ? null : new BigDecimal(value);
    }
}
