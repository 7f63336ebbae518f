package routes.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotesOnlyTheFieldsThatNeedItAndEndsRecordsWithCrLf() throws IOException {
        String csv = write(List.of("a", "b", "c"),
                List.of("plain", "with, comma", "say \"hi\""),
                Arrays.asList(null, "two\nlines", new BigDecimal("12.50")),
                Arrays.asList("carriage\rreturn", "", 3));

        assertThat(csv).isEqualTo("a,b,c\r\n"
                + "plain,\"with, comma\",\"say \"\"hi\"\"\"\r\n"
                + ",\"two\nlines\",12.50\r\n"
                + "\"carriage\rreturn\",,3\r\n");
    }

    @Test
    void decimalsAreWrittenPlainNeverInExponentNotation() throws IOException {
        assertThat(write(List.of("price"), List.of(new BigDecimal("1E+3")), List.of(new BigDecimal("0.0000001"))))
                .isEqualTo("price\r\n1000\r\n0.0000001\r\n");
    }

    @Test
    void anExportWithNoRowsStillNamesItsColumns() throws IOException {
        assertThat(write(List.of("url", "title"))).isEqualTo("url,title\r\n");
    }

    @Test
    void whatIsWrittenReadsBackFieldForFieldWithAnRfc4180Reader() throws IOException {
        List<String> tricky = List.of("a,b", "\"", "\"\"", "line\r\nbreak", " spaced ", "ünïcödé €", "#not a comment");
        String csv = write(List.of("1", "2", "3", "4", "5", "6", "7"), tricky);

        try (MappingIterator<List<String>> records = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            assertThat(records.next()).containsExactly("1", "2", "3", "4", "5", "6", "7");
            assertThat(records.next()).containsExactlyElementsOf(tricky);
            assertThat(records.hasNext()).isFalse();
        }
    }

    @SafeVarargs
    private static String write(List<String> columns, List<?>... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecords csv = new CsvRecords(out, columns);
        for (List<?> record : records) {
            csv.write(record);
        }
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
