package routes.queue;

import java.util.Locale;

/** Queue priorities, highest first; a higher one is always served before a lower one. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    /** 1-based position, as the Lua scripts index the ready lists. */
    int index() {
        return ordinal() + 1;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
