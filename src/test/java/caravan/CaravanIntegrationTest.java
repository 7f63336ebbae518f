package caravan;

import static org.awaitility.Awaitility.await;

import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import routes.queue.RedisTaskQueue;

/**
 * The whole service as it runs: embedded PostgreSQL and Redis, the demo shop on loopback and the
 * API on a random port. Every integration test extends this one, so they share one context.
 */
@CamelSpringBootTest
// Camel's JMX beans on, as in production (the test support turns them off): Hawtio shows routes through them
@DisableJmx(false)
@SpringBootTest(classes = CaravanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "caravan.demo-shop.products=300",
                // every 50th product page always answers 503: exercises retries and the dead letter
                "caravan.demo-shop.failing-every=50",
                "caravan.retry.initial-delay-millis=50",
                "caravan.retry.max-delay-millis=400",
                "caravan.queue.idle-wait-millis=200",
                "caravan.queue.recovery-check-millis=500",
                "caravan.queue.outbox-grace=500ms",
                "caravan.queue.outbox-check-millis=200",
                "caravan.fetch.read-timeout=1s",
                "caravan.fetch.max-body-size=1MB",
                "caravan.fetch.circuit-breaker.open-for=1s",
                "caravan.worker.heartbeat-millis=200",
                "caravan.metrics.shared-state-refresh=100ms",
                // the fallback poll is slow: events reach the streams through Redis pub/sub (JobEventNotificationsIT)
                "caravan.events.poll-interval=5s",
                "caravan.events.progress-interval=300ms"
        })
// metrics export (/actuator/prometheus) is off in tests unless asked for
@AutoConfigureObservability
public abstract class CaravanIntegrationTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SHOP_PORT = ServiceProcesses.freePort();
    /** A second loopback site's port, allowed too, for tests that bring their own site. */
    protected static final int SPARE_SITE_PORT = ServiceProcesses.freePort();
    /** Loopback addresses allowed on any port, one per platform fixture shop (caravan.shops). */
    protected static final List<String> FIXTURE_SHOP_HOSTS = IntStream.rangeClosed(11, 20).mapToObj(n -> "127.0.0." + n).toList();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected RedisTaskQueue queue;
    @Value("${caravan.queue.name}")
    protected String queueName;
    @Autowired
    protected DemoShopServer shop;

    @DynamicPropertySource
    static void shopPort(DynamicPropertyRegistry registry) {
        registry.add("caravan.demo-shop.port", () -> SHOP_PORT);
        registry.add("caravan.fetch.allowed-hosts", () -> "127.0.0.1:" + SHOP_PORT + ",127.0.0.1:" + SPARE_SITE_PORT
                + "," + String.join(",", FIXTURE_SHOP_HOSTS));
    }

    protected HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** GET asking for JSON, for endpoints that otherwise answer another way (the event stream). */
    protected HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
    }

    protected HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Submits a job and returns its id. */
    protected long submit(String body) {
        HttpResponse<String> response = post("/api/jobs", body, Map.of());
        if (response.statusCode() != 202) {
            throw new AssertionError("submission refused: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("id").asLong();
    }

    protected int jobCount() {
        return jdbc.queryForObject("SELECT count(*) FROM crawl_job", Integer.class);
    }

    protected JsonNode awaitJobEnded(long id, Duration atMost) {
        await().atMost(atMost).until(() -> !json(get("/api/jobs/" + id)).get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
        return json(get("/api/jobs/" + id));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
