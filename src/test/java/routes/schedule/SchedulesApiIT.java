package routes.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import caravan.demo.DemoCatalog;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schedule endpoints over HTTP, and a due schedule fired by the running service's route. */
class SchedulesApiIT extends CaravanIntegrationTest {

    private static final String JOB = "\"job\": {\"url\": \"http://127.0.0.1:" + SPARE_SITE_PORT + "/\", \"maxPages\": 20}";

    @Test
    void aCronScheduleIsStoredWithItsJobAndNextFireTimes() {
        HttpResponse<String> created = post("/api/schedules",
                "{\"name\": \"nightly\", \"cron\": \"0 3 * * *\", \"timeZone\": \"Europe/Paris\", " + JOB + "}", Map.of());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode schedule = json(created);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/schedules/" + schedule.get("id").asLong());
        assertThat(schedule.get("name").asText()).isEqualTo("nightly");
        assertThat(schedule.get("cron").asText()).isEqualTo("0 3 * * *");
        assertThat(schedule.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(schedule.get("interval").isNull()).isTrue();
        assertThat(schedule.at("/job/maxPages").asInt()).isEqualTo(20);
        assertThat(schedule.get("site").asText()).isEqualTo("http://127.0.0.1:" + SPARE_SITE_PORT);
        assertThat(schedule.get("nextFireTimes")).hasSize(5);
        Instant first = Instant.parse(schedule.at("/nextFireTimes/0").asText());
        assertThat(first).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));
        assertThat(first.atZone(java.time.ZoneId.of("Europe/Paris")).getHour()).isEqualTo(3);

