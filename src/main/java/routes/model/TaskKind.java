package routes.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a task does: fetch the start page (discovery), a category listing page or a product page,
 * or, once its job has ended, deliver the job's webhook. A webhook task is no page of the crawl: it
 * is left out of the job's counts and budget, and runs only on an ended job.
 */
public enum TaskKind {
    DISCOVER, LISTING, PRODUCT, WEBHOOK;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
