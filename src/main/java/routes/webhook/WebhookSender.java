package routes.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import routes.fetch.FetchException;
import routes.fetch.FetchProperties;
import routes.fetch.HostGuard;
import routes.fetch.PermanentFetchException;
import routes.fetch.TransientFetchException;
import routes.model.WebhookEvent;

/**
 * POSTs a webhook's events, each signed (X-Caravan-Signature, see {@link WebhookSignature}) and
 * logged, with the fetches' limits: the SSRF guard and allow-list on every attempt (a host may
 * resolve elsewhere by then), their connect and read timeouts, and no redirect followed, since a
 * receiver that moved must be named again, not be followed to wherever a 3xx points. A failure is
 * thrown as the fetches' are, so task-errors treats it alike: 408, 429, 5xx, timeouts and
 * connection errors are transient (retried with backoff), any other answer permanent (dead letter).
 */
@Component
public class WebhookSender {

    static final String EVENT_HEADER = "X-Caravan-Event";
    static final String DELIVERY_HEADER = "X-Caravan-Delivery";
    static final String TIMESTAMP_HEADER = "X-Caravan-Timestamp";
    static final String SIGNATURE_HEADER = "X-Caravan-Signature";

    private final HostGuard guard;
    private final ObjectMapper json;
    private final WebhookDeliveries deliveries;
    private final HttpClient client;
    private final Duration readTimeout;
    private final String userAgent;

    public WebhookSender(HostGuard guard, ObjectMapper json, WebhookDeliveries deliveries, FetchProperties fetch) {
        this.guard = guard;
        this.json = json;
        this.deliveries = deliveries;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(fetch.connectTimeout())
                .build();
        this.readTimeout = fetch.readTimeout();
        this.userAgent = fetch.userAgent();
    }

    /** Delivers the events in order; the first that fails stops the attempt (those before it were answered 2xx). */
    public void send(PendingDelivery delivery) {
        for (WebhookEvent event : delivery.events()) {
            post(delivery, event);
        }
    }

    private void post(PendingDelivery delivery, WebhookEvent event) {
        String url = delivery.task().url();
        String deliveryId = delivery.deliveryId(event);
        byte[] body = body(new WebhookPayload(deliveryId, event.label(), delivery.job().finishedAt(), delivery.job()));
        long started = System.nanoTime();
        Integer status = null;
        FetchException failure;
        try {
            guard.check(URI.create(url));
            status = request(url, event, deliveryId, delivery.secret(), body);
            failure = refusal(url, status);
        } catch (FetchException e) {
            failure = e;
        }
        deliveries.logAttempt(delivery, event, status, failure == null ? null : failure.getMessage(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        if (failure != null) {
            throw failure;
        }
    }

    private int request(String url, WebhookEvent event, String deliveryId, String secret, byte[] body) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Content-Type", "application/json")
                .header(EVENT_HEADER, event.label())
                .header(DELIVERY_HEADER, deliveryId)
                .header(TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // the answer's body says nothing Caravan needs: not read, however long it is
            response.body().close();
            return response.statusCode();
        } catch (HttpTimeoutException e) {
            throw new TransientFetchException(url, "webhook timed out after " + readTimeout.toMillis() + " ms: " + url, null, e);
        } catch (IOException e) {
            throw new TransientFetchException(url, "webhook unreachable: " + url + ": " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFetchException(url, "interrupted delivering to " + url, null, e);
        }
    }

    /** What a status says when it is no 2xx: the failure to throw, or null for delivered. */
    private static FetchException refusal(String url, int status) {
        if (status >= 200 && status < 300) {
            return null;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new TransientFetchException(url, "webhook answered " + status + ": " + url, null, null);
        }
        if (status >= 300 && status < 400) {
            return new PermanentFetchException(url, "webhook answered " + status + " (redirects are not followed): " + url);
        }
        return new PermanentFetchException(url, "webhook answered " + status + ": " + url);
    }

    private byte[] body(WebhookPayload payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook event", e);
        }
    }
}
