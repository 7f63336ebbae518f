package routes.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a job's webhook can be told, as the job names it and the receiver sees it in X-Caravan-Event,
 * in the order they are delivered: the job's end (however it ended), then what it found changed
 * against the site's previous DONE job, sent only when that is something.
 */
public enum WebhookEvent {
    JOB_ENDED("job.ended"), JOB_CHANGES("job.changes");

    private final String label;

    WebhookEvent(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<WebhookEvent> fromLabel(String label) {
        return Arrays.stream(values()).filter(e -> e.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(WebhookEvent::label).toList();
    }
}
