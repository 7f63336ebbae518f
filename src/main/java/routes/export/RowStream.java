package routes.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ColumnMapRowMapper;

/**
 * An export's body: rows read from an open cursor and written as they are read, a chunk at a
 * time, so memory holds one chunk and the driver's fetch, however many rows there are. The
 * connection is given back at the end, on a failure, or when the response is done with it
 * (close: the client went away).
 */
final class RowStream extends InputStream {

    private static final Logger log = LoggerFactory.getLogger(RowStream.class);
    /** Rows are written until this many bytes wait, then handed to the response. */
    private static final int CHUNK_BYTES = 32 * 1024;

    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final Runnable onRelease;
    private final String what;
    private final ColumnMapRowMapper columns = new ColumnMapRowMapper();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream(2 * CHUNK_BYTES);
    private final RowWriter writer;
    private byte[] chunk = new byte[0];
    private int position;
    private long rowCount;
    private boolean exhausted;
    private boolean released;

    /**
     * @param writerOn opens the writer on the stream the rows go to (a header it writes comes first)
     * @param onRelease run once the connection is given back
     * @param what the export, for the log
     */
    RowStream(Connection connection, Statement statement, ResultSet rows, Function<OutputStream, RowWriter> writerOn,
              Runnable onRelease, String what) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.onRelease = onRelease;
        this.what = what;
        this.writer = writerOn.apply(written);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (exhausted) {
                return -1;
            }
            fill();
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, into, offset, count);
        position += count;
        return count;
    }

    private void fill() throws IOException {
        if (released) {
            throw new IOException("export of " + what + " already closed");
        }
        try {
            while (written.size() < CHUNK_BYTES && !exhausted) {
                if (rows.next()) {
                    writer.write(columns.mapRow(rows, (int) rowCount));
                    rowCount++;
                } else {
                    exhausted = true;
                }
            }
            writer.flush();
        } catch (SQLException | IOException | RuntimeException e) {
            // the status (200) is sent: the response can only end here, short of X-Total-Count rows
            log.error("Export of {} failed after {} rows; its response ends there", what, rowCount, e);
            release();
            throw new IOException("export of " + what + " failed after " + rowCount + " rows", e);
        }
        chunk = written.toByteArray();
        written.reset();
        position = 0;
        if (exhausted) {
            log.info("Exported {}: {} rows", what, rowCount);
            release();
        }
    }

    @Override
    public void close() {
        if (!released && !exhausted) {
            log.warn("Export of {} stopped after {} rows: the client went away", what, rowCount);
        }
        release();
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        // a read-only transaction: nothing to keep
        try (connection; statement; rows) {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("Closing the connection of the export of {} failed: {}", what, e.getMessage());
        } finally {
            onRelease.run();
        }
    }
}
