package caravan.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import routes.model.CrawlTask;
import routes.model.TaskKind;
import routes.queue.Priority;
import routes.store.DeadLetterStore;

/**
 * A job event a worker writes reaches the open streams through Redis pub/sub as soon as it is
 * committed, not at the next fallback poll (5 s in these tests).
 */
class JobEventNotificationsIT extends CaravanIntegrationTest {

    private static final Duration FAR_BEFORE_THE_FALLBACK_POLL = Duration.ofMillis(1500);

    @Autowired
    private DeadLetterStore deadLetters;

    @Test
    void eachEventAWorkerWritesReachesTheStreamAtOnce() throws Exception {
        // a running job no worker has tasks of: only the events written below reach its stream
        long jobId = jdbc.queryForObject("""
                INSERT INTO crawl_job (url, site, type, priority, max_pages, status, request_hash, started_at)
                VALUES ('http://elsewhere.example/', 'http://elsewhere.example', 'full_site', 'normal', 10, 'RUNNING', 'test', now()) RETURNING id
                """, Long.class);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs/" + jobId + "/events"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture.runAsync(() -> new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:progress"));

        // one after another: without the announcement each would wait for a fallback poll, up to 5 s
        for (int i = 1; i <= 3; i++) {
            String url = "http://elsewhere.example/p/" + i;
            long taskId = jdbc.queryForObject("INSERT INTO crawl_task (job_id, kind, url) VALUES (?, 'product', ?) RETURNING id",
                    Long.class, jobId, url);
            CrawlTask task = new CrawlTask(taskId, jobId, TaskKind.PRODUCT, url, Priority.NORMAL, null, Map.of(), null);
            deadLetters.record(task, new IllegalStateException("gone for good"), 0);
            await().atMost(FAR_BEFORE_THE_FALLBACK_POLL).pollInterval(Duration.ofMillis(10))
                    .until(() -> lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains(url)));
        }
    }
}
