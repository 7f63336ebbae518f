package routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** GET /api/queue/stats: what the queue holds, who works on it, and how fast. */
class QueueStatsIT extends CaravanIntegrationTest {

    @Test
    void showsTheLiveWorkerAndTheTasksFinishedInTheLastMinute() {
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"maxPages\": 30}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));

        JsonNode stats = await().atMost(Duration.ofSeconds(10)).until(() -> json(get("/api/queue/stats")),
                s -> s.get("leased").asLong() == 0 && s.get("readyTotal").asLong() == 0);
        assertThat(stats.get("ready").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("urgent", "high", "normal", "low");
        assertThat(stats.get("liveWorkers").asInt()).isEqualTo(1);
        JsonNode worker = stats.get("workers").get(0);
        assertThat(worker.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(worker.get("concurrency").asInt()).isEqualTo(16);
        // every task of that job was finished moments ago
        long tasks = job.at("/counts/pagesFetched").asLong() + job.at("/counts/failedTasks").asLong();
        assertThat(stats.get("tasksPerMinute").asLong()).isGreaterThanOrEqualTo(tasks);
        // and in the hour's series, minute by minute
        JsonNode perMinute = stats.get("finishedPerMinute");
        assertThat(perMinute).hasSize(60);
        long inTheHour = 0;
        for (JsonNode minute : perMinute) {
            inTheHour += minute.asLong();
        }
        assertThat(inTheHour).isGreaterThanOrEqualTo(tasks);
    }

    @Test
    void aTaskWaitingOutARetryIsDelayedThenADeadLetter() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", SPARE_SITE_PORT), 0);
        site.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", "2");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        site.start();
        try {
            long deadLettersBefore = json(get("/api/queue/stats")).get("deadLetters").asLong();
            long id = submit("{\"url\": \"http://127.0.0.1:" + SPARE_SITE_PORT + "/p/1\", \"type\": \"product\"}");

            JsonNode waiting = await().atMost(Duration.ofSeconds(10)).until(() -> json(get("/api/queue/stats")),
                    s -> s.get("delayed").asLong() == 1);
            assertThat(waiting.get("leased").asLong()).as("a delayed task stays leased").isGreaterThanOrEqualTo(1);
            assertThat(waiting.at("/workers/0/delayed").asInt()).isEqualTo(1);

            JsonNode job = awaitJobEnded(id, Duration.ofSeconds(30));
            assertThat(job.get("status").asText()).isEqualTo("FAILED");
            assertThat(requests.get()).isEqualTo(4);
            JsonNode after = await().atMost(Duration.ofSeconds(5)).until(() -> json(get("/api/queue/stats")),
                    s -> s.get("delayed").asLong() == 0);
            assertThat(after.get("deadLetters").asLong()).isEqualTo(deadLettersBefore + 1);
        } finally {
            site.stop(0);
        }
    }
}
