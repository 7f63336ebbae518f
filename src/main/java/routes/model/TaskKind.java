package routes.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a task fetches: the start page (discovery), a category listing page, or a product page. */
public enum TaskKind {
    DISCOVER, LISTING, PRODUCT;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
