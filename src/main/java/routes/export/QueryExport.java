package routes.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.sql.DefaultSqlPrepareStatementStrategy;
import org.apache.camel.component.sql.SqlHelper;
import org.apache.camel.component.sql.SqlPrepareStatementStrategy;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.store.NoSuchJobException;

/**
 * Streams every row of a query as JSON Lines or CSV: the exports of the list endpoints. Each
 * export reads on a connection of its own, in a read-only transaction (PostgreSQL reads with a
 * cursor, {@code fetch-size} rows at a time, only outside autocommit), and the route's body is a
 * {@link RowStream} that platform-http copies to the response as it is read. The count and the
 * rows come from one snapshot, so X-Total-Count is exactly the rows of a complete body: a client
 * that gets fewer knows the export was cut (a failure mid-stream cannot change the status).
 */
@Component
public class QueryExport {

    /** The export header telling how many rows a complete body holds. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final SqlPrepareStatementStrategy parameters = new DefaultSqlPrepareStatementStrategy();
    private final int fetchSize;
    private final Semaphore running;
    private final ProductRows products;
    private final ChangeRows changes;

    QueryExport(DataSource dataSource, ObjectMapper json, ProductRows products, ChangeRows changes,
                @Value("${caravan.api.export-fetch-size}") int fetchSize,
                @Value("${caravan.api.max-concurrent-exports}") int maxConcurrentExports) {
        this.dataSource = dataSource;
        this.json = json;
        this.products = products;
        this.changes = changes;
        this.fetchSize = fetchSize;
        this.running = new Semaphore(maxConcurrentExports);
    }

    /** GET /api/jobs/{id}/products as JSON Lines or CSV: every product the page's filters keep. */
    public void products(Exchange exchange, Map<String, Object> productQuery, ExportFormat format) throws Exception {
        Map<String, Object> everyRow = new HashMap<>(productQuery);
        everyRow.put("size", null);
        everyRow.put("offset", null);
        stream(exchange, products, everyRow, format);
    }

    /** GET /api/jobs/{id}/changes as JSON Lines or CSV: every change of the job, of one kind or all. */
    public void changes(Exchange exchange, Map<String, Object> changeQuery, ExportFormat format) throws Exception {
        stream(exchange, changes, changeQuery, format);
    }

    /**
     * Sets the exchange's body to the rows as {@code format} and its headers (Content-Type,
     * Content-Disposition, X-Total-Count); an unknown job is a {@link NoSuchJobException} before
     * anything is sent. {@code query} holds the named parameters, {@code jobId} among them.
     */
    <T> void stream(Exchange exchange, ExportedRows<T> exported, Map<String, Object> query, ExportFormat format)
            throws Exception {
        long jobId = ((Number) query.get("jobId")).longValue();
        if (!running.tryAcquire()) {
            throw new ExportsBusyException();
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            long total;
            try (PreparedStatement count = prepare(connection, exchange, exported.countQuery(), query);
                 ResultSet counted = count.executeQuery()) {
                counted.next();
                if (counted.getLong("job_found") == 0) {
                    throw new NoSuchJobException(jobId);
                }
                total = counted.getLong("total");
            }
            PreparedStatement statement = prepare(connection, exchange, exported.query(), query);
            statement.setFetchSize(fetchSize);
            RowStream body = new RowStream(connection, statement, statement.executeQuery(), writerOn(format, exported),
                    running::release, "job " + jobId + " " + exported.name() + " (" + format.extension() + ")");
            // the response is written after the route: the body closes when the exchange is done
            // (it already has at its end; this gives the connection back if the client went away)
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    body.close();
                }
            });
            Message answer = exchange.getMessage();
            answer.setHeader(Exchange.CONTENT_TYPE, format.contentType());
            answer.setHeader("Content-Disposition", "attachment; filename=\"job-" + jobId + "-" + exported.name()
                    + "." + format.extension() + "\"");
            answer.setHeader(TOTAL_COUNT, total);
            answer.setBody(body);
        } catch (Exception e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            running.release();
            throw e;
        }
    }

    /** A camel-sql query (:#name parameters, possibly a classpath: resource), prepared with its values. */
    private PreparedStatement prepare(Connection connection, Exchange exchange, String query, Map<String, Object> values)
            throws Exception {
        // "#": camel-sql's placeholder (:#name), turned into :?name as its endpoints do by default
        String sql = SqlHelper.resolvePlaceholders(SqlHelper.resolveQuery(exchange.getContext(), query, null), "#");
        String prepared = parameters.prepareQuery(sql, true, exchange);
        PreparedStatement statement = connection.prepareStatement(prepared);
        try {
            int expected = statement.getParameterMetaData().getParameterCount();
            parameters.populateStatement(statement,
                    parameters.createPopulateIterator(sql, prepared, expected, exchange, values), expected);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private <T> Function<OutputStream, RowWriter> writerOn(ExportFormat format, ExportedRows<T> exported) {
        return switch (format) {
            case JSONL -> out -> row -> {
                out.write(json.writeValueAsBytes(exported.item(row)));
                out.write('\n');
            };
            case CSV -> out -> {
                CsvRecords records = csvRecords(out, exported);
                return new RowWriter() {
                    @Override
                    public void write(Map<String, Object> row) throws IOException {
                        records.write(exported.csvRecord(exported.item(row)));
                    }

                    @Override
                    public void flush() throws IOException {
                        records.flush();
                    }
                };
            };
            case JSON -> throw new IllegalArgumentException("a JSON page is not streamed");
        };
    }

    private static CsvRecords csvRecords(OutputStream out, ExportedRows<?> exported) {
        try {
            return new CsvRecords(out, exported.csvColumns());
        } catch (IOException e) {
            // the header goes to memory (the body's first chunk): this does not fail
            throw new UncheckedIOException(e);
        }
    }
}
