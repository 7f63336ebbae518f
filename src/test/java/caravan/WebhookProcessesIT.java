package caravan;

import static caravan.ServiceProcesses.freePort;
import static caravan.ServiceProcesses.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.demo.DemoCatalog;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * A webhook is never lost with the worker delivering it: real processes (the packaged jar) share
 * one PostgreSQL and one Redis; the worker is killed (-9) while the receiver holds its delivery
 * open, and another worker delivers it. Delivery is at least once: the receiver is told twice, with
 * one delivery id, which is how it dedupes.
 */
class WebhookProcessesIT {

    private static final String SECRET = "webhook-processes-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static DemoShopServer shop;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        shop = new DemoShopServer(DemoCatalog.generate(10), "127.0.0.1", 0, 0);
        shop.start();
        receiver = new WebhookReceiver(freePort(), SECRET);
    }

    @AfterAll
    static void stopAll() throws IOException {
        receiver.close();
        shop.stop();
        redis.stop();
        postgres.close();
    }

    @Test
    void aWorkerKilledMidDeliveryLeavesTheWebhookToAnotherWhichDeliversItOnceMoreWithTheSameDeliveryId() throws Exception {
        // each event's first request is held open, unanswered: the worker is still delivering when killed
        receiver.answer("/hook", attempt -> attempt == 1 ? WebhookReceiver.HOLD : 200);
        try (ServiceProcesses processes = new ServiceProcesses(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port() + "," + URI.create(receiver.url("/")).getAuthority(),
                // longer than the test holds the request: the first worker never gives up on it by itself
                "--caravan.fetch.read-timeout=120s",
                "--caravan.queue.lease-seconds=5",
                "--caravan.queue.idle-wait-millis=200"))) {
            int apiPort = freePort();
            processes.start("webhook-api", apiPort, "--caravan.worker.enabled=false");
            Process doomed = processes.start("webhook-worker-1", freePort());
            List<Long> jobs = List.of(submit(apiPort, 1), submit(apiPort, 2));
            await().atMost(Duration.ofSeconds(120)).until(() -> receiver.received().size() == 2);

            doomed.destroyForcibly().waitFor();
            processes.start("webhook-worker-2", freePort());

            for (long id : jobs) {
                await().atMost(Duration.ofSeconds(120)).until(() -> attempts(apiPort, id).findValuesAsText("statusCode").contains("200"));
                List<WebhookReceiver.Delivery> told = receiver.receivedFor(id);
                assertThat(told).as("job %d: the held request, then the second worker's", id).hasSize(2)
                        .allSatisfy(d -> assertThat(d.verified()).isTrue());
                assertThat(told).extracting(WebhookReceiver.Delivery::deliveryId).as("one delivery per ended job")
                        .containsOnly("job-" + id + "-ended");
                assertThat(told.get(1).body().at("/job/status").asText()).isEqualTo("DONE");
                // the killed worker's attempt never got to its log line: only the one that was answered is there
                assertThat(attempts(apiPort, id).findValuesAsText("statusCode")).containsExactly("200");
            }
        }
    }

    private static long submit(int apiPort, int product) throws IOException {
        String body = "{\"url\": \"" + shop.baseUrl() + shop.catalog().product(product).orElseThrow().urlPath()
                + "\", \"type\": \"product\", \"webhook\": {\"url\": \"" + receiver.url("/hook") + "\", \"secret\": \""
                + SECRET + "\"}}";
        HttpRequest submission = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(send(submission).body()).get("id").asLong();
    }

    private static JsonNode attempts(int apiPort, long jobId) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/" + jobId
                + "/webhooks")).build()).body()).get("items");
    }
}
