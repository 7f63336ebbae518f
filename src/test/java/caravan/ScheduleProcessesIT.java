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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.embedded.RedisServer;

/**
 * Schedules fired by two real processes of the packaged jar sharing one PostgreSQL and one Redis:
 * every fire time fires once, and a fire missed while no process ran fires once when they start.
 * The processes allow intervals of a second (caravan.schedules.min-interval) to see many fire times
 * in a few seconds.
 */
class ScheduleProcessesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "schedule-processes-test-key";

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static DemoShopServer shop;
    private static JdbcTemplate jdbc;
    private static ServiceProcesses processes;
    private static int apiPort;
    /** A schedule that was due five hours before the processes started, as if all had been down since. */
    private static long missedWhileDown;
    private static Instant firstMissed;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        shop = new DemoShopServer(DemoCatalog.generate(20), "127.0.0.1", 0, 0);
        shop.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        firstMissed = Instant.now().minus(Duration.ofHours(5)).minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        missedWhileDown = jdbc.queryForObject("""
                INSERT INTO schedule (name, job_request, site, interval_seconds, next_fire_at)
                VALUES ('missed', ?::jsonb, ?, 3600, ?) RETURNING id
                """, Long.class, productJob(), shop.baseUrl(), Timestamp.from(firstMissed));

        processes = new ServiceProcesses(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.fetch.allowed-hosts=127.0.0.1:" + shop.port(),
                "--caravan.schedules.min-interval=1s",
                "--caravan.schedules.poll-interval=300ms",
                "--caravan.retry.max-retries=0",
                "--caravan.queue.idle-wait-millis=200",
                "--caravan.security.api-key=" + API_KEY));
        apiPort = freePort();
        Process one = processes.launch("schedules-1", apiPort);
        int otherPort = freePort();
        Process other = processes.launch("schedules-2", otherPort);
        ServiceProcesses.awaitHealthy("schedules-1", one, apiPort);
        ServiceProcesses.awaitHealthy("schedules-2", other, otherPort);
    }

    @AfterAll
    static void stop() throws IOException {
        processes.close();
        shop.stop();
        redis.stop();
        postgres.close();
    }

    @Test
    void aFireMissedWhileNoProcessRanFiresOnceWhenTheyStart() {
        await().atMost(Duration.ofSeconds(30)).until(() -> fires(missedWhileDown).size() == 1);
        // and stays once, however many polls of both processes follow
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> fires(missedWhileDown).size() == 1);

        Map<String, Object> fire = fires(missedWhileDown).get(0);
        assertThat(((Timestamp) fire.get("fire_time")).toInstant()).as("the latest missed fire time")
                .isEqualTo(firstMissed.plus(Duration.ofHours(5)));
        assertThat(fire.get("outcome")).isEqualTo("started");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM crawl_job WHERE schedule_id = ?", Long.class, missedWhileDown))
                .isOne();
    }

    @Test
    void twoProcessesFireEachFireTimeOnceAndNeverRunTwoJobsOfTheSiteAtOnce() throws Exception {
        HttpRequest create = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/schedules"))
                .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"interval\": \"PT1S\", \"job\": " + productJob() + "}")).build();
        long schedulesBefore = jdbc.queryForObject("SELECT count(*) FROM schedule", Long.class);
        var withoutKey = send(HttpRequest.newBuilder(create.uri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"interval\": \"PT1S\", \"job\": " + productJob() + "}")).build());
        assertThat(withoutKey.statusCode()).as("a write without the API key").isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM schedule", Long.class)).isEqualTo(schedulesBefore);
        var created = send(create);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();

        await().atMost(Duration.ofSeconds(40)).until(() -> fires(id).stream().filter(f -> "started".equals(f.get("outcome"))).count() >= 8);
        jdbc.update("UPDATE schedule SET paused = true WHERE id = ?", id);

        List<Map<String, Object>> fires = fires(id);
        List<Instant> times = fires.stream().map(f -> ((Timestamp) f.get("fire_time")).toInstant()).toList();
        // one row per fire time by the key; the times are whole intervals apart: none fired twice under
        // two names, and a poll late by more than an interval fires the latest time, never a backlog
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i)).toMillis() % 1000).isZero();
            assertThat(times.get(i)).isAfter(times.get(i - 1));
        }
        List<Map<String, Object>> jobs = jdbc.queryForList("""
                SELECT id, created_at, finished_at FROM crawl_job WHERE schedule_id = ? ORDER BY id
                """, id);
        List<Object> startedJobs = fires.stream().filter(f -> "started".equals(f.get("outcome"))).map(f -> f.get("job_id")).toList();
        assertThat(startedJobs).as("one job per started fire")
                .containsExactlyInAnyOrderElementsOf(jobs.stream().map(job -> job.get("id")).toList());
        for (int i = 1; i < jobs.size(); i++) {
            Timestamp previousEnd = (Timestamp) jobs.get(i - 1).get("finished_at");
            assertThat(previousEnd).as("job %s ended before the next started", jobs.get(i - 1).get("id")).isNotNull();
            assertThat(((Timestamp) jobs.get(i).get("created_at")).toInstant()).isAfterOrEqualTo(previousEnd.toInstant());
        }
        JsonNode shown = JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort
                + "/api/schedules/" + id)).build()).body());
        assertThat(shown.get("fires").size()).isEqualTo(Math.min(20, fires.size()));
    }

    private static List<Map<String, Object>> fires(long scheduleId) {
        return jdbc.queryForList("SELECT fire_time, outcome, job_id FROM schedule_fire WHERE schedule_id = ? ORDER BY fire_time",
                scheduleId);
    }

    /** One product page: a job that ends within a second, so the next fire time can start the next one. */
    private static String productJob() {
        return "{\"url\": \"" + shop.baseUrl() + shop.catalog().products().get(0).urlPath() + "\", \"type\": \"product\"}";
    }
}
