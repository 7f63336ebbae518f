package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.demo.DemoCatalog;
import caravan.demo.DemoProduct;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    private static final int LEASE_SECONDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static DemoShopServer shop;
    private static final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void startServers() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        // product pages take a little while, so a worker always has fetches in flight when killed
        shop = new DemoShopServer(DemoCatalog.generate(PRODUCTS), "127.0.0.1", 0, 0, 30);
        shop.start();
    }

    @AfterAll
    static void stopAll() throws IOException {
        processes.forEach(Process::destroyForcibly);
        shop.stop();
        redis.stop();
        postgres.close();
    }

    @Test
    void aWorkerKilledMidCrawlLosesNothingAndDuplicatesNothing() throws Exception {
        int apiPort = freePort();
        int[] workerPorts = {freePort(), freePort()};
        start("api", apiPort, false);
        Process doomed = start("worker-1", workerPorts[0], true);
        start("worker-2", workerPorts[1], true);
        for (int port : new int[] {apiPort, workerPorts[0], workerPorts[1]}) {
            await().atMost(Duration.ofSeconds(120)).until(() -> status("http://127.0.0.1:" + port + "/actuator/health") == 200);
        }

        long id = JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + shop.baseUrl() + "/\"}")).build()).body())
                .get("id").asLong();
        String jobUrl = "http://127.0.0.1:" + apiPort + "/api/jobs/" + id;
        await().atMost(Duration.ofSeconds(120)).until(() -> job(jobUrl).at("/counts/productsStored").asInt() >= PRODUCTS / 4);

        doomed.destroyForcibly().waitFor();

        JsonNode job = await().atMost(Duration.ofSeconds(180)).until(() -> job(jobUrl),
                j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(PRODUCTS);
        assertThat(job.at("/counts/failedTasks").asInt()).isZero();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var rows = connection.createStatement().executeQuery(
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

    private static Process start(String name, int port, boolean worker) throws IOException {
        Path log = Path.of("target", "worker-crash-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-jar", jar().toString(),
                "--server.port=" + port,
                "--caravan.embedded.enabled=false",
                "--caravan.demo-shop.enabled=false",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port(),
                "--caravan.fetch.per-host.requests-per-second=1000",
                "--caravan.fetch.per-host.max-concurrent=16",
                "--caravan.worker.enabled=" + worker,
                "--caravan.worker.concurrency=8",
                "--caravan.queue.lease-seconds=" + LEASE_SECONDS,
                "--caravan.queue.idle-wait-millis=200",
                "--logging.level.root=WARN"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static Path jar() {
        File jar = new File("target/caravan.jar");
        assertThat(jar).as("the packaged jar (mvn verify builds it before integration tests)").exists();
        return jar.toPath();
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static JsonNode job(String url) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).build()).body());
    }

    private static int status(String url) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).build()).statusCode();
        } catch (IOException notUpYet) {
            return -1;
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
