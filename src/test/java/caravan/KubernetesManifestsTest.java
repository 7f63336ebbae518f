package caravan;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.yaml.snakeyaml.Yaml;
import routes.queue.Priority;
import routes.queue.QueueDepth;
import routes.queue.RedisTaskQueue;
import routes.web.QueueStatistics;

/**
 * The manifests under camel-k/ cannot be applied here (no cluster), so this checks what would
 * break a deployment silently: documents that are not Kubernetes objects, kustomizations naming
 * missing files, autoscalers aimed at the API instead of the workers or at figures the queue stats
 * do not have, references to configuration that does not exist, probes and scrape paths the app does not serve.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("camel-k");
    private static final String WORKER_OFF = "--caravan.worker.enabled=false";
    private static final Path REST_ROUTES = Path.of("src/main/resources/routes/10-rest-api.camel.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every document of every manifest, with the file it came from. */
    private record Manifest(Path file, Map<String, Object> document) {
        String kind() { return (String) document.get("kind"); }
        String name() { return (String) map(document, "metadata").get("name"); }
    }

    private static List<Manifest> manifests;

    @BeforeAll
    static void readAll() throws IOException {
        manifests = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (file.getFileName().toString().endsWith("-values.yaml")) {
                continue; // Helm values, checked on their own below
            }
            try (Reader reader = Files.newBufferedReader(file)) {
                for (Object document : new Yaml().loadAll(reader)) {
                    if (document != null) {
                        assertThat(document).as(file + ": a mapping").isInstanceOf(Map.class);
                        manifests.add(new Manifest(file, cast(document)));
                    }
                }
            }
        }
    }

    @Test
    void everyDocumentIsAKubernetesObject() {
        assertThat(manifests).isNotEmpty();
        for (Manifest manifest : manifests) {
            assertThat(manifest.document().get("apiVersion")).as(manifest.file() + ": apiVersion").isNotNull();
            assertThat(manifest.kind()).as(manifest.file() + ": kind").isNotBlank();
            assertThat(manifest.name()).as(manifest.file() + ": metadata.name").isNotBlank();
        }
    }

    @Test
    void everyKustomizationNamesFilesAndKustomizationsThatExist() {
        List<Manifest> kustomizations = ofKind("Kustomization");
        assertThat(kustomizations).extracting(Manifest::file).contains(ROOT.resolve("kustomization.yaml"));
        for (Manifest kustomization : kustomizations) {
            for (String resource : strings(kustomization.document().get("resources"))) {
                Path target = kustomization.file().resolveSibling(resource);
                assertThat(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as("%s: resource %s exists", kustomization.file(), resource).isTrue();
            }
        }
    }

    @Test
    void theApiRunsNoWorkersAndTheWorkersDo() {
        assertThat(runsWorkers(named("Deployment", "caravan-api"))).isFalse();
        assertThat(runsWorkers(named("Integration", "caravan-api"))).isFalse();
        assertThat(runsWorkers(named("Deployment", "caravan-worker"))).isTrue();
        assertThat(runsWorkers(named("Integration", "caravan-worker"))).isTrue();
    }

    @Test
    void everyAutoscalerScalesTheWorkers() {
        List<Manifest> autoscalers = Stream.concat(ofKind("ScaledObject").stream(),
                ofKind("HorizontalPodAutoscaler").stream()).toList();
        assertThat(autoscalers).extracting(Manifest::kind).contains("ScaledObject", "HorizontalPodAutoscaler");
        assertThat(ofKind("ScaledObject")).extracting(m -> m.file().toString())
                .contains(ROOT.resolve("keda/worker-scaledobject.yaml").toString());
        for (Manifest autoscaler : autoscalers) {
            Map<String, Object> target = map(map(autoscaler.document(), "spec"), "scaleTargetRef");
            // KEDA's default target kind is a Deployment
            String kind = (String) target.getOrDefault("kind", "Deployment");
            assertThat(target.get("name")).as(autoscaler.file() + ": scaleTargetRef.name").isEqualTo("caravan-worker");
            assertThat(runsWorkers(named(kind, (String) target.get("name"))))
                    .as(autoscaler.file() + ": the target runs workers").isTrue();
        }
    }

    @Test
    void kedaReadsEveryPrioritysQueuedCountFromTheApiServicesQueueStats() throws IOException {
        // the stats JSON GET /api/queue/stats answers, with a different count per priority
        Map<Priority, Long> queued = Arrays.stream(Priority.values())
                .collect(toMap(priority -> priority, priority -> 1000L + priority.ordinal()));
        JsonNode stats = JSON.valueToTree(statsWithQueued(queued));
        Manifest service = named("Service", "caravan-api");
        int servicePort = ((Number) maps(map(service.document(), "spec").get("ports")).get(0).get("port")).intValue();
        for (Manifest scaledObject : ofKind("ScaledObject")) {
            List<Map<String, Object>> triggers = maps(map(scaledObject.document(), "spec").get("triggers"));
            assertThat(triggers).as(scaledObject.file() + ": metrics-api triggers")
                    .isNotEmpty().allMatch(trigger -> "metrics-api".equals(trigger.get("type")));
            Map<Long, String> watched = new HashMap<>();
            for (Map<String, Object> trigger : triggers) {
                Map<String, Object> metadata = map(trigger, "metadata");
                String at = scaledObject.file() + ": " + metadata.get("valueLocation");
                assertThat(metadata.getOrDefault("format", "json")).as(at).isEqualTo("json");
                assertThat(Double.parseDouble((String) metadata.get("targetValue"))).as(at + ": targetValue").isPositive();
                JsonNode value = gjson(stats, (String) metadata.get("valueLocation"));
                assertThat(value.isNumber()).as(at + ": a number in the stats JSON, not " + value).isTrue();
                watched.put(value.asLong(), (String) metadata.get("valueLocation"));

                URI url = URI.create((String) metadata.get("url"));
                assertThat(url.getScheme()).as(at).isEqualTo("http");
                // KEDA resolves host names from its own namespace: <service>.<namespace>.svc[.cluster.local]
                assertThat(url.getHost()).as(at + ": the API Service, namespace-qualified")
                        .matches(Pattern.quote(service.name()) + "\\.[a-z0-9-]+\\.svc(\\.cluster\\.local)?");
                assertThat(url.getPort() == -1 ? 80 : url.getPort()).as(at + ": the Service's port").isEqualTo(servicePort);
                assertThat(url.getPath()).as(at).isEqualTo(queueStatsPath());
            }
            assertThat(watched.keySet()).as(scaledObject.file() + ": one trigger per priority, " + watched)
                    .containsExactlyInAnyOrderElementsOf(queued.values()).hasSameSizeAs(triggers);
        }
        // integrations/worker-scaledobject.yaml calls the Service the API Integration's service trait creates
        assertThat(map(map(map(named("Integration", "caravan-api").document(), "spec"), "traits"), "service")
                .get("enabled")).as("the API Integration's service trait").isEqualTo(true);
    }

    @Test
    void theHpaAsksForTheMetricPrometheusAdapterServes() throws IOException {
        Map<String, Object> values;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("hpa/prometheus-adapter-values.yaml"))) {
            values = cast(new Yaml().load(reader));
        }
        Map<String, Object> rule = maps(map(values, "rules").get("external")).get(0);
        assertThat((String) rule.get("seriesQuery")).startsWith("caravan_queue_depth");
        Map<String, Object> metric = map(map(maps(map(named("HorizontalPodAutoscaler", "caravan-worker").document(),
                "spec").get("metrics")).get(0), "external"), "metric");
        assertThat(metric.get("name")).isEqualTo(map(rule, "name").get("as"));
    }

    @Test
    void deploymentsProbeHealthAndAreScrapedWhereTheAppServesThem() {
        for (Manifest deployment : ofKind("Deployment")) {
            Map<String, Object> template = map(map(deployment.document(), "spec"), "template");
            assertThat(map(template, "metadata").get("annotations")).as(deployment.file() + ": scrape annotations")
                    .isEqualTo(Map.of("prometheus.io/scrape", "true", "prometheus.io/path", "/actuator/prometheus",
                            "prometheus.io/port", "8080"));
            Map<String, Object> container = container(deployment);
            assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
            assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        }
        for (Manifest integration : ofKind("Integration")) {
            Map<String, Object> health = map(map(map(integration.document(), "spec"), "traits"), "health");
            assertThat(health.get("readinessProbe")).isEqualTo("/actuator/health/readiness");
            assertThat(health.get("livenessProbe")).isEqualTo("/actuator/health/liveness");
        }
    }

    @Test
    void configurationReferencesNameWhatConfigAndSecretDefine() {
        Set<String> configMaps = ofKind("ConfigMap").stream().map(Manifest::name).collect(toSet());
        Set<String> secrets = ofKind("Secret").stream().map(Manifest::name).collect(toSet());
        for (Manifest deployment : ofKind("Deployment")) {
            for (Map<String, Object> source : maps(container(deployment).get("envFrom"))) {
                Optional.ofNullable(source.get("configMapRef")).ifPresent(ref -> assertThat(configMaps)
                        .as(deployment.file() + ": envFrom").contains((String) map(ref).get("name")));
                Optional.ofNullable(source.get("secretRef")).ifPresent(ref -> assertThat(secrets)
                        .as(deployment.file() + ": envFrom").contains((String) map(ref).get("name")));
            }
        }
        Map<String, String> configData = configMapData();
        Map<String, Object> secretData = map(named("Secret", "caravan-secrets").document(), "stringData");
        for (Manifest integration : ofKind("Integration")) {
            for (String variable : environment(integration)) {
                String value = variable.substring(variable.indexOf('=') + 1);
                if (value.startsWith("configmap:caravan-config/")) {
                    assertThat(configData).as(integration.file() + ": " + variable)
                            .containsKey(value.substring("configmap:caravan-config/".length()));
                } else if (value.startsWith("secret:caravan-secrets/")) {
                    assertThat(secretData).as(integration.file() + ": " + variable)
                            .containsKey(value.substring("secret:caravan-secrets/".length()));
                } else {
                    assertThat(value).as(integration.file() + ": " + variable).doesNotContain(":");
                }
            }
        }
    }

    @Test
    void theApiServiceSendsTrafficToTheApiOnly() {
        Map<String, Object> selector = map(map(named("Service", "caravan-api").document(), "spec"), "selector");
        assertThat(podLabels(named("Deployment", "caravan-api"))).containsAllEntriesOf(selector);
        assertThat(podLabels(named("Deployment", "caravan-worker")).entrySet().containsAll(selector.entrySet()))
                .as("worker pods match the API's selector").isFalse();
    }

    /** Stats as the API builds them from a queue holding {@code queued} tasks per priority. */
    @SuppressWarnings("unchecked")
    private static QueueStatistics.Stats statsWithQueued(Map<Priority, Long> queued) {
        StringRedisTemplate redis = mock(StringRedisTemplate.class, RETURNS_DEEP_STUBS);
        // the queued-count hash, answered in the order RedisTaskQueue asks for its fields (priority order)
        when(redis.opsForHash().multiGet(anyString(), any(Collection.class))).thenReturn(Arrays.stream(Priority.values())
                .map(priority -> (Object) String.valueOf(queued.get(priority))).toList());
        when(redis.opsForZSet().zCard(anyString())).thenReturn(0L);
        QueueDepth depth = new RedisTaskQueue(redis, JSON).depth("caravan:crawl");
        return new QueueStatistics.Stats("caravan:crawl", depth.ready(), depth.readyTotal(), 0, depth.leased(), 0, 0, List.of(), 0, 0,
                new QueueStatistics.Hosts(0, 0, 0, 0, 0, List.of()), 0, List.of());
    }

    /** A GJSON path of plain keys and indexes (the only kind accepted here), as KEDA evaluates it. */
    private static JsonNode gjson(JsonNode document, String path) {
        assertThat(path).as("a plain GJSON path").matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");
        JsonNode node = document;
        for (String key : path.split("\\.")) {
            node = node.isArray() && key.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(key)) : node.path(key);
        }
        return node;
    }

    /** The path of the REST API's GET that answers the queue stats, from the route file. */
    private static String queueStatsPath() throws IOException {
        try (Reader reader = Files.newBufferedReader(REST_ROUTES)) {
            for (Object element : (List<?>) new Yaml().load(reader)) {
                Object rest = map(element).get("rest");
                if (rest != null) {
                    for (Map<String, Object> get : maps(map(rest).get("get"))) {
                        if ("direct:queue-stats".equals(get.get("to"))) {
                            return map(rest).get("path") + (String) get.get("path");
                        }
                    }
                }
            }
        }
        throw new AssertionError("no GET to direct:queue-stats in " + REST_ROUTES);
    }

    private static boolean runsWorkers(Manifest workload) {
        if (workload.kind().equals("Integration")) {
            return !environment(workload).contains("CARAVAN_WORKER_ENABLED=false");
        }
        return !strings(container(workload).get("args")).contains(WORKER_OFF);
    }

    private static List<String> environment(Manifest integration) {
        return strings(map(map(map(integration.document(), "spec"), "traits"), "environment").get("vars"));
    }

    private static Map<String, Object> container(Manifest deployment) {
        List<Map<String, Object>> containers = maps(map(map(map(deployment.document(), "spec"), "template"),
                "spec").get("containers"));
        assertThat(containers).as(deployment.file() + ": one container").hasSize(1);
        return containers.get(0);
    }

    private static Map<String, Object> podLabels(Manifest deployment) {
        return map(map(map(map(deployment.document(), "spec"), "template"), "metadata"), "labels");
    }

    private static Object probePath(Map<String, Object> container, String probe) {
        return map(map(container, probe), "httpGet").get("path");
    }

    private static Map<String, String> configMapData() {
        return cast(map(named("ConfigMap", "caravan-config").document(), "data"));
    }

    private static Manifest named(String kind, String name) {
        return ofKind(kind).stream().filter(m -> name.equals(m.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " under " + ROOT));
    }

    private static List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertThat(child).as(key).isInstanceOf(Map.class);
        return cast(child);
    }

    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return cast(value);
    }

    private static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(KubernetesManifestsTest::map).toList();
    }

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(Objects::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
