package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A job's webhook end to end: a receiver on loopback (on the spare site port, which the shared
 * context allows) checks every signature and records what it was sent.
 */
class WebhooksIT extends CaravanIntegrationTest {

    private static final String SECRET = "webhooks-it-secret-0123";
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new WebhookReceiver(SPARE_SITE_PORT, SECRET);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aReceiverVerifiesTheSignatureAndIsToldOnceWhenAJobEndsDoneAndOnceWhenOneIsCancelled() {
        long done = submit(productJob(1, "/hook"));
        long cancelled = submit("{\"url\": \"" + shop.baseUrl() + "/\", " + webhook("/hook") + "}");
        assertThat(delete("/api/jobs/" + cancelled).statusCode()).isEqualTo(200);

        awaitDelivered(done);
        awaitDelivered(cancelled);

        for (long id : List.of(done, cancelled)) {
            List<WebhookReceiver.Delivery> told = receiver.receivedFor(id);
            assertThat(told).as("job %d", id).hasSize(1);
            WebhookReceiver.Delivery delivery = told.get(0);
            assertThat(delivery.verified()).isTrue();
            assertThat(delivery.event()).isEqualTo("job.ended");
            assertThat(delivery.deliveryId()).isEqualTo("job-" + id + "-ended");
            assertThat(delivery.body().get("id").asText()).isEqualTo(delivery.deliveryId());
            assertThat(delivery.body().get("event").asText()).isEqualTo("job.ended");
            assertThat(delivery.body().get("createdAt").asText()).isEqualTo(delivery.body().at("/job/finishedAt").asText());
            assertThat(delivery.body().toString()).doesNotContain(SECRET);
        }
        JsonNode doneJob = receiver.receivedFor(done).get(0).body().get("job");
        assertThat(doneJob.get("status").asText()).isEqualTo("DONE");
        // the webhook task is no page of the job
        assertThat(doneJob.at("/counts/pagesFetched").asInt()).isEqualTo(1);
        assertThat(receiver.receivedFor(cancelled).get(0).body().at("/job/status").asText()).isEqualTo("CANCELLED");

        HttpResponse<String> shown = get("/api/jobs/" + done);
        assertThat(shown.body()).doesNotContain(SECRET);
        assertThat(json(shown).get("webhook")).isEqualTo(JSON.createObjectNode()
                .put("url", receiver.url("/hook")).set("events", JSON.createArrayNode().add("job.ended")));
        assertThat(json(shown).at("/counts/queuedTasks").asInt()).isZero();
        assertThat(json(shown).at("/counts/pagesFetched").asInt()).isEqualTo(1);
        JsonNode log = json(get("/api/jobs/" + done + "/webhooks"));
        assertThat(log.get("total").asInt()).isEqualTo(1);
        assertThat(log.at("/items/0/statusCode").asInt()).isEqualTo(200);
        assertThat(log.at("/items/0/attempt").asInt()).isEqualTo(1);
        assertThat(log.at("/items/0/deliveryId").asText()).isEqualTo("job-" + done + "-ended");
    }

    @Test
    void aReceiverAnswering503TwiceGetsTheEventOnTheThirdAttemptWithTheSameDeliveryId() {
        receiver.answer("/flaky", attempt -> attempt <= 2 ? 503 : 200);

        long id = submit(productJob(2, "/flaky"));
        awaitDelivered(id);

        assertThat(receiver.receivedFor(id)).hasSize(3).allSatisfy(d -> {
            assertThat(d.verified()).isTrue();
            assertThat(d.deliveryId()).isEqualTo("job-" + id + "-ended");
        });
        JsonNode log = json(get("/api/jobs/" + id + "/webhooks")).get("items");
        assertThat(log.findValuesAsText("attempt")).containsExactly("1", "2", "3");
        assertThat(log.findValuesAsText("statusCode")).containsExactly("503", "503", "200");
        assertThat(log.findValuesAsText("deliveryId")).containsOnly("job-" + id + "-ended");
        assertThat(log.get(0).get("error").asText()).contains("503");
        assertThat(json(get("/api/jobs/" + id)).get("status").asText()).isEqualTo("DONE");
    }

