package routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated hostile submissions — wrong types, huge strings, unicode tricks, SQL and script
 * injection, internal addresses, missing and unknown fields — each sent with and without an
 * Idempotency-Key: every one gets a 4xx with a JSON error, none a 5xx, and nothing is stored.
 */
class HostileSubmissionsIT extends CaravanIntegrationTest {

    private static final String URL = "\"url\": \"http://example.com/\"";
    private static final List<String> WRONG_TYPES = List.of("42", "-1", "1.5", "true", "false", "[]", "{}", "[\"a\"]",
            "{\"a\": 1}");
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE crawl_job;--", "\" OR 1=1 --",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "../../etc/passwd", "%00", "\u0000",
            "full_site\u200b", "normal\u202e", "ＦＵＬＬ_ＳＩＴＥ", "x".repeat(10_000));

    static Stream<Arguments> hostileSubmissions() {
        List<String> bodies = new ArrayList<>();
        for (String url : List.of("", " ", "ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)",
                "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "//example.com/", "example.com",
                "http://", "http:///path", "http://exa mple.com/", "http://example.com:99999/",
                "http://user:secret@example.com/", "http://example.com/\u202egpj.exe", "http://exa\u200bmple.com/",
                "http://\u0435xample.com/", "http://example.com/\u0000", "http://127.0.0.1/", "http://127.0.0.1:1/",
                "http://localhost:1/", "http://[::1]/", "http://0.0.0.0/", "http://10.0.0.1/", "http://10.255.255.255:8080/",
                "http://172.16.0.1/", "http://172.31.255.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://100.64.0.1/", "https://127.0.0.1/",
                "http://example.com/" + "a".repeat(5000), "http://example.com/'; DROP TABLE crawl_job;--")) {
            bodies.add("{\"url\": " + JSON.valueToTree(url) + "}");
        }
        WRONG_TYPES.forEach(v -> bodies.add("{\"url\": " + v + "}"));
        for (String field : List.of("type", "priority")) {
            WRONG_TYPES.forEach(v -> bodies.add("{" + URL + ", \"" + field + "\": " + v + "}"));
            INJECTIONS.forEach(v -> bodies.add("{" + URL + ", \"" + field + "\": " + JSON.valueToTree(v) + "}"));
        }
        for (String maxPages : List.of("-1", "0", "1000001", "2147483648", "99999999999999999999999", "1e9", "1.5",
                "\"10\"", "true", "[]", "{}", "-0.0")) {
            bodies.add("{" + URL + ", \"maxPages\": " + maxPages + "}");
        }
        for (String categories : List.of("\"shoes\"", "1", "{}", "[1]", "[null]", "[\"\"]", "[\" \"]", "[[]]", "[{}]",
                "[\"\\u0000\"]", "[\"a\\u202eb\"]", "[\"" + "x".repeat(600) + "\"]",
                JSON.valueToTree(java.util.Collections.nCopies(101, "c")).toString())) {
            bodies.add("{" + URL + ", \"categories\": " + categories + "}");
        }
        for (String selectors : List.of("[]", "\"h1\"", "1", "{\"title\": 1}", "{\"title\": \"\"}", "{\"title\": null}",
                "{\"title\": \"div[[\"}", "{\"price\": \":has(\"}", "{\"unknown\": \"h1\"}", "{\"__proto__\": \"h1\"}",
                "{\"title\": \"" + "x".repeat(600) + "\"}", "{\"title\": \"h1\\u0000\"}", "{\"title\": {\"css\": \"h1\"}}")) {
            bodies.add("{" + URL + ", \"selectors\": " + selectors + "}");
        }
        for (String body : List.of("", "null", "[]", "123", "\"http://example.com/\"", "<job url='x'/>",
                "url=http://example.com/", "{", "{\"url\": ", "{" + URL + "}}", "{" + URL + ", \"url\": \"http://example.org/\"}",
                "{\"URL\": \"http://example.com/\"}", "{\"url \": \"http://example.com/\"}", "{" + URL + ", \"depth\": 3}",
                "{" + URL + ", \"$where\": \"1\"}", "{\"type\": \"full_site\"}", "{}", "[".repeat(5000) + "]".repeat(5000),
                "{" + URL + ", \"categories\": [\"" + "x".repeat(70_000) + "\"]}")) {
            bodies.add(body);
        }
        return bodies.stream().flatMap(body -> Stream.of(Arguments.of(body, false), Arguments.of(body, true)));
    }

    @ParameterizedTest(name = "[{index}] key={1} {0}")
    @MethodSource("hostileSubmissions")
    void isRefusedWithAClientErrorAndLeavesNothingBehind(String body, boolean withIdempotencyKey) {
        long jobs = count("crawl_job");
        long events = count("job_event");
        long queued = queue.depth(queueName).total();
        Map<String, String> headers = withIdempotencyKey ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();

        HttpResponse<String> response = post("/api/jobs", body, headers);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        JsonNode error = json(response);
        assertThat(error.path("status").asInt()).as(response.body()).isEqualTo(response.statusCode());
        assertThat(error.path("message").asText()).as(response.body()).isNotBlank();
        assertThat(count("crawl_job")).isEqualTo(jobs);
        assertThat(count("job_event")).isEqualTo(events);
        assertThat(queue.depth(queueName).total()).isEqualTo(queued);
    }

    @Test
    void atLeastTwoHundredCasesAreSent() {
        assertThat(hostileSubmissions().count()).isGreaterThanOrEqualTo(200);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
