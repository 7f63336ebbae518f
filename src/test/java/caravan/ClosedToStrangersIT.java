package caravan;

import static caravan.ServiceProcesses.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.embedded.RedisServer;

/**
 * The packaged jar as a stranger meets it: without an API key it listens on loopback only and its
 * Jolokia only reads; with a key, nothing that changes state is done for a request without it,
 * whatever its headers claim about where it came from.
 */
class ClosedToStrangersIT {

    private static final String KEY = "closed-to-strangers-test-key";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a client could send to pass for a local one, on every request below that lacks the key. */
    private static final Map<String, String> FORGED = Map.of("Host", "localhost", "X-Forwarded-For", "127.0.0.1",
            "Forwarded", "for=127.0.0.1;host=localhost", "X-Real-IP", "127.0.0.1");
    private static final String EXEC = "{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=DiagnosticCommand\","
            + "\"operation\":\"vmSystemProperties\"}";
    private static final String WRITE = "{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"Verbose\","
            + "\"value\":false}";
    private static final String READ = "{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"HeapMemoryUsage\"}";

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static ServiceProcesses processes;
    private static int openPort;
    private static int keyedPort;

    @BeforeAll
    static void startServersAndProcesses() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
        redis = RedisServer.newRedisServer().bind("127.0.0.1").port(freePort()).setting("save \"\"").build();
        redis.start();
        processes = new ServiceProcesses(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.data.redis.url=redis://127.0.0.1:" + redis.ports().get(0),
                "--caravan.worker.enabled=false",
                "--logging.level.caravan.security=INFO"));
        openPort = freePort();
        keyedPort = freePort();
        // started side by side: a start is mostly waiting
        Process open = processes.launch("no-key", openPort);
        Process keyed = processes.launch("keyed", keyedPort, "--caravan.security.api-key=" + KEY);
        ServiceProcesses.awaitHealthy("no-key", open, openPort);
        ServiceProcesses.awaitHealthy("keyed", keyed, keyedPort);
    }

    @AfterAll
    static void stopAll() throws IOException {
        processes.close();
        redis.stop();
        postgres.close();
    }

    @Test
    void withoutAKeyItListensOnLoopbackOnlyAndSaysSo() throws IOException {
        assertThat(Files.readString(ServiceProcesses.log("no-key")))
                .contains("No API key: listening on loopback only (127.0.0.1). "
                        + "Set CARAVAN_SECURITY_API_KEY to listen on other interfaces.");
        assertThat(ServiceProcesses.status(openPort, "/actuator/health")).isEqualTo(200);
        InetAddress other = nonLoopbackAddress();
        assertThatThrownBy(() -> connect(other, openPort)).isInstanceOf(ConnectException.class);
    }

    @Test
    void withAKeyItListensOnEveryInterface() throws IOException {
        assertThat(RawHttp.send(nonLoopbackAddress(), keyedPort, "GET", "/actuator/health", Map.of(), null).status())
                .isEqualTo(200);
    }

    @Test
    void aNonLoopbackAddressWithoutAKeyStopsTheStart() throws IOException {
        String address = nonLoopbackAddress().getHostAddress();
        Process refused = processes.launch("open-address", freePort(), "--server.address=" + address);
        await().atMost(Duration.ofSeconds(120)).until(() -> !refused.isAlive());
        assertThat(refused.exitValue()).isNotZero();
        assertThat(Files.readString(ServiceProcesses.log("open-address")))
                .contains("server.address=" + address + " is not a loopback address and no API key is configured");
    }

    @Test
    void theOptOutListensEverywhereWarnsAndStillOnlyReadsJolokia() throws IOException {
        int port = freePort();
        Process opened = processes.start("opt-out", port, "--caravan.security.allow-open-without-key=true");
        assertThat(Files.readString(ServiceProcesses.log("opt-out")))
                .containsPattern("WARN.*SECURITY: caravan.security.allow-open-without-key is true: "
                        + "listening on all interfaces WITHOUT an API key");
        InetAddress other = nonLoopbackAddress();
        assertThat(RawHttp.send(other, port, "GET", "/actuator/health", Map.of(), null).status()).isEqualTo(200);
        assertThat(jolokiaStatus(RawHttp.send(other, port, "POST", "/actuator/jolokia", FORGED, EXEC))).isEqualTo(403);
        opened.destroy();
    }

    @Test
    void aSeparateManagementPortIsLoopbackOnlyToo() throws IOException {
        int management = freePort();
        Process process = ServiceProcesses.awaitHealthy("management-port",
                processes.launch("management-port", freePort(), "--management.server.port=" + management), management);
        assertThat(Files.readString(ServiceProcesses.log("management-port")))
                .contains("Management server: No API key: listening on loopback only (127.0.0.1)");
        InetAddress other = nonLoopbackAddress();
        assertThatThrownBy(() -> connect(other, management)).isInstanceOf(ConnectException.class);
        assertThat(jolokiaStatus(post(management, "/actuator/jolokia", FORGED, EXEC))).isEqualTo(403);
        process.destroy();
    }

    @Test
    void hawtiosProxyToOtherJolokiaAgentsIsOff() throws IOException {
        String toItself = "/actuator/hawtio/proxy/http/127.0.0.1/" + openPort + "/actuator/jolokia";
        assertThat(post(openPort, toItself, FORGED, EXEC).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/jolokia", "/actuator/hawtio/jolokia"})
    void withoutAKeyJolokiaReadsButNeitherRunsOperationsNorWrites(String jolokia) throws IOException {
        assertThat(jolokiaStatus(get(openPort, jolokia + "/read/java.lang:type=Memory/HeapMemoryUsage", FORGED))).isEqualTo(200);
        assertThat(jolokiaStatus(get(openPort, jolokia + "/exec/com.sun.management:type=DiagnosticCommand/vmSystemProperties", FORGED)))
                .isEqualTo(403);
        assertThat(jolokiaStatus(get(openPort, jolokia + "/write/java.lang:type=Memory/Verbose/false", FORGED))).isEqualTo(403);
        assertThat(jolokiaStatus(post(openPort, jolokia, FORGED, EXEC))).isEqualTo(403);
        assertThat(jolokiaStatus(post(openPort, jolokia, FORGED, WRITE))).isEqualTo(403);
        JsonNode bulk = json(post(openPort, jolokia, FORGED, "[" + READ + "," + EXEC + "," + WRITE + "]"));
        assertThat(bulk.findValues("status")).extracting(JsonNode::asInt).containsExactly(200, 403, 403);
        assertThat(bulk.get(1).has("value")).as("no system properties given away").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/jolokia", "/actuator/hawtio/jolokia"})
    void withAKeyConfiguredForgedHeadersGetNothingFromJolokia(String jolokia) throws IOException {
        assertThat(post(keyedPort, jolokia, FORGED, EXEC).status()).isEqualTo(401);
        assertThat(get(keyedPort, jolokia + "/exec/com.sun.management:type=DiagnosticCommand/vmSystemProperties", FORGED)
                .status()).isEqualTo(401);
        assertThat(post(keyedPort, jolokia, withForged("X-API-Key", KEY + "x"), EXEC).status()).isEqualTo(401);
    }

    @Test
    void withTheKeyJolokiaRunsOperations() throws IOException {
        RawHttp.Response exec = post(keyedPort, "/actuator/jolokia", withForged("X-API-Key", KEY), EXEC);
        assertThat(jolokiaStatus(exec)).isEqualTo(200);
        assertThat(json(exec).get("value").asText()).contains("java.version");
        JsonNode bulk = json(post(keyedPort, "/actuator/jolokia", Map.of("Authorization", "Bearer " + KEY),
                "[" + READ + "," + WRITE + "]"));
        assertThat(bulk.findValues("status")).extracting(JsonNode::asInt).containsExactly(200, 200);
    }

    @Test
    void withAKeyConfiguredForgedHeadersChangeNoJob() throws IOException {
        String job = "{\"seeds\":[\"http://127.0.0.1:1/\"]}";
        assertThat(post(keyedPort, "/api/jobs", FORGED, job).status()).isEqualTo(401);
        assertThat(RawHttp.send(LOOPBACK, keyedPort, "DELETE", "/api/jobs/1", FORGED, null).status()).isEqualTo(401);
        assertThat(post(keyedPort, "/api/dead-letters/1/replay", FORGED, "{}").status()).isEqualTo(401);
    }

    private static RawHttp.Response get(int port, String path, Map<String, String> headers) throws IOException {
        return RawHttp.send(LOOPBACK, port, "GET", path, headers, null);
    }

    private static RawHttp.Response post(int port, String path, Map<String, String> headers, String body) throws IOException {
        return RawHttp.send(LOOPBACK, port, "POST", path, headers, body);
    }

    private static Map<String, String> withForged(String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(FORGED);
        headers.put(header, value);
        return headers;
    }

    /** The status Jolokia reports in its JSON: the HTTP status is 200 even for a refusal. */
    private static int jolokiaStatus(RawHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json(response).get("status").asInt();
    }

    private static JsonNode json(RawHttp.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
        }
    }

    /** An address of this machine other than loopback, where a stranger's connection would arrive. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        Optional<InetAddress> found = NetworkInterface.networkInterfaces()
                .filter(ClosedToStrangersIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(found.isPresent(), "this machine has no non-loopback IPv4 address");
        return found.get();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
