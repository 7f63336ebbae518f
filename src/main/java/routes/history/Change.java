package routes.history;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What happened to a product between a site's previous DONE job and this one, as job_change.change names it. */
public enum Change {
    /** Seen now, not by the previous job. */
    NEW("new"),
    /** Seen by the previous job, not by this complete crawl (and not because its page failed now). */
    GONE("gone"),
    PRICE_UP("price_up"),
    PRICE_DOWN("price_down"),
    AVAILABILITY("availability");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Change> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equalsIgnoreCase(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Change::label).toList();
    }
}
