package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Nothing submitted is lost when Redis loses everything, and dead letters can be put back to work. */
class QueueRecoveryIT extends CaravanIntegrationTest {

    @Autowired
    private StringRedisTemplate redis;

    @Test
    void aJobSurvivesRedisLosingAllItsDataMidCrawl() {
        int failing = (int) shop.catalog().products().stream().filter(p -> p.id() % 50 == 0).count();
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\"}");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> json(get("/api/jobs/" + id)).at("/counts/productsStored").asInt() >= 30);

        redis.execute(connection -> {
            connection.serverCommands().flushAll();
            return null;
        }, true);

        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(90));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(shop.catalog().products().size() - failing);
        assertThat(job.at("/counts/failedTasks").asInt()).isEqualTo(failing);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE job_id = ?", Integer.class, id)).isEqualTo(failing);
    }

    @Test
    void replayingDeadLettersRunsThemAgainAndReopensTheJob() {
        String missing = "/p/424242-gone";
        long id = submit("{\"url\": \"" + shop.baseUrl() + missing + "\", \"type\": \"product\"}");
        assertThat(awaitJobEnded(id, Duration.ofSeconds(30)).get("status").asText()).isEqualTo("FAILED");
        long deadLetter = json(get("/api/dead-letters?jobId=" + id)).at("/items/0/id").asLong();
        int requestsBefore = shop.requestCount(missing);

        var replayed = post("/api/dead-letters/" + deadLetter + "/replay", "", java.util.Map.of());

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(json(replayed).get("replayed").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> shop.requestCount(missing) > requestsBefore);
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(30));
        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        JsonNode letters = json(get("/api/dead-letters?jobId=" + id)).get("items");
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).hasNonNull("replayedAt")).isTrue();
        assertThat(letters.get(1).hasNonNull("replayedAt")).isFalse();

        assertThat(post("/api/dead-letters/" + deadLetter + "/replay", "", java.util.Map.of()).statusCode()).isEqualTo(409);
        assertThat(post("/api/dead-letters/987654321/replay", "", java.util.Map.of()).statusCode()).isEqualTo(404);
        var bulk = post("/api/jobs/" + id + "/dead-letters/replay", "", java.util.Map.of());
        assertThat(json(bulk).get("replayed").asInt()).isEqualTo(1);
    }
}
