package routes.export;

import java.util.List;
import java.util.Map;

/**
 * What one export streams: the query of its rows and the query that counts them (both camel-sql
 * text with {@code :#name} parameters, or a {@code classpath:} resource of it), and how a row
 * becomes a JSON Lines object and a CSV record.
 *
 * @param <T> a row as the API shows it (an item of the endpoint's JSON page)
 */
public interface ExportedRows<T> {

    /** What the file holds, for its name: job-7-{@code name}.csv. */
    String name();

    /** Every row, in order. */
    String query();

    /** One row: {@code job_found} (0 for an unknown job) and {@code total}, the rows {@link #query()} reads. */
    String countQuery();

    T item(Map<String, Object> row);

    List<String> csvColumns();

    /** The item's CSV cells, one per column: text, numbers or null (an empty cell). */
    List<Object> csvRecord(T item);
}
