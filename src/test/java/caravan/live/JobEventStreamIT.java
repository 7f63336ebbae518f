package caravan.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** GET /api/jobs/{id}/events as Server-Sent Events: live, coalesced, resumable, and closed at the end. */
class JobEventStreamIT extends CaravanIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One event of the stream as the client parsed it. */
    record SseEvent(String id, String name, JsonNode data) {
    }

    @Test
    void aCrawlStreamsItsHistoryAndCoalescedProgressThenTheStreamEnds() throws Exception {
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\"}");

        List<SseEvent> events = new ArrayList<>();
        HttpResponse<Stream<String>> response = open(id, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        long start = System.nanoTime();
        // the server closes the stream once the job has ended: reading to the end terminates
        CompletableFuture.runAsync(() -> parse(response.body(), events)).get(90, TimeUnit.SECONDS);
        long streamedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        JsonNode job = json(get("/api/jobs/" + id));
        List<SseEvent> stored = events.stream().filter(e -> e.id() != null).toList();
        List<SseEvent> progress = events.stream().filter(e -> e.name().equals("progress")).toList();
        assertThat(stored.get(0).name()).isEqualTo("job_status");
        assertThat(stored.get(0).data().at("/data/status").asText()).isEqualTo("QUEUED");
        assertThat(stored).extracting(SseEvent::name).contains("categories_discovered", "task_failed");
        assertThat(stored.stream().mapToLong(e -> Long.parseLong(e.id()))).isSorted().doesNotHaveDuplicates();
        SseEvent last = stored.get(stored.size() - 1);
        assertThat(last.name()).isEqualTo("job_status");
        assertThat(last.data().at("/data/status").asText()).isEqualTo("DONE");
        // the stream has exactly the job's stored history
        assertThat(stored).extracting(e -> Long.parseLong(e.id()))
                .containsExactlyElementsOf(ids(json(getJson("/api/jobs/" + id + "/events"))));

        // progress: coalesced snapshots, never going back, the last one the job's final counts
        int products = job.at("/counts/productsStored").asInt();
        assertThat(products).isPositive();
        // at most one per progress interval (300 ms here), not one per product
        assertThat(progress).hasSizeBetween(1, (int) Math.min(products / 2, streamedMillis / 300 + 3));
        assertThat(progress.stream().mapToInt(p -> p.data().at("/counts/productsStored").asInt())).isSorted();
        JsonNode finalProgress = progress.get(progress.size() - 1).data();
        assertThat(finalProgress.get("status").asText()).isEqualTo("DONE");
        assertThat(finalProgress.get("counts")).isEqualTo(job.get("counts"));
        JsonNode categories = finalProgress.get("categories");
        assertThat(categories).hasSize(job.at("/counts/categories").asInt());
        categories.forEach(c -> assertThat(c.get("productsStored").asInt())
                .isPositive().isLessThanOrEqualTo(c.get("productsFound").asInt()));
    }

    @Test
    void aReconnectingClientGetsExactlyWhatItMissedAndNoReconnectAfterTheEnd() throws Exception {
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"maxPages\": 40}");
        awaitJobEnded(id, Duration.ofSeconds(60));
        List<Long> history = ids(json(getJson("/api/jobs/" + id + "/events")));
        long seen = history.get(history.size() / 2);

        List<SseEvent> resumed = new ArrayList<>();
        HttpResponse<Stream<String>> response = open(id, seen);
        CompletableFuture.runAsync(() -> parse(response.body(), resumed)).get(30, TimeUnit.SECONDS);

        assertThat(resumed.stream().filter(e -> e.id() != null).map(e -> Long.parseLong(e.id())))
                .containsExactlyElementsOf(history.stream().filter(h -> h > seen).toList());
        // nothing after the last event of an ended job: 204 tells EventSource to stop reconnecting
        assertThat(open(id, history.get(history.size() - 1)).statusCode()).isEqualTo(204);
    }

    @Test
    void eventsWrittenByAnyProcessReachTheStream() throws Exception {
        // a job some other process works on: its events arrive only through PostgreSQL
        long id = jdbc.queryForObject("""
                INSERT INTO crawl_job (url, site, type, priority, max_pages, status, request_hash, started_at)
                VALUES ('http://elsewhere.example/', 'http://elsewhere.example', 'full_site', 'normal', 10, 'RUNNING', 'test', now()) RETURNING id
                """, Long.class);
        List<SseEvent> events = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = open(id, null);
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> parse(response.body(), events));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e.name().equals("progress")));

        insertEvent(id, "categories_discovered", "{\"found\": 7, \"queued\": 7}");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e.name().equals("categories_discovered")));
        assertThat(reading).isNotDone();

        jdbc.update("UPDATE crawl_job SET status = 'DONE', finished_at = now() WHERE id = ?", id);
        insertEvent(id, "job_status", "{\"status\": \"DONE\"}");
        reading.get(10, TimeUnit.SECONDS);
        SseEvent found = events.stream().filter(e -> e.name().equals("categories_discovered")).findFirst().orElseThrow();
        assertThat(found.data().at("/data/found").asInt()).isEqualTo(7);
        assertThat(events.stream().filter(e -> e.id() != null).map(SseEvent::name).toList())
                .containsExactly("categories_discovered", "job_status");
    }

    @Test
    void aBadOrUnknownJobIsRefusedWithJson() {
        HttpResponse<String> bad = get("/api/jobs/abc/events");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("id");
        HttpResponse<String> unknown = get("/api/jobs/987654321/events");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("message").asText()).contains("987654321");
    }

    private void insertEvent(long jobId, String type, String data) {
        jdbc.update("INSERT INTO job_event (job_id, type, data) VALUES (?, ?, ?::jsonb)", jobId, type, data);
    }

    private HttpResponse<Stream<String>> open(long jobId, Long lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/jobs/" + jobId + "/events"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", String.valueOf(lastEventId));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    /** The SSE wire format: fields up to a blank line make one event; lines starting with ':' are comments. */
    private static void parse(Stream<String> lines, List<SseEvent> into) {
        String[] fields = new String[3];
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (fields[2] != null) {
                    into.add(new SseEvent(fields[0], fields[1] == null ? "message" : fields[1], readTree(fields[2])));
                }
                fields[0] = fields[1] = fields[2] = null;
            } else if (!line.startsWith(":")) {
                String[] field = line.split(":", 2);
                String value = field.length < 2 ? "" : field[1].startsWith(" ") ? field[1].substring(1) : field[1];
                switch (field[0]) {
                    case "id" -> fields[0] = value;
                    case "event" -> fields[1] = value;
                    case "data" -> fields[2] = fields[2] == null ? value : fields[2] + "\n" + value;
                    default -> { }
                }
            }
        });
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + text, e);
        }
    }

    private static List<Long> ids(JsonNode events) {
        List<Long> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }
}
