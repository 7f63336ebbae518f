package routes.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * RFC 4180 CSV written by Jackson: CRLF line ends, a field quoted when it holds a comma, a quote
 * (doubled) or a line break, null an empty field, decimals as written (12.50, never 1.25E+1).
 * The column names are the first record.
 */
final class CsvRecords implements Flushable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final CsvSchema RECORDS = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\r\n");

    private final SequenceWriter records;

    CsvRecords(OutputStream out, List<String> columns) throws IOException {
        records = CSV.writer(RECORDS).writeValues(out);
        records.write(columns);
    }

    /** One record: its fields in the columns' order. */
    void write(List<?> fields) throws IOException {
        // null as "": Jackson drops a null that comes first in a record, shifting the fields left
        records.write(fields.stream().map(field -> field == null ? "" : field).toList());
    }

    @Override
    public void flush() throws IOException {
        records.flush();
    }
}
