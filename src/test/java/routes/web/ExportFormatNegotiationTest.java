package routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import routes.export.ExportFormat;

class ExportFormatNegotiationTest {

    private final QueryParams params = new QueryParams(200);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "json|JSON", "jsonl|JSONL", "csv|CSV", "CSV|CSV", " JsonL |JSONL"})
    void theFormatParameterNamesOne(String format, ExportFormat expected) {
        assertThat(params.exportFormat(format, null)).isEqualTo(expected);
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertThat(params.exportFormat("json", "text/csv")).isEqualTo(ExportFormat.JSON);
        assertThat(params.exportFormat("csv", "application/x-ndjson")).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> params.exportFormat("xml", "text/csv"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getStatus()).isEqualTo(400);
                    assertThat(refused.getField()).isEqualTo("format");
                    assertThat(refused.getMessage()).contains("json", "jsonl", "csv");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/x-ndjson|JSONL",
            "application/jsonl|JSONL",
            "text/csv|CSV",
            "TEXT/CSV; charset=utf-8|CSV",
            "application/json|JSON",
            "*/*|JSON",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|JSON",
            "application/json, text/plain, */*|JSON",
            "text/csv;q=0.5, application/json|JSON",
            "application/json;q=0.4, text/csv;q=0.9|CSV",
            "text/csv, application/x-ndjson|CSV",
            "text/csv;q=0, application/x-ndjson;q=0.1|JSONL",
            "image/png|JSON",
            "not a media type at all|JSON"})
    void withoutTheParameterAcceptChooses(String accept, ExportFormat expected) {
        assertThat(params.exportFormat(null, accept)).isEqualTo(expected);
        assertThat(params.exportFormat("", accept)).isEqualTo(expected);
    }

    @Test
    void neitherAsksForTheJsonPageAsBefore() {
        assertThat(params.exportFormat(null, null)).isEqualTo(ExportFormat.JSON);
        assertThat(params.exportFormat(null, " ")).isEqualTo(ExportFormat.JSON);
    }
}
