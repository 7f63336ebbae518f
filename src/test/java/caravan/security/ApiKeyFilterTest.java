package caravan.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiKeyFilterTest {

    private static final String KEY = "a-long-enough-test-key";
    private final ApiKeyFilter filter = new ApiKeyFilter(KEY);

    @ParameterizedTest
    @CsvSource({"POST,/api/jobs,401", "DELETE,/api/jobs/1,401", "POST,/api/dead-letters/1/replay,401",
            "GET,/api/jobs,200", "GET,/api/jobs/1/products,200", "GET,/api/openapi.json,200", "GET,/actuator/hawtio/index.html,401",
            "POST,/actuator/jolokia,401", "GET,/actuator/health,200"})
    void protectsChangesAndConsolesButNotReads(String method, String path, int status) throws Exception {
        assertThat(call(method, path, null, null).getStatus()).isEqualTo(status);
    }

    @Test
    void acceptsTheKeyInEitherHeaderAndRefusesAWrongOne() throws Exception {
        assertThat(call("POST", "/api/jobs", "X-API-Key", KEY).getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/jobs", "Authorization", "Bearer " + KEY).getStatus()).isEqualTo(200);
        MockHttpServletResponse wrong = call("POST", "/api/jobs", "X-API-Key", KEY + "x");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).contains("\"status\":401").contains("X-API-Key");
        assertThat(wrong.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @CsvSource({"/actuator/hawtio/", "/actuator/jolokia/read/org.apache.camel:*"})
    void consolesAcceptTheKeyAsBasicPasswordWithAnyUserName(String path) throws Exception {
        assertThat(call("GET", path, "Authorization", basic("operator", KEY)).getStatus()).isEqualTo(200);
        assertThat(call("GET", path, "Authorization", basic("", KEY)).getStatus()).isEqualTo(200);
        assertThat(call("GET", path, "Authorization", "basic " + encode("x:" + KEY)).getStatus()).isEqualTo(200);
        assertThat(call("GET", path, "X-API-Key", KEY).getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"/actuator/hawtio/", "/actuator/jolokia/read/org.apache.camel:*"})
    void consolesRefuseAWrongBasicPasswordAndAskTheBrowserForOne(String path) throws Exception {
        for (String authorization : new String[] {null, basic("operator", KEY + "x"), basic(KEY, "wrong"),
                "Basic " + encode(KEY), "Basic not*base64"}) {
            MockHttpServletResponse refused = call("GET", path, "Authorization", authorization);
            assertThat(refused.getStatus()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Caravan\"");
        }
    }

    @Test
    void theApiDoesNotTakeBasicAuthNorAskForIt() throws Exception {
        MockHttpServletResponse refused = call("POST", "/api/jobs", "Authorization", basic("operator", KEY));
        assertThat(refused.getStatus()).isEqualTo(401);
        // a browser prompt on a failed fetch() from the dashboard would be wrong: it asks for the key itself
        assertThat(refused.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void recordsThatTheKeyWasPresentedOnlyWhileTheRequestIsHandled() throws Exception {
        boolean[] seenByJolokia = new boolean[1];
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/actuator/jolokia");
        request.addHeader("X-API-Key", KEY);
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seenByJolokia[0] = ApiKeyPresented.onThisRequest());
        assertThat(seenByJolokia[0]).isTrue();
        assertThat(ApiKeyPresented.onThisRequest()).as("cleared for the thread's next request").isFalse();
    }

    @Test
    void headersNamingALocalClientGrantNothing() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/jobs");
        request.setRemoteAddr("192.0.2.7");
        request.addHeader("Host", "localhost");
        request.addHeader("X-Forwarded-For", "127.0.0.1");
        request.addHeader("Forwarded", "for=127.0.0.1;host=localhost");
        request.addHeader("X-Real-IP", "127.0.0.1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(401);
    }

    private static String basic(String user, String password) {
        return "Basic " + encode(user + ":" + password);
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse call(String method, String path, String header, String value)
            throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (header != null && value != null) {
            request.addHeader(header, value);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
