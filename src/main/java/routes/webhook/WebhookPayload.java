package routes.webhook;

import java.time.Instant;
import routes.store.JobView;

/**
 * The JSON a webhook receives: the event's id (= X-Caravan-Delivery, the same on every attempt),
 * its name, when it happened (the job's end), and the job as GET /api/jobs/{id} shows it then:
 * for job.changes, its changes' counts (the list is at GET /api/jobs/{id}/changes, links.changes).
 */
public record WebhookPayload(String id, String event, Instant createdAt, JobView job) {
}
