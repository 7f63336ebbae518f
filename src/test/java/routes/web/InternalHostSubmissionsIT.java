package routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hosts that name an internal address in a form the resolver here cannot see through — a trailing
 * dot, an IPv6 zone, hex IPv4, names that only resolve inside a network or through wildcard DNS —
 * are refused at submission as the fetch refuses them: 400 naming "url", and no job.
 */
class InternalHostSubmissionsIT extends CaravanIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost./", "http://[fe80::1%25eth0]/", "http://0x7f000001/",
            "http://metadata.google.internal/", "http://127.0.0.1.nip.io/", "http://127.1/", "http://localhost:8090/",
            "http://LOCALHOST.:8090/", "http://2130706433/", "http://0177.0.0.1/", "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://127-0-0-1.nip.io/",
            "http://7f000001.nip.io/", "http://app.localtest.me/", "http://printer.local/", "http://intranet/",
            "http://instance-data/", "http://nas.home.arpa/"})
    void internalHostIsRefusedAndNoJobIsCreated(String url) {
        int jobsBefore = jobCount();
        long queuedBefore = queue.depth(queueName).total();

        HttpResponse<String> response = post("/api/jobs", "{\"url\": " + JSON.valueToTree(url) + "}", Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.path("field").asText()).as(response.body()).isEqualTo("url");
        assertThat(error.path("message").asText()).as(response.body()).isNotBlank();
        assertThat(jobCount()).isEqualTo(jobsBefore);
        assertThat(queue.depth(queueName).total()).isEqualTo(queuedBefore);
    }
}
