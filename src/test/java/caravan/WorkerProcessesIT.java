package caravan;

import static caravan.ServiceProcesses.freePort;
import static caravan.ServiceProcesses.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.demo.DemoCatalog;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * Real processes: an API and workers (the packaged jar, roles by configuration) share one
 * PostgreSQL and one Redis. Workers are killed or stopped in the middle of a crawl and the job must
 * still end with every product stored exactly once; together they must respect a site's limits.
 */
class WorkerProcessesIT {

    private static final int PRODUCTS = 2000;
    private static final String API_KEY = "worker-processes-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Routes that take work or run timers for workers (caravan.worker.enabled). */
    private static final List<String> WORKER_ROUTES =
            List.of("task-dispatch", "frontier-recovery", "outbox-reconciler", "worker-heartbeat", "discover", "listing",
                    "product", "fetch-page", "webhook", "dead-letter", "job-completion");

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static DemoShopServer shop;
    private ServiceProcesses processes;

    @BeforeAll
    static void startServers() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        // product pages take a little while, so a worker always has fetches in flight when killed
        shop = new DemoShopServer(DemoCatalog.generate(PRODUCTS), "127.0.0.1", 0, 0, 30);
        shop.start();
    }

    @BeforeEach
    void newProcesses() {
        processes = new ServiceProcesses(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port(),
                "--caravan.fetch.per-host.requests-per-second=1000",
                "--caravan.fetch.per-host.max-concurrent=16",
                "--caravan.worker.concurrency=8",
                "--caravan.queue.lease-seconds=5",
                "--caravan.queue.idle-wait-millis=200",
                "--caravan.security.require-api-key=true",
                "--caravan.security.api-key=" + API_KEY));
    }

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @AfterAll
    static void stopAll() throws IOException {
        shop.stop();
        redis.stop();
        postgres.close();
    }

    @Test
    void anApiProcessCarriesNoWorkerRouteAndAWorkerAllOfThem() throws Exception {
        int apiPort = freePort();
        int workerPort = freePort();
        processes.start("roles-api", apiPort, "--caravan.worker.enabled=false");
        processes.start("roles-worker", workerPort);

        // not merely stopped: absent, so Hawtio offers no worker route to start in an API process
        assertThat(routeIds(apiPort)).doesNotContainAnyElementsOf(WORKER_ROUTES).contains("submit-job", "offer-tasks");
        assertThat(routeIds(workerPort)).containsAll(WORKER_ROUTES);
    }

    /** The Camel routes a process has, as Hawtio reads them over Jolokia. */
    private static List<String> routeIds(int port) throws IOException {
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/jolokia/read/org.apache.camel:type=routes,*/RouteId"))
                .header("X-API-Key", API_KEY).build();
        JsonNode routes = JSON.readTree(send(read).body()).get("value");
        assertThat(routes).as("Jolokia's answer on port %d", port).isNotNull();
        return routes.findValuesAsText("RouteId");
    }

    @Test
    void aWorkerKilledMidCrawlLosesNothingAndDuplicatesNothing() throws Exception {
        int apiPort = freePort();
        processes.start("api", apiPort, "--caravan.worker.enabled=false");
        Process doomed = processes.start("worker-1", freePort());
        URI jobUri = submitQuarterDone(apiPort);
        long heldByTheDoomed = leasedTasks();
        assertThat(heldByTheDoomed).as("the only worker holds leased tasks").isPositive();

        doomed.destroyForcibly().waitFor();
        processes.start("worker-2", freePort());

        // the survivor can only finish the job by re-running the tasks the dead worker held
        assertEveryProductStoredOnce(jobUri);
    }

    @Test
    void aStoppedWorkerHandsBackItsTasksAndARestartedOneFinishesTheJob() throws Exception {
        int apiPort = freePort();
        processes.start("api", apiPort, "--caravan.worker.enabled=false");
        // no grace at all: whatever is in flight at SIGTERM must be handed back, not left to lease expiry
        Process stopping = processes.start("worker-stopping", freePort(), "--caravan.worker.shutdown-grace-millis=0",
                "--logging.level.routes.queue=INFO");
        URI jobUri = submitQuarterDone(apiPort);

        stopping.destroy(); // SIGTERM

        assertThat(stopping.waitFor(30, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        assertThat(leasedTasks()).as("no task left leased").isZero();
        assertThat(job(jobUri).get("status").asText()).isEqualTo("RUNNING");
        processes.start("worker-restarted", freePort());
        assertEveryProductStoredOnce(jobUri);
    }

    @Test
    void twoWorkersTogetherNeverExceedTheSiteRateLimit() throws Exception {
        DemoShopServer limited = new DemoShopServer(DemoCatalog.generate(200), "127.0.0.1", 0, 0);
        limited.start();
        try {
            int apiPort = freePort();
            String[] slow = {"--caravan.fetch.per-host.requests-per-second=10",
                    "--caravan.fetch.allowed-hosts=127.0.0.1:" + limited.port()};
            processes.start("rate-api", apiPort, "--caravan.worker.enabled=false", slow[1]);
            processes.start("rate-worker-1", freePort(), slow);
            processes.start("rate-worker-2", freePort(), slow);
            HttpRequest submission = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                    .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + limited.baseUrl() + "/\", \"maxPages\": 100}"))
                    .build();
            URI jobUri = URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/"
                    + JSON.readTree(send(submission).body()).get("id").asLong());

            JsonNode job = await().atMost(Duration.ofSeconds(90)).until(() -> job(jobUri),
                    j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));

            assertThat(job.get("status").asText()).isEqualTo("DONE");
            // every request counted, robots.txt included, as the site receives them
            assertThat(limited.busiestSecond()).isLessThanOrEqualTo(10);
        } finally {
            limited.stop();
        }
    }

    @Test
    void twoWorkersTogetherNeverExceedTheSiteConcurrencyLimit() throws Exception {
        DemoShopServer limited = new DemoShopServer(DemoCatalog.generate(150), "127.0.0.1", 0, 0, 50);
        limited.start();
        try {
            int apiPort = freePort();
            String[] twoAtOnce = {"--caravan.fetch.per-host.max-concurrent=2",
                    "--caravan.fetch.allowed-hosts=127.0.0.1:" + limited.port()};
            processes.start("concurrency-api", apiPort, "--caravan.worker.enabled=false", twoAtOnce[1]);
            processes.start("concurrency-worker-1", freePort(), twoAtOnce);
            processes.start("concurrency-worker-2", freePort(), twoAtOnce);
            HttpRequest submission = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                    .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + limited.baseUrl() + "/\"}"))
                    .build();
            URI jobUri = URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/"
                    + JSON.readTree(send(submission).body()).get("id").asLong());

            JsonNode job = await().atMost(Duration.ofSeconds(120)).until(() -> job(jobUri),
                    j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));

            assertThat(job.get("status").asText()).isEqualTo("DONE");
            assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(150);
            // robots.txt included: it waits for the host's slots like every other request
            assertThat(limited.mostInFlight()).isLessThanOrEqualTo(2);
        } finally {
            limited.stop();
        }
    }

    @Test
    void aWorkerKilledWhileHoldingAHostsSlotsFreesThemWithinTheLease() throws Exception {
        // product pages answer after 8 s: the worker is killed with both of the host's slots in use
        DemoShopServer slow = new DemoShopServer(DemoCatalog.generate(6), "127.0.0.1", 0, 0, 8_000);
        slow.start();
        try {
            int apiPort = freePort();
            String host = "127.0.0.1:" + slow.port();
            String[] twoAtOnce = {"--caravan.fetch.per-host.max-concurrent=2", "--caravan.fetch.read-timeout=20s",
                    "--caravan.fetch.allowed-hosts=" + host};
            processes.start("slots-api", apiPort, "--caravan.worker.enabled=false", twoAtOnce[2]);
            Process doomed = processes.start("slots-worker-1", freePort(), twoAtOnce);
            HttpRequest submission = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                    .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + slow.baseUrl() + "/\"}"))
                    .build();
            URI jobUri = URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/"
                    + JSON.readTree(send(submission).body()).get("id").asLong());
            await().atMost(Duration.ofSeconds(120)).until(() -> liveSlots(host) == 2);

            doomed.destroyForcibly().waitFor();
            long killed = System.nanoTime();

            // lease-seconds is 5 here: the dead worker's slots stop being kept alive and expire
            await().atMost(Duration.ofSeconds(5 + 2)).until(() -> liveSlots(host) == 0);
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThanOrEqualTo(Duration.ofSeconds(5 + 2));
            processes.start("slots-worker-2", freePort(), twoAtOnce);
            JsonNode job = await().atMost(Duration.ofSeconds(180)).until(() -> job(jobUri),
                    j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
            assertThat(job.get("status").asText()).isEqualTo("DONE");
            assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(6);
            assertThat(slow.mostInFlight()).isLessThanOrEqualTo(2);
        } finally {
            slow.stop();
        }
    }

    /** Request slots of the host held now (not yet expired), as every worker process sees them in Redis. */
    private static long liveSlots(String host) {
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.ports().get(0));
             var connection = client.connect()) {
            var redisNow = connection.sync().time();
            long nowMillis = Long.parseLong(redisNow.get(0)) * 1000 + Long.parseLong(redisNow.get(1)) / 1000;
            return connection.sync().zcount("caravan:inflight:" + host,
                    Range.create(nowMillis, Double.POSITIVE_INFINITY));
        }
    }

    /** Submits a crawl of the shop and returns its URI once a quarter of the products are stored. */
    private static URI submitQuarterDone(int apiPort) throws IOException {
        HttpRequest.Builder submission = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + shop.baseUrl() + "/\"}"));
        assertThat(send(submission.build()).statusCode()).as("no API key").isEqualTo(401);
        long id = JSON.readTree(send(submission.header("X-API-Key", API_KEY).build()).body()).get("id").asLong();
        URI jobUri = URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/" + id);
        await().atMost(Duration.ofSeconds(120)).until(() -> job(jobUri).at("/counts/productsStored").asInt() >= PRODUCTS / 4);
        return jobUri;
    }

    private static void assertEveryProductStoredOnce(URI jobUri) throws Exception {
        JsonNode job = await().atMost(Duration.ofSeconds(180)).until(() -> job(jobUri),
                j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(PRODUCTS);
        assertThat(job.at("/counts/failedTasks").asInt()).isZero();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     SELECT count(*), count(DISTINCT p.url) FROM crawl_task t JOIN product p ON p.id = t.product_id
                     WHERE t.job_id = %d""".formatted(job.get("id").asLong()))) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(PRODUCTS);
            assertThat(rows.getInt(2)).isEqualTo(PRODUCTS);
        }
    }

    private static long leasedTasks() {
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.ports().get(0));
             var connection = client.connect()) {
            return connection.sync().zcard("caravan:crawl:leases");
        }
    }

    private static JsonNode job(URI uri) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(uri).build()).body());
    }
}
