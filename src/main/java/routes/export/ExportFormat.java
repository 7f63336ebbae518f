package routes.export;

import java.util.Locale;
import java.util.Optional;

/**
 * How a list endpoint answers: a JSON page (the default), or every row streamed as JSON Lines
 * or CSV. Named by the {@code format} parameter or by the media type a client accepts.
 */
public enum ExportFormat {
    JSON("application/json", "json"),
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv; charset=utf-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format a {@code format} parameter names (json, jsonl or csv, any case). */
    public static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Whether every row is streamed (JSON Lines, CSV) rather than a page answered. */
    public boolean isStreamed() {
        return this != JSON;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name extension, also the {@code format} parameter's value. */
    public String extension() {
        return extension;
    }
}
