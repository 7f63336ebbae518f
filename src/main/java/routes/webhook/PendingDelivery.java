package routes.webhook;

import java.util.List;
import routes.model.CrawlTask;
import routes.model.WebhookEvent;
import routes.store.JobView;

/**
 * A webhook task's work as it stands: the ended job, the events still to deliver (in order) and
 * which of the job's ends this is (1 for its first; a job run again after a replay ends again).
 */
public record PendingDelivery(CrawlTask task, JobView job, String secret, List<WebhookEvent> events, int end) {

    /**
     * What the receiver sees as X-Caravan-Delivery and the event's id: the same on every attempt
     * of one event, so a receiver told twice (delivery is at least once) can tell. "job-12-ended"
     * and "job-12-changes", then "job-12-ended-2" for the job's second end.
     */
    public String deliveryId(WebhookEvent event) {
        String name = event.label().substring(event.label().indexOf('.') + 1);
        return "job-" + job.id() + "-" + name + (end > 1 ? "-" + end : "");
    }

    /** Without the secret. */
    @Override
    public String toString() {
        return "PendingDelivery[task=" + task.id() + ", job=" + job.id() + ", events=" + events + ", end=" + end + "]";
    }
}
