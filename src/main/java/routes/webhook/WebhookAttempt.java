package routes.webhook;

import java.time.Instant;

/**
 * One attempt to deliver a webhook event, as GET /api/jobs/{id}/webhooks lists it: the receiver's
 * status code, or the error when it gave none (timeout, refused connection or address).
 */
public record WebhookAttempt(long id, long taskId, int attempt, String event, String deliveryId, Integer statusCode,
                             String error, long durationMs, Instant attemptedAt) {
}