    @ParameterizedTest
    @ValueSource(ints = {410, 307})
    void aReceiverRefusingForGoodEndsInADeadLetterWhoseReplayDeliversWithoutReopeningTheJob(int refusal) {
        receiver.answer("/refusing", attempt -> refusal);
        long id = submit(productJob(3, "/refusing"));

        JsonNode deadLetter = await().atMost(AT_MOST).until(() -> json(get("/api/dead-letters?jobId=" + id)).get("items"),
                items -> items.size() == 1).get(0);

        assertThat(deadLetter.get("kind").asText()).isEqualTo("webhook");
        assertThat(deadLetter.get("error").asText()).contains(String.valueOf(refusal));
        assertThat(receiver.receivedFor(id)).as("a permanent refusal is not retried").hasSize(1);
        JsonNode job = json(get("/api/jobs/" + id));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/failedTasks").asInt()).as("the crawl itself failed nothing").isZero();
        int statusEvents = statusEvents(id);

        receiver.answer("/refusing", attempt -> 200);
        HttpResponse<String> replay = post("/api/dead-letters/" + deadLetter.get("id").asLong() + "/replay", "", Map.of());
        assertThat(replay.statusCode()).isEqualTo(200);
        awaitDelivered(id);

        assertThat(receiver.receivedFor(id)).hasSize(2).extracting(WebhookReceiver.Delivery::deliveryId)
                .containsOnly("job-" + id + "-ended");
        assertThat(json(get("/api/jobs/" + id)).get("status").asText()).isEqualTo("DONE");
        assertThat(statusEvents(id)).as("the job was not reopened").isEqualTo(statusEvents);
        assertThat(json(get("/api/jobs/" + id + "/webhooks")).get("items").findValuesAsText("statusCode"))
                .containsExactly(String.valueOf(refusal), "200");
    }

    @Test
    void aCancelledJobsWebhookDeadLetterIsReplayedAndTheJobStaysCancelled() {
        receiver.answer("/gone", attempt -> attempt == 1 ? 404 : 200);
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", " + webhook("/gone") + "}");
        assertThat(delete("/api/jobs/" + id).statusCode()).isEqualTo(200);
        await().atMost(AT_MOST).until(() -> json(get("/api/dead-letters?jobId=" + id)).get("total").asInt() == 1);

        HttpResponse<String> replay = post("/api/jobs/" + id + "/dead-letters/replay", "", Map.of());

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(json(replay).get("replayed").asInt()).isEqualTo(1);
        awaitDelivered(id);
        assertThat(receiver.receivedFor(id)).hasSize(2).allSatisfy(d -> assertThat(d.body().at("/job/status").asText())
                .isEqualTo("CANCELLED"));
        assertThat(json(get("/api/jobs/" + id)).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(post("/api/jobs/" + id + "/dead-letters/replay", "", Map.of()).statusCode())
                .as("nothing of the webhook left to replay: a cancelled job's crawl is not").isEqualTo(409);
    }

    @Test
    void aJobThatEndsAgainAfterAReplayAnnouncesItsSecondEndUnderItsOwnDeliveryId() {
        // the demo shop's product 50 always answers 503 (caravan.demo-shop.failing-every=50)
        long id = submit(productJob(50, "/ends"));
        awaitDelivered(id);
        assertThat(receiver.receivedFor(id)).singleElement().satisfies(d -> {
            assertThat(d.deliveryId()).isEqualTo("job-" + id + "-ended");
            assertThat(d.body().at("/job/status").asText()).isEqualTo("FAILED");
        });

        assertThat(post("/api/jobs/" + id + "/dead-letters/replay", "", Map.of()).statusCode()).isEqualTo(200);

        await().atMost(AT_MOST).until(() -> receiver.receivedFor(id).size() == 2);
        awaitDelivered(id);
        WebhookReceiver.Delivery second = receiver.receivedFor(id).get(1);
        assertThat(second.verified()).isTrue();
        assertThat(second.deliveryId()).isEqualTo("job-" + id + "-ended-2");
        assertThat(second.body().at("/job/status").asText()).isEqualTo("FAILED");
        assertThat(statusEvents(id)).as("queued, running, failed, running again, failed").isEqualTo(5);
    }