        JsonNode read = json(get("/api/schedules/" + schedule.get("id").asLong()));
        assertThat(read.get("fires")).isEmpty();
        assertThat(read.get("nextFireAt").asText()).isEqualTo(schedule.at("/nextFireTimes/0").asText());
        assertThat(json(get("/api/schedules?size=200")).get("items").findValuesAsText("id"))
                .contains(schedule.get("id").asText());
    }

    static Stream<Arguments> badSchedules() {
        return Stream.of(
                Arguments.of("bad cron", "{\"cron\": \"every day\", " + JOB + "}", "cron"),
                Arguments.of("six-field cron", "{\"cron\": \"0 0 3 * * *\", " + JOB + "}", "cron"),
                Arguments.of("cron out of range", "{\"cron\": \"0 25 * * *\", " + JOB + "}", "cron"),
                Arguments.of("unknown time zone", "{\"cron\": \"0 3 * * *\", \"timeZone\": \"Europe/Atlantis\", " + JOB + "}", "timeZone"),
                Arguments.of("time zone with an interval", "{\"interval\": \"PT1H\", \"timeZone\": \"UTC\", " + JOB + "}", "timeZone"),
                Arguments.of("interval under a minute", "{\"interval\": \"PT30S\", " + JOB + "}", "interval"),
                Arguments.of("interval not ISO", "{\"interval\": \"6 hours\", " + JOB + "}", "interval"),
                Arguments.of("cron and interval", "{\"cron\": \"0 3 * * *\", \"interval\": \"PT1H\", " + JOB + "}", "interval"),
                Arguments.of("neither cron nor interval", "{" + JOB + "}", "cron"),
                Arguments.of("no job", "{\"cron\": \"0 3 * * *\"}", "job"),
                Arguments.of("job not an object", "{\"cron\": \"0 3 * * *\", \"job\": \"http://example.com/\"}", "job"),
                Arguments.of("job without url", "{\"cron\": \"0 3 * * *\", \"job\": {\"maxPages\": 5}}", "job.url"),
                Arguments.of("bad job option", "{\"cron\": \"0 3 * * *\", \"job\": {\"url\": \"http://example.com/\", \"maxPages\": 0}}", "job.maxPages"),
                Arguments.of("unknown job option", "{\"cron\": \"0 3 * * *\", \"job\": {\"url\": \"http://example.com/\", \"depth\": 2}}", "job.depth"),
                Arguments.of("private job url", "{\"cron\": \"0 3 * * *\", \"job\": {\"url\": \"http://10.0.0.1/\"}}", "job.url"),
                Arguments.of("unknown field", "{\"cron\": \"0 3 * * *\", \"every\": \"day\", " + JOB + "}", "every"),
                Arguments.of("name not a string", "{\"name\": 7, \"cron\": \"0 3 * * *\", " + JOB + "}", "name"),
                Arguments.of("malformed JSON", "{\"cron\": ", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSchedules")
    void aBadScheduleIsRefusedNamingTheFieldAndStoresNothing(String name, String body, String field) {
        long before = schedules();

        HttpResponse<String> refused = post("/api/schedules", body, Map.of());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = json(refused);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("Bad Request");
        assertThat(error.path("field").isMissingNode() ? null : error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(schedules()).isEqualTo(before);
    }

    @Test
    void anUnknownScheduleIsA404AndABadIdA400() {
        assertThat(get("/api/schedules/999999").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/schedules/999999")).get("message").asText()).isEqualTo("no schedule with id 999999");
        assertThat(post("/api/schedules/999999/pause", "", Map.of()).statusCode()).isEqualTo(404);
        assertThat(post("/api/schedules/999999/resume", "", Map.of()).statusCode()).isEqualTo(404);
        assertThat(delete("/api/schedules/999999").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/schedules/abc")).get("field").asText()).isEqualTo("id");
    }

    @Test
    void aSchedulesWebhookSecretIsKeptForItsJobsButNeverShown() {
        String secret = "schedule-secret-" + System.nanoTime();
        String body = "{\"interval\": \"PT6H\", \"job\": {\"url\": \"http://127.0.0.1:" + SPARE_SITE_PORT + "/\", "
                + "\"webhook\": {\"url\": \"http://127.0.0.1:" + SPARE_SITE_PORT + "/hook\", \"secret\": \"" + secret + "\"}}}";
        HttpResponse<String> created = post("/api/schedules", body, Map.of());
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        HttpResponse<String> one = get("/api/schedules/" + id);
        HttpResponse<String> all = get("/api/schedules?size=100");

        assertThat(json(one).at("/job/webhook/url").asText()).endsWith("/hook");
        assertThat(List.of(created.body(), one.body(), all.body())).noneMatch(answer -> answer.contains(secret));
        assertThat(jdbc.queryForObject("SELECT job_request -> 'webhook' ->> 'secret' FROM schedule WHERE id = ?",
                String.class, id)).isEqualTo(secret);
    }

    @Test
    void pausingStopsTheNextFiresResumingRecomputesThemFromNowAndDeletingAnswers204() {
        long id = json(post("/api/schedules", "{\"interval\": \"PT6H\", " + JOB + "}", Map.of())).get("id").asLong();
        jdbc.update("UPDATE schedule SET next_fire_at = now() + interval '1 minute' WHERE id = ?", id);

        JsonNode paused = json(post("/api/schedules/" + id + "/pause", "", Map.of()));
        assertThat(paused.get("paused").asBoolean()).isTrue();
        assertThat(paused.get("nextFireTimes")).isEmpty();
        assertThat(paused.get("nextFireAt").isNull()).isTrue();

        JsonNode resumed = json(post("/api/schedules/" + id + "/resume", "", Map.of()));
        assertThat(resumed.get("paused").asBoolean()).isFalse();
        assertThat(Instant.parse(resumed.get("nextFireAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofHours(5))).isBefore(Instant.now().plus(Duration.ofHours(7)));
        assertThat(resumed.get("interval").asText()).isEqualTo("PT6H");

        assertThat(delete("/api/schedules/" + id).statusCode()).isEqualTo(204);
        assertThat(get("/api/schedules/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduleWhoseFiresWereMissedStartsOneJobThatRunsAndShowsItInItsFires() throws IOException {
        DemoShopServer site = new DemoShopServer(DemoCatalog.generate(10), "127.0.0.1", SPARE_SITE_PORT, 0);
        site.start();
        try {
            long id = json(post("/api/schedules", "{\"interval\": \"PT1H\", " + JOB + "}", Map.of())).get("id").asLong();
            // as if every process had been down for five hours
            jdbc.update("UPDATE schedule SET next_fire_at = now() - interval '5 hours 10 seconds' WHERE id = ?", id);

            JsonNode fired = await().atMost(Duration.ofSeconds(30)).until(() -> json(get("/api/schedules/" + id)),
                    schedule -> schedule.get("fires").size() == 1 && schedule.at("/fires/0/jobStatus").asText().equals("DONE"));

            assertThat(fired.at("/fires/0/outcome").asText()).isEqualTo("started");
            long job = fired.at("/fires/0/jobId").asLong();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM crawl_job WHERE schedule_id = ?", Long.class, id)).isOne();
            // its first task went to the queue after the commit, and workers took it from there
            assertThat(json(get("/api/jobs/" + job)).at("/counts/pagesFetched").asInt()).isPositive();
            assertThat(Instant.parse(fired.get("nextFireAt").asText())).isAfter(Instant.now());
        } finally {
            site.stop();
        }
    }

    private long schedules() {
        return jdbc.queryForObject("SELECT count(*) FROM schedule", Long.class);
    }
}
