package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import routes.fetch.HostCircuitBreakers;

/** Crawling a flaky, hostile site: everything recoverable is stored, nothing brings a worker down. */
class HostileSiteIT extends CaravanIntegrationTest {

    @Autowired
    private HostCircuitBreakers breakers;
    @Autowired
    private StringRedisTemplate redis;
    private HostileSite site;

    @BeforeEach
    void openSite() throws IOException {
        site = new HostileSite(SPARE_SITE_PORT);
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void everyRecoverableProductIsStoredAndTheRestIsDeadLettered() {
        long id = submit("{\"url\": \"" + site.baseUrl() + "/c/all\", \"type\": \"category\"}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(90));

        int unrecoverable = (int) java.util.stream.IntStream.rangeClosed(1, HostileSite.PRODUCTS)
                .filter(n -> !HostileSite.recoverable(n)).count();
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(HostileSite.PRODUCTS - unrecoverable);
        assertThat(job.at("/counts/failedTasks").asInt()).isEqualTo(unrecoverable);
        List<String> errors = json(get("/api/dead-letters?jobId=" + id)).findValuesAsText("error");
        assertThat(errors).anyMatch(e -> e.contains("redirect loop")).anyMatch(e -> e.contains("larger than"));
        // Retry-After: 1 was honoured, not the 50 ms backoff the tests configure
        List<Long> limited = site.attempts("/p/2");
        assertThat(Duration.ofNanos(limited.get(1) - limited.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(breakers.state(site.baseUrl().substring("http://".length()))).isEqualTo(CircuitBreaker.State.CLOSED);
        // every failure path, retried or not, ended its backoff: nothing is counted as delayed any more
        await().atMost(Duration.ofSeconds(5)).until(() -> json(get("/api/queue/stats")).get("delayed").asInt() == 0);
        assertThat(requestSlotsHeld(site.baseUrl().substring("http://".length()))).isZero();
        // the workers all survived: the next job runs as usual
        long next = submit("{\"url\": \"" + site.baseUrl() + "/p/10\", \"type\": \"product\"}");
        assertThat(awaitJobEnded(next, Duration.ofSeconds(30)).get("status").asText()).isEqualTo("DONE");
    }

    @Test
    void aSiteThatKeepsFailingTripsItsBreakerWhichClosesWhenItRecovers() {
        String host = site.baseUrl().substring("http://".length());
        site.down = true;
        long id = submit("{\"url\": \"" + site.baseUrl() + "/c/all\", \"type\": \"category\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> breakers.state(host) == CircuitBreaker.State.OPEN);
        long openedAt = System.nanoTime();
        site.down = false;
        awaitJobEnded(id, Duration.ofSeconds(90));

        // while open (1 s in tests) the site was left alone; afterwards trial requests found it well again
        assertThat(site.productRequestsBetween(openedAt + 200_000_000L, openedAt + 800_000_000L)).isZero();
        assertThat(breakers.state(host)).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(requestSlotsHeld(host)).as("requests the open breaker refused gave their slot back").isZero();
        // whatever ran out of retries while the site was down is replayed and now succeeds
        post("/api/jobs/" + id + "/dead-letters/replay", "", Map.of());
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));
        int unrecoverable = (int) java.util.stream.IntStream.rangeClosed(1, HostileSite.PRODUCTS)
                .filter(n -> !HostileSite.recoverable(n)).count();
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(HostileSite.PRODUCTS - unrecoverable);
    }

    /** In-flight request slots of the host still taken (HostRequestSlots' sorted set in Redis). */
    private long requestSlotsHeld(String host) {
        return redis.opsForZSet().zCard("caravan:inflight:" + host);
    }
}