    @Test
    void theJobsChangesFollowItsEndWhenThereAreSomeAndOnlyThen() {
        long before = submit(productUrlJob(6));
        assertThat(awaitJobEnded(before, AT_MOST).get("status").asText()).isEqualTo("DONE");
        // product 7 is new against the site's previous DONE job, which crawled product 6
        long changed = submit(productJob(7, "/changes", "[\"job.ended\", \"job.changes\"]"));
        awaitDelivered(changed);

        List<WebhookReceiver.Delivery> told = receiver.receivedFor(changed);
        assertThat(told).extracting(WebhookReceiver.Delivery::event).containsExactly("job.ended", "job.changes");
        assertThat(told).extracting(WebhookReceiver.Delivery::deliveryId)
                .containsExactly("job-" + changed + "-ended", "job-" + changed + "-changes");
        assertThat(told).allSatisfy(d -> assertThat(d.verified()).isTrue());
        JsonNode changes = told.get(1).body().at("/job/changes");
        assertThat(changes.get("comparedWithJobId").asLong()).isEqualTo(before);
        assertThat(changes.at("/counts/new").asInt()).isEqualTo(1);

        // product 7 again, unchanged: nothing to tell a webhook that only wants changes
        long unchanged = submit(productJob(7, "/changes", "[\"job.changes\"]"));
        assertThat(awaitJobEnded(unchanged, AT_MOST).get("status").asText()).isEqualTo("DONE");
        assertThat(json(get("/api/jobs/" + unchanged)).at("/changes/comparedWithJobId").asLong()).isEqualTo(changed);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM crawl_task WHERE job_id = ? AND kind = 'webhook'",
                Integer.class, unchanged)).isZero();
        assertThat(receiver.receivedFor(unchanged)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://127.0.0.1:9/hook",
            "http://169.254.169.254/latest/meta-data"})
    void aWebhookToAnInternalAddressIsRefusedAtSubmission(String url) {
        int jobsBefore = jobCount();

        HttpResponse<String> refused = post("/api/jobs", "{\"url\": \"" + shop.baseUrl() + "/\", \"webhook\": {\"url\": \""
                + url + "\", \"secret\": \"" + SECRET + "\"}}", Map.of());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("webhook.url");
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void theDeliveryLogOfAnUnknownJobIsNotFound() {
        assertThat(get("/api/jobs/999999999/webhooks").statusCode()).isEqualTo(404);
        assertThat(get("/api/jobs/x/webhooks").statusCode()).isEqualTo(400);
    }

    private String productJob(int product, String hookPath) {
        return productJob(product, hookPath, "[\"job.ended\"]");
    }

    private String productJob(int product, String hookPath, String events) {
        String job = productUrlJob(product);
        return job.substring(0, job.length() - 1) + ", \"webhook\": {\"url\": \"" + receiver.url(hookPath)
                + "\", \"secret\": \"" + SECRET + "\", \"events\": " + events + "}}";
    }

    private String productUrlJob(int product) {
        return "{\"url\": \"" + shop.baseUrl() + shop.catalog().product(product).orElseThrow().urlPath()
                + "\", \"type\": \"product\"}";
    }

    private String webhook(String path) {
        return "\"webhook\": {\"url\": \"" + receiver.url(path) + "\", \"secret\": \"" + SECRET + "\"}";
    }

    /** Until the job's webhook task is done: after that, nothing is sent for this end. */
    private void awaitDelivered(long jobId) {
        await().atMost(AT_MOST).until(() -> "DONE".equals(jdbc.query(
                "SELECT status FROM crawl_task WHERE job_id = ? AND kind = 'webhook'",
                rs -> rs.next() ? rs.getString(1) : null, jobId)));
    }

    private int statusEvents(long jobId) {
        return jdbc.queryForObject("SELECT count(*) FROM job_event WHERE job_id = ? AND type = 'job_status'",
                Integer.class, jobId);
    }
}
