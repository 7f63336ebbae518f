package caravan;

import static caravan.ServiceProcesses.freePort;
import static caravan.ServiceProcesses.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.demo.DemoCatalog;
import caravan.demo.DemoProduct;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * Real processes: one API and two workers (the packaged jar, roles by configuration) share one
 * PostgreSQL and one Redis. One worker is killed with SIGKILL in the middle of a crawl; the job
 * must still end with every product stored exactly once.
 */
class WorkerCrashIT {

    private static final int PRODUCTS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static DemoShopServer shop;
    private static ServiceProcesses processes;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        // product pages take a little while, so a worker always has fetches in flight when killed
        shop = new DemoShopServer(DemoCatalog.generate(PRODUCTS), "127.0.0.1", 0, 0, 30);
        shop.start();
        processes = new ServiceProcesses(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port(),
                "--caravan.fetch.per-host.requests-per-second=1000",
                "--caravan.fetch.per-host.max-concurrent=16",
                "--caravan.worker.concurrency=8",
                "--caravan.queue.lease-seconds=5",
                "--caravan.queue.idle-wait-millis=200"));
    }

    @AfterAll
    static void stopAll() throws IOException {
        processes.close();
        shop.stop();
        redis.stop();
        postgres.close();
    }

    @Test
    void aWorkerKilledMidCrawlLosesNothingAndDuplicatesNothing() throws Exception {
        int apiPort = freePort();
        processes.start("api", apiPort, "--caravan.worker.enabled=false");
        Process doomed = processes.start("worker-1", freePort());
        processes.start("worker-2", freePort());

        long id = JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + shop.baseUrl() + "/\"}")).build()).body())
                .get("id").asLong();
        URI jobUri = URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/" + id);
        await().atMost(Duration.ofSeconds(120)).until(() -> job(jobUri).at("/counts/productsStored").asInt() >= PRODUCTS / 4);

        doomed.destroyForcibly().waitFor();

        JsonNode job = await().atMost(Duration.ofSeconds(180)).until(() -> job(jobUri),
                j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(PRODUCTS);
        assertThat(job.at("/counts/failedTasks").asInt()).isZero();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT count(*), count(DISTINCT url) FROM product WHERE site = '" + shop.baseUrl() + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(PRODUCTS);
            assertThat(rows.getInt(2)).isEqualTo(PRODUCTS);
        }
        // the killed worker's fetches in flight were fetched again by the survivor once their leases ran out
        long refetched = shop.catalog().products().stream().map(DemoProduct::urlPath)
                .filter(path -> shop.requestCount(path) > 1).count();
        assertThat(refetched).isPositive();
    }

    private static JsonNode job(URI uri) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(uri).build()).body());
    }
}
