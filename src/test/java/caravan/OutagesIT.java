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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.util.FileSystemUtils;
import redis.embedded.RedisServer;

/**
 * PostgreSQL or Redis stops in the middle of a 2,000-product crawl, for longer than every client
 * timeout, retry and lease, and comes back with its data: the job still ends DONE with every
 * product and nothing dead-lettered. Each outage has its own servers, shop and service process, so
 * the three run at once (the class's tests are concurrent) and the suite waits out the longest only.
 * Outage lengths: caravan.outage.seconds.* system properties, for trying others.
 */
@Execution(ExecutionMode.CONCURRENT)
class OutagesIT {

    private static final int PRODUCTS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aJobOutlivesRedisStoppedFor90Seconds() throws Exception {
        try (Stack stack = new Stack("redis-90s")) {
            stack.crawlThrough(stack::stopRedis, Duration.ofSeconds(Long.getLong("caravan.outage.seconds.redis-short", 90)),
                    stack::startRedis);
        }
    }

    @Test
    void aJobOutlivesRedisStoppedFor5Minutes() throws Exception {
        try (Stack stack = new Stack("redis-5min")) {
            stack.crawlThrough(stack::stopRedis, Duration.ofSeconds(Long.getLong("caravan.outage.seconds.redis-long", 300)),
                    stack::startRedis);
        }
    }

    @Test
    void aJobOutlivesPostgresStoppedFor90Seconds() throws Exception {
        try (Stack stack = new Stack("postgres-90s")) {
            stack.crawlThrough(() -> {
                stack.stopPostgres();
                // for the whole outage: health DOWN and submissions refused with 503, not lost as 500s
                await().atMost(Duration.ofSeconds(60)).until(() -> status(stack.port, "/actuator/health") == 503);
                HttpResponse<String> refused = stack.submit();
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("unavailable");
            }, Duration.ofSeconds(Long.getLong("caravan.outage.seconds.postgres", 90)), stack::startPostgres);
            assertThat(status(stack.port, "/actuator/health")).isEqualTo(200);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /** One outage's own PostgreSQL, Redis (persisting to disk, as in production), shop and service process. */
    private static final class Stack implements AutoCloseable {

        private final String name;
        private final Path dataDir;
        private final int postgresPort = freePort();
        private final int redisPort = freePort();
        private final int port = freePort();
        private final DemoShopServer shop;
        private ServiceProcesses processes;
        private EmbeddedPostgres postgres;
        private RedisServer redis;
        private boolean shopStarted;

        Stack(String name) throws IOException {
            this.name = name;
            this.dataDir = Files.createTempDirectory("caravan-outage-" + name);
            shop = new DemoShopServer(DemoCatalog.generate(PRODUCTS), "127.0.0.1", 0, 0, 20);
            try {
                startPostgres();
                startRedis();
                shop.start();
                shopStarted = true;
                processes = new ServiceProcesses(List.of(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.data.redis.url=redis://127.0.0.1:" + redisPort,
                        "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port(),
                        "--caravan.fetch.per-host.requests-per-second=1000",
                        // a shorter lease only shortens the wait after the outage; the outage outlasts it either way
                        "--caravan.queue.lease-seconds=20"));
                processes.start(name, port);
            } catch (IOException | RuntimeException | AssertionError e) {
                close();
                throw e;
            }
        }

        /** Submits the crawl, runs the outage once it is under way, and checks the job ends whole. */
        void crawlThrough(Step stop, Duration outage, Step restart) throws Exception {
            HttpResponse<String> accepted = submit();
            assertThat(accepted.statusCode()).isEqualTo(202);
            long id = JSON.readTree(accepted.body()).get("id").asLong();
            URI jobUri = URI.create("http://127.0.0.1:" + port + "/api/jobs/" + id);
            await().atMost(Duration.ofSeconds(120)).until(() -> job(jobUri).at("/counts/productsStored").asInt() >= 200);

            stop.run();
            // not a sleep standing in for a condition: the outage itself lasts this long
            Thread.sleep(outage.toMillis());
            restart.run();

            JsonNode job = await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> job(jobUri),
                            j -> j.get("status").isTextual() && !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));
            assertThat(job.get("status").asText()).as(name).isEqualTo("DONE");
            assertThat(job.at("/counts/productsStored").asInt()).as(name).isEqualTo(PRODUCTS);
            assertThat(job.at("/counts/failedTasks").asInt()).as(name).isZero();
            JsonNode deadLetters = JSON.readTree(send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/dead-letters?jobId=" + id)).build()).body());
            assertThat(deadLetters.get("items")).as(name + ": dead letters").isEmpty();
        }

        HttpResponse<String> submit() throws IOException {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + shop.baseUrl() + "/\"}")).build());
        }

        void startPostgres() throws IOException {
            postgres = EmbeddedPostgres.builder().setPort(postgresPort)
                    .setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false).start();
        }

        void stopPostgres() throws IOException {
            postgres.close();
        }

        void startRedis() throws IOException {
            redis = RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort)
                    .setting("dir " + dataDir).setting("appendonly yes").setting("appendfsync everysec")
                    .setting("save \"\"").build();
            redis.start();
        }

        void stopRedis() throws IOException {
            redis.stop();
        }

        private static JsonNode job(URI uri) throws IOException {
            return JSON.readTree(send(HttpRequest.newBuilder(uri).build()).body());
        }

        @Override
        public void close() throws IOException {
            if (processes != null) {
                processes.close();
            }
            if (shopStarted) {
                shop.stop();
            }
            if (redis != null) {
                redis.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
