package caravan.api;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.ParamDefinition;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.RestParamType;
import org.apache.camel.model.rest.VerbDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OpenAPI 3 document at /api/openapi.json describes every verb of the REST DSL as it runs,
 * with the refusals each really answers.
 */
class OpenApiDocumentIT extends CaravanIntegrationTest {

    @Autowired
    CamelContext camel;

    private JsonNode document;

    @BeforeEach
    void fetchDocument() {
        HttpResponse<String> response = get("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        document = json(response);
    }

    @Test
    void isAnOpenApi3DocumentOfTheService() {
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.at("/info/title").asText()).isEqualTo("Caravan");
        assertThat(document.at("/info/version").asText()).isNotBlank();
        // the one endpoint outside the REST DSL is named in words, since it cannot be a path here
        assertThat(document.at("/info/description").asText()).contains("/api/jobs/{id}/events");
        assertThat(document.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualToIgnoringCase("bearer");
    }

    @Test
    void namesTheServerAProxyForwardsFromAndOtherwiseNoAddressOfItsOwn() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/openapi.json"))
                .header("X-Forwarded-Host", "caravan.example:8443").header("X-Forwarded-Proto", "https").build();
        JsonNode proxied = JSON.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(proxied.at("/servers/0/url").asText()).isEqualTo("https://caravan.example:8443");
        // relative: the paths are on whatever address the document was read from, never 0.0.0.0
        assertThat(document.at("/servers/0/url").asText()).isEmpty();
    }

    @Test
    void listsEveryRestVerbWithTheRefusalsItAnswers() {
        List<Endpoint> endpoints = restEndpoints();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(9);
        for (Endpoint endpoint : endpoints) {
            JsonNode operation = document.path("paths").path(endpoint.path()).path(endpoint.method());
            assertThat(operation.isObject()).as("%s in the document", endpoint).isTrue();
            // Camel writes a verb's description as the operation's summary
            assertThat(operation.path("summary").asText()).as("%s summary", endpoint).isNotBlank();
            Set<String> answered = new TreeSet<>();
            operation.path("responses").fieldNames().forEachRemaining(answered::add);
            assertThat(answered).as("%s responses", endpoint).containsAll(expectedRefusals(endpoint));
            for (String parameter : endpoint.parameters()) {
                assertThat(parameterNames(operation)).as("%s parameters", endpoint).contains(parameter);
            }
        }
    }

    @Test
    void marksTheWritesAsNeedingTheKeyAndTheReadsNot() {
        for (Endpoint endpoint : restEndpoints()) {
            JsonNode security = document.path("paths").path(endpoint.path()).path(endpoint.method()).path("security");
            if (endpoint.writes()) {
                assertThat(security.findValues("apiKey")).as("%s security", endpoint).isNotEmpty();
            } else {
                assertThat(security.isMissingNode() || security.isEmpty()).as("%s security", endpoint).isTrue();
            }
        }
    }

    @Test
    void describesTheSubmissionsIdempotencyKeyAndAnErrorBodyExample() {
        JsonNode submit = document.at("/paths/~1api~1jobs/post");
        assertThat(parameterNames(submit)).contains("Idempotency-Key");
        assertThat(submit.at("/responses/202").isObject()).isTrue();
        assertThat(submit.at("/responses/200").isObject()).isTrue();
        assertThat(submit.at("/responses/400/content/application~1json").toString()).contains("maxPages");
    }

    /**
     * What each verb must answer besides success, from its shape: a bad path or query parameter is
     * 400, an id that names nothing 404, a write without the key 401; and what only some verbs do.
     */
    private static Set<String> expectedRefusals(Endpoint endpoint) {
        Set<String> codes = new TreeSet<>(Set.of("503"));
        if (!endpoint.parameters().isEmpty()) {
            codes.add("400");
        }
        if (endpoint.path().contains("{id}")) {
            codes.add("404");
        }
        if (endpoint.writes()) {
            codes.add("401");
        }
        if (endpoint.path().endsWith("/replay")) {
            codes.add("409");
        }
        if (endpoint.path().equals("/api/jobs") && endpoint.method().equals("post")) {
            codes.addAll(Set.of("413", "422"));
        }
        return codes;
    }

    private List<Endpoint> restEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RestDefinition rest : camel.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                List<String> parameters = verb.getParams().stream()
                        .filter(param -> param.getType() != RestParamType.body).map(ParamDefinition::getName).toList();
                endpoints.add(new Endpoint(verb.asVerb().toLowerCase(Locale.ROOT), rest.getPath() + verb.getPath(), parameters));
            }
        }
        return endpoints;
    }

    private static Set<String> parameterNames(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        operation.path("parameters").forEach(parameter -> names.add(parameter.path("name").asText()));
        return names;
    }

    private record Endpoint(String method, String path, List<String> parameters) {
        boolean writes() {
            return !method.equals("get");
        }
    }
}
