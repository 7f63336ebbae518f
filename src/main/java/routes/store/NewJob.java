package routes.store;

import java.util.List;
import java.util.Map;
import routes.model.JobType;
import routes.model.WebhookEvent;
import routes.queue.Priority;

/**
 * A validated job submission, ready to be stored.
 *
 * @param profile the site profile the job names, or null to detect it on the first page
 * @param webhook where to announce the job's end, or null for nowhere
 */
public record NewJob(String url, JobType type, Priority priority, int maxPages,
                     List<String> categories, Map<String, String> selectors, String profile, Webhook webhook) {

    /** The callback a job's events are POSTed to, signed with the secret (HMAC-SHA256). */
    public record Webhook(String url, String secret, List<WebhookEvent> events) {

        /** Without the secret: submissions end up in log lines and failure messages. */
        @Override
        public String toString() {
            return "Webhook[url=" + url + ", events=" + events + "]";
        }
    }
}
