package routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The route files as people read and edit them (Hawtio, Kaoto, an editor with the Camel schema):
 * valid against the YAML DSL schema of the Camel version in use, every route and route
 * configuration described, every step named, no name used twice.
 */
class RouteFilesTest {

    private static final Path ROUTES = Path.of("src/main/resources/routes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Map<Path, JsonNode> files;

    @BeforeAll
    static void readAll() throws IOException {
        files = new HashMap<>();
        try (Stream<Path> listing = Files.list(ROUTES)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).sorted().toList()) {
                files.put(file, YAML.readTree(file.toFile()));
            }
        }
        assertThat(files).as("route files in %s", ROUTES).hasSizeGreaterThan(10);
    }

    @Test
    void everyRouteFileIsValidAgainstTheCamelYamlDslSchema() throws IOException {
        JsonSchema schema;
        // the schema of the camel-yaml-dsl jar on the classpath: the Camel version the app runs
        try (InputStream in = RouteFilesTest.class.getResourceAsStream("/schema/camelYamlDsl.json")) {
            assertThat(in).as("schema/camelYamlDsl.json in camel-yaml-dsl").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        List<String> errors = new ArrayList<>();
        files.forEach((file, routes) -> errors.addAll(deepest(schema.validate(routes)).entrySet().stream()
                .map(error -> file.getFileName() + ": " + error.getKey() + ": " + error.getValue()).toList()));
        assertThat(errors.stream().sorted().toList()).as("schema errors").isEmpty();
    }

    /**
     * The errors at each place in the file that has no error inside it, joined: a field that fits no
     * branch of a oneOf also fails the oneOf around it and every sibling branch, which says nothing more.
     */
    private static Map<String, String> deepest(Set<ValidationMessage> errors) {
        Map<String, Set<String>> byLocation = new TreeMap<>();
        for (ValidationMessage error : errors) {
            String location = error.getInstanceLocation().toString();
            byLocation.computeIfAbsent(location, l -> new TreeSet<>())
                    .add(error.getMessage().substring(error.getMessage().indexOf(": ") + 2));
        }
        Map<String, String> deepest = new TreeMap<>();
        byLocation.forEach((location, messages) -> {
            boolean errorInside = byLocation.keySet().stream()
                    .anyMatch(other -> other.startsWith(location + ".") || other.startsWith(location + "["));
            if (!errorInside) {
                deepest.put(location, String.join("; ", messages));
            }
        });
        return deepest;
    }

    @Test
    void everyRouteIsDescribedAndEveryStepNamedOnce() {
        List<String> problems = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        files.forEach((file, document) -> new Names(file.getFileName().toString(), problems, names).check(document));
        assertThat(problems.stream().sorted().toList()).as("routes without description, steps without id, ids used twice")
                .isEmpty();
    }

    /**
     * What Hawtio shows needs a name: a route, route configuration or REST verb without a
     * description, and a step of a route (at any depth: choice branches, filters, doTry and its
     * catches, loops, splits) without an id, is reported; so is an id used twice across the files,
     * which Camel refuses at start.
     */
    private record Names(String file, List<String> problems, Map<String, String> seen) {

        void check(JsonNode document) {
            for (int i = 0; i < document.size(); i++) {
                JsonNode item = document.get(i);
                String at = "$[" + i + "]";
                if (item.has("route")) {
                    JsonNode route = item.get("route");
                    described(route, at + ".route");
                    named(route, at + ".route");
                    steps(route.path("from").path("steps"), at + ".route.from.steps");
                } else if (item.has("routeConfiguration")) {
                    JsonNode configuration = item.get("routeConfiguration");
                    described(configuration, at + ".routeConfiguration");
                    named(configuration, at + ".routeConfiguration");
                } else if (item.has("rest")) {
                    item.get("rest").properties().forEach(verbs -> {
                        if (verbs.getValue().isArray()) {
                            for (int v = 0; v < verbs.getValue().size(); v++) {
                                String verbAt = at + ".rest." + verbs.getKey() + "[" + v + "]";
                                described(verbs.getValue().get(v), verbAt);
                                named(verbs.getValue().get(v), verbAt);
                            }
                        }
                    });
                }
            }
        }

        private void steps(JsonNode steps, String at) {
            for (int s = 0; s < steps.size(); s++) {
                var step = steps.get(s).properties().iterator().next();
                String stepAt = at + "[" + s + "]." + step.getKey();
                if (step.getValue().isObject()) {
                    named(step.getValue(), stepAt);
                    nested(step.getValue(), stepAt);
                } else {
                    // the short form (`- to: direct:x`) has no room for an id
                    problems.add(file + ": " + stepAt + ": no id");
                }
            }
        }

        /** Steps inside a step: its own steps, and those of its branches (when, otherwise, doCatch, doFinally). */
        private void nested(JsonNode step, String at) {
            step.properties().forEach(child -> {
                String childAt = at + "." + child.getKey();
                if (child.getKey().equals("steps")) {
                    steps(child.getValue(), childAt);
                } else if (child.getValue().isObject() && child.getValue().has("steps")) {
                    steps(child.getValue().get("steps"), childAt + ".steps");
                } else if (child.getValue().isArray()) {
                    for (int b = 0; b < child.getValue().size(); b++) {
                        JsonNode branch = child.getValue().get(b);
                        if (branch.isObject() && branch.has("steps")) {
                            steps(branch.get("steps"), childAt + "[" + b + "].steps");
                        }
                    }
                }
            });
        }

        private void described(JsonNode node, String at) {
            if (node.path("description").asText().isBlank()) {
                problems.add(file + ": " + at + ": no description");
            }
        }

        private void named(JsonNode node, String at) {
            String id = node.path("id").asText();
            if (id.isBlank()) {
                problems.add(file + ": " + at + ": no id");
                return;
            }
            String where = file + ": " + at;
            String before = seen.putIfAbsent(id, where);
            if (before != null) {
                problems.add(where + ": id " + id + " is already used at " + before);
            }
        }
    }
}
