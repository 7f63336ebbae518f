package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Runs the packaged jar as separate processes against servers the test started, as it runs in production. */
final class ServiceProcesses implements AutoCloseable {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> sharedArguments;
    private final List<Process> started = new ArrayList<>();

    /** @param sharedArguments options every process gets (where PostgreSQL and Redis are, allowed hosts...) */
    ServiceProcesses(List<String> sharedArguments) {
        this.sharedArguments = sharedArguments;
    }

    /** Starts one process listening on {@code port} and waits until its health endpoint answers. */
    Process start(String name, int port, String... arguments) throws IOException {
        return awaitHealthy(name, launch(name, port, arguments), port);
    }

    /**
     * Waits until the health endpoint on {@code port} answers (the management port, if it has one).
     * A JVM starts in 10-20 s here, but three starting at once beside a busy suite (load 24 on two
     * cores) took over two minutes: the bound only says when a start has surely failed.
     */
    static Process awaitHealthy(String name, Process process, int port) {
        await().atMost(Duration.ofSeconds(300)).until(() -> !process.isAlive() || status(port, "/actuator/health") == 200);
        assertThat(process.isAlive()).as("process %s is running (see %s)", name, log(name)).isTrue();
        return process;
    }

    /** Starts one process without waiting for it; its output goes to {@link #log}. */
    Process launch(String name, int port, String... arguments) throws IOException {
        File jar = new File("target/caravan.jar");
        assertThat(jar).as("the packaged jar (mvn verify builds it before integration tests)").exists();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-jar", jar.getPath(), "--server.port=" + port, "--caravan.embedded.enabled=false",
                "--caravan.demo-shop.enabled=false", "--logging.level.root=WARN"));
        // a process's own --name=value replaces the shared one (Spring would join repeated options)
        Map<String, String> options = new LinkedHashMap<>();
        Stream.concat(sharedArguments.stream(), Stream.of(arguments))
                .forEach(option -> options.put(option.split("=", 2)[0], option));
        command.addAll(options.values());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
        started.add(process);
        return process;
    }

    static Path log(String name) {
        return Path.of("target", "process-" + name + ".log");
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static int status(int port, String path) {
        try {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build()).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    /**
     * A port nothing listens on, below Linux's ephemeral range (32768 and up), and never the same
     * twice in a JVM: the server meant for it starts later, and meanwhile any outgoing connection
     * (a pool opening to PostgreSQL or Redis) takes an ephemeral port, which could have been it.
     */
    static int freePort() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            if (isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port below the ephemeral range");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
