package routes.export;

import java.io.Flushable;
import java.io.IOException;
import java.util.Map;

/** Writes an export's rows, one at a time, to the stream it was opened on. */
@FunctionalInterface
interface RowWriter extends Flushable {

    /** A row as JDBC read it, column label to value. */
    void write(Map<String, Object> row) throws IOException;

    /** Hands what is written to the stream (a writer that writes each row whole needs nothing). */
    @Override
    default void flush() throws IOException {
    }
}
