package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.50|12.50", "12|12", "1,299.00|1299.00", "€12,50|12.50", "1.299,00|1299.00",
            "$ 1 299.99|1299.99", "USD 15.00|15.00", " 7.5 |7.5", "1,299|1299", "1.299.000|1299000", "0.99|0.99"})
    void readsPricesAsShopsWriteThem(String text, String expected) {
        assertThat(Prices.parse(text)).isEqualByComparingTo(expected);
    }

    @Test
    void noDigitsIsNoPrice() {
        assertThat(Prices.parse("call us")).isNull();
        assertThat(Prices.parse(null)).isNull();
        assertThat(Prices.parse(",.")).isNull();
    }
}
