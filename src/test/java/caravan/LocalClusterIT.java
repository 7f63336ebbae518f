package caravan;

import static caravan.ServiceProcesses.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/local-cluster.sh} as a user runs it: one API and three worker processes of the
 * packaged jar, the workers using the embedded PostgreSQL and Redis of the API process. A crawl of
 * the demo shop must end with every product stored, and every worker must have done part of it.
 */
class LocalClusterIT {

    private static final int WORKERS = 3;
    private static final int PRODUCTS = 600;
    private static final Path RUN_DIR = Path.of("target", "local-cluster-it");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static int apiPort;
    private static int shopPort;

    @BeforeAll
    static void startCluster() throws Exception {
        apiPort = consecutiveFreePorts(1 + WORKERS); // workers take the ports after the API's
        do {
            shopPort = consecutiveFreePorts(1);
        } while (shopPort >= apiPort && shopPort <= apiPort + WORKERS);
        ScriptRun start = script("start", "--workers", String.valueOf(WORKERS), "--api-port", String.valueOf(apiPort),
                "--shop-port", String.valueOf(shopPort), "--run-dir", RUN_DIR.toString(), "--timeout", "120",
                "--", "--caravan.demo-shop.products=" + PRODUCTS, "--caravan.demo-shop.failing-every=0",
                "--logging.level.root=WARN");
        assertThat(start.exitCode()).as("start (logs in %s):%n%s", RUN_DIR, start.output()).isZero();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        ScriptRun stop = script("stop", "--run-dir", RUN_DIR.toString());
        assertThat(stop.exitCode()).as("stop:%n%s", stop.output()).isZero();
    }

    @Test
    void everyWorkerProcessTakesPartInOneCrawl() throws Exception {
        assertThat(script("status", "--run-dir", RUN_DIR.toString()).exitCode()).as("status: all healthy").isZero();
        HttpRequest submission = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"http://127.0.0.1:" + shopPort + "/\"}"))
                .build();
        long id = JSON.readTree(send(submission).body()).get("id").asLong();
        URI jobUri = URI.create("http://127.0.0.1:" + apiPort + "/api/jobs/" + id);

        JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> get(jobUri), j -> !j.get("status").asText().matches("QUEUED|DISCOVERING|RUNNING"));

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(PRODUCTS);
        assertThat(job.at("/counts/failedTasks").asInt()).isZero();
        assertThat(get(URI.create(jobUri + "/products?size=1")).get("total").asInt()).isEqualTo(PRODUCTS);
        List<Double> succeededByWorker = new ArrayList<>();
        for (int worker = 1; worker <= WORKERS; worker++) {
            succeededByWorker.add(succeededTasks(apiPort + worker));
        }
        assertThat(succeededByWorker).as("tasks each worker completed").allMatch(count -> count > 0);
        assertThat(succeededByWorker.stream().mapToDouble(Double::doubleValue).sum())
                .as("tasks completed by all workers (one per product, plus the listing and discover tasks)")
                .isGreaterThanOrEqualTo(PRODUCTS);
        assertThat(succeededTasks(apiPort)).as("tasks completed by the API process, which runs no workers").isZero();
    }

    /** The sum of a process's {@code caravan_tasks_total{outcome="succeeded"}} series, all kinds. */
    private static double succeededTasks(int port) throws IOException {
        String metrics = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .build()).body();
        return metrics.lines()
                .filter(line -> line.startsWith("caravan_tasks_total{") && line.contains("outcome=\"succeeded\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static JsonNode get(URI uri) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(uri).build()).body());
    }

    private record ScriptRun(int exitCode, String output) {
    }

    private static ScriptRun script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/local-cluster.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the embedded servers, whatever the machine's environment says; small heaps, quick starts on 2 cores
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CARAVAN_"));
        builder.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        builder.environment().put("JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
        Path output = Path.of("target", "local-cluster-it-" + arguments[0] + ".log");
        Process process = builder.redirectOutput(output.toFile()).start();
        boolean exited = process.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("the script exited (see %s)", output).isTrue();
        return new ScriptRun(process.exitValue(), Files.readString(output));
    }

    /**
     * The first of {@code count} consecutive ports nothing listens on, below Linux's ephemeral range
     * (32768 and up): the workers start tens of seconds after the ports are chosen, and meanwhile the
     * API's own outgoing connections (its pools to PostgreSQL and Redis) take ephemeral ports, one of
     * which could be a worker's.
     */
    private static int consecutiveFreePorts(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            if (IntStream.range(first, first + count).allMatch(ServiceProcesses::isFree)) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
    }
}
