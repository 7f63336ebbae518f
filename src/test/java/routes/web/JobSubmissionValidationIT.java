package routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bad submissions get a 4xx naming the problem, and leave no job and no queued task behind. */
class JobSubmissionValidationIT extends CaravanIntegrationTest {

    static Stream<Arguments> badSubmissions() {
        String url = "\"url\": \"http://example.com/\"";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"url\": ", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("not an object", "[\"http://example.com/\"]", 400, null),
                Arguments.of("trailing garbage", "{" + url + "} {}", 400, null),
                Arguments.of("duplicate key", "{" + url + ", \"url\": \"http://example.org/\"}", 400, null),
                Arguments.of("missing url", "{\"type\": \"full_site\"}", 400, "url"),
                Arguments.of("null url", "{\"url\": null}", 400, "url"),
                Arguments.of("url not a string", "{\"url\": 42}", 400, "url"),
                Arguments.of("ftp url", "{\"url\": \"ftp://example.com/\"}", 400, "url"),
                Arguments.of("javascript url", "{\"url\": \"javascript:alert(1)\"}", 400, "url"),
                Arguments.of("relative url", "{\"url\": \"/c/shoes\"}", 400, "url"),
                Arguments.of("url with spaces", "{\"url\": \"http://exa mple.com/\"}", 400, "url"),
                Arguments.of("huge url", "{\"url\": \"http://example.com/" + "a".repeat(3000) + "\"}", 400, "url"),
                Arguments.of("private address", "{\"url\": \"http://10.1.2.3/\"}", 400, "url"),
                Arguments.of("cloud metadata", "{\"url\": \"http://169.254.169.254/latest/\"}", 400, "url"),
                Arguments.of("loopback not allowed", "{\"url\": \"http://127.0.0.1:1/\"}", 400, "url"),
                Arguments.of("unknown type", "{" + url + ", \"type\": \"everything\"}", 400, "type"),
                Arguments.of("type not a string", "{" + url + ", \"type\": 1}", 400, "type"),
                Arguments.of("unknown priority", "{" + url + ", \"priority\": \"asap\"}", 400, "priority"),
                Arguments.of("priority in capitals", "{" + url + ", \"priority\": \"HIGH\"}", 400, "priority"),
                Arguments.of("negative maxPages", "{" + url + ", \"maxPages\": -5}", 400, "maxPages"),
                Arguments.of("zero maxPages", "{" + url + ", \"maxPages\": 0}", 400, "maxPages"),
                Arguments.of("absurd maxPages", "{" + url + ", \"maxPages\": 1000000000000}", 400, "maxPages"),
                Arguments.of("fractional maxPages", "{" + url + ", \"maxPages\": 1.5}", 400, "maxPages"),
                Arguments.of("maxPages as text", "{" + url + ", \"maxPages\": \"10\"}", 400, "maxPages"),
                Arguments.of("categories not a list", "{" + url + ", \"categories\": \"shoes\"}", 400, "categories"),
                Arguments.of("blank category", "{" + url + ", \"categories\": [\" \"]}", 400, "categories"),
                Arguments.of("selectors not an object", "{" + url + ", \"selectors\": [\"h1\"]}", 400, "selectors"),
                Arguments.of("unknown selector", "{" + url + ", \"selectors\": {\"colour\": \".c\"}}", 400, "selectors.colour"),
                Arguments.of("invalid CSS", "{" + url + ", \"selectors\": {\"price\": \"div[[\"}}", 400, "selectors.price"),
                Arguments.of("unknown field", "{" + url + ", \"depth\": 3}", 400, "depth"),
                Arguments.of("unknown profile", "{" + url + ", \"profile\": \"shopfiy\"}", 400, "profile"),
                Arguments.of("profile not a string", "{" + url + ", \"profile\": {\"name\": \"shopify\"}}", 400, "profile"),
                Arguments.of("oversized body", "{" + url + ", \"categories\": [\"" + "x".repeat(70_000) + "\"]}", 413, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void badSubmissionIsRefusedAndChangesNothing(String name, String body, int status, String field) {
        int jobsBefore = jobCount();
        long queuedBefore = queue.depth(queueName).total();

        HttpResponse<String> response = post("/api/jobs", body, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = json(response);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank();
        if (field == null) {
            assertThat(error.has("field")).as(response.body()).isFalse();
        } else {
            assertThat(error.get("field").asText()).isEqualTo(field);
        }
        assertThat(jobCount()).isEqualTo(jobsBefore);
        assertThat(queue.depth(queueName).total()).isEqualTo(queuedBefore);
    }

    @Test
    void badIdempotencyKeyIsRefused() {
        HttpResponse<String> response = post("/api/jobs", "{\"url\": \"http://example.com/\"}",
                Map.of("Idempotency-Key", "k".repeat(300)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void badReadParametersAreRefusedAndUnknownJobsAreNotFound() {
        assertThat(get("/api/jobs/abc").statusCode()).isEqualTo(400);
        assertThat(json(get("/api/jobs/abc")).get("field").asText()).isEqualTo("id");
        assertThat(json(get("/api/jobs?size=100000")).get("field").asText()).isEqualTo("size");
        assertThat(json(get("/api/jobs?status=SLEEPING")).get("field").asText()).isEqualTo("status");
        HttpResponse<String> missing = get("/api/jobs/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asText()).contains("987654321");
        assertThat(delete("/api/jobs/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void theResultReadsCheckTheirParametersBeforeTheirSql() {
        HttpResponse<String> missing = get("/api/jobs/987654321/products");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asText()).contains("987654321");
        assertThat(json(get("/api/jobs/x1/products")).get("field").asText()).isEqualTo("id");
        assertThat(json(get("/api/jobs/1/products?page=-1")).get("field").asText()).isEqualTo("page");
        assertThat(json(get("/api/jobs/1/products?size=0")).get("field").asText()).isEqualTo("size");
        HttpResponse<String> badJob = get("/api/dead-letters?jobId=none");
        assertThat(badJob.statusCode()).isEqualTo(400);
        assertThat(json(badJob).get("field").asText()).isEqualTo("jobId");
        assertThat(json(get("/api/dead-letters?size=201")).get("field").asText()).isEqualTo("size");
        // a page of nothing is still a page; the products route's row headers never reach the HTTP answer
        HttpResponse<String> none = get("/api/dead-letters?jobId=987654321");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(json(none).get("items")).isEmpty();
        assertThat(json(none).get("total").asLong()).isZero();
        assertThat(missing.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("product"));
    }
}
