package caravan;

import static caravan.ServiceProcesses.freePort;
import static caravan.ServiceProcesses.send;
import static caravan.ServiceProcesses.status;
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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * PostgreSQL goes away for 20 seconds in the middle of a crawl (every connection dropped, new ones
 * refused): the API answers 503, health says DOWN, workers back off, and once the database is back
 * the job completes with nothing lost.
 */
class DatabaseOutageIT {

    private static final int PRODUCTS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static TcpProxy database;
    private static RedisServer redis;
    private static DemoShopServer shop;
    private static ServiceProcesses processes;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        database = new TcpProxy(freePort(), postgres.getPort());
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        shop = new DemoShopServer(DemoCatalog.generate(PRODUCTS), "127.0.0.1", 0, 0, 20);
        shop.start();
        processes = new ServiceProcesses(List.of(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port(),
                "--caravan.fetch.per-host.requests-per-second=1000",
                "--caravan.queue.lease-seconds=10",
                "--caravan.retry.initial-delay-millis=1000"));
    }

    @AfterAll
    static void stopAll() throws IOException {
        processes.close();
        shop.stop();
        redis.stop();
        database.close();
        postgres.close();
    }

    @Test
    void aJobOutlivesAPostgresOutage() throws Exception {
        int port = freePort();
        processes.start("all", port);
        long id = JSON.readTree(submit(port).body()).get("id").asLong();
        URI jobUri = URI.create("http://127.0.0.1:" + port + "/api/jobs/" + id);
        await().atMost(Duration.ofSeconds(60)).until(() -> job(jobUri).at("/counts/productsStored").asInt() >= 100);

        database.cut();
        // for the whole outage: health is DOWN and submissions are refused with 503, not lost as 500s
        await().atMost(Duration.ofSeconds(40)).during(Duration.ofSeconds(20))
                .until(() -> status(port, "/actuator/health") == 503);
        HttpResponse<String> refused = submit(port);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("unavailable");
        database.restore();

        // (right after the restore the API may still answer 503 while its pool reconnects)
        JsonNode job = await().atMost(Duration.ofSeconds(120)).until(() -> job(jobUri),
                j -> j.get("status").isTextual() && !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(PRODUCTS);
        assertThat(job.at("/counts/failedTasks").asInt()).isZero();
        assertThat(status(port, "/actuator/health")).isEqualTo(200);
    }

    private static HttpResponse<String> submit(int port) throws IOException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + shop.baseUrl() + "/\"}")).build());
    }

    private static JsonNode job(URI uri) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(uri).build()).body());
    }
}
