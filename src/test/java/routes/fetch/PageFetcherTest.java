package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import routes.model.PageValidators;

/** The fetcher against a real HTTP server on loopback. */
class PageFetcherTest {

    private static final long CAP = 64 * 1024;

    private HttpServer server;
    private PageFetcher fetcher;
    private String base;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String userAgent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok", ex -> {
            userAgent = ex.getRequestHeaders().getFirst("User-Agent");
            send(ex, 200, "text/html; charset=ISO-8859-1", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        });
        server.createContext("/moved", ex -> redirect(ex, "/ok"));
        // answers 304 to whoever sends its ETag, and (like a broken server) to a request without it
        server.createContext("/versioned", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v2\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
            String sent = ex.getRequestHeaders().getFirst("If-None-Match");
            send(ex, "\"v2\"".equals(sent) ? 304 : 200, "text/html", new byte[0]);
        });
        server.createContext("/moved-versioned", ex -> redirect(ex, "/versioned"));
        server.createContext("/always-304", ex -> send(ex, 304, "text/html", new byte[0]));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/chain", ex -> redirect(ex, ex.getRequestURI().getPath() + "x"));
        server.createContext("/escape", ex -> redirect(ex, "http://127.0.0.1:" + closedPort() + "/"));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", new byte[0]));
        server.createContext("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7");
            send(ex, 503, "text/plain", new byte[0]);
        });
        server.createContext("/limited", ex -> {
            ex.getResponseHeaders().set("Retry-After",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(120)));
            send(ex, 429, "text/plain", new byte[0]);
        });
        server.createContext("/slow", ex -> {
            await(release);
            send(ex, 200, "text/plain", new byte[0]);
        });
        server.createContext("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 10_000 && release.getCount() > 0; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // expected: the fetcher stops reading at the cap
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = new PageFetcher(new FetchSettings("CaravanTest/1", Duration.ofSeconds(2), Duration.ofMillis(300), 3, CAP),
                new HostGuard(List.of("127.0.0.1:" + server.getAddress().getPort()), InternalHosts.load()));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void fetchesAndDecodesWithTheDeclaredCharset() {
        FetchedPage page = fetcher.fetch(base + "/ok");
        assertThat(page.text()).isEqualTo("caf\u00e9");
        assertThat(userAgent).isEqualTo("CaravanTest/1");
    }

    @Test
    void aConditionalRequestSendsTheValidatorsAndA304IsAnUnchangedPage() {
        FetchedPage first = fetcher.fetch(base + "/moved-versioned");
        assertThat(first.notModified()).isFalse();
        assertThat(first.validators()).isEqualTo(new PageValidators("\"v2\"", "Tue, 01 Dec 2026 10:00:00 GMT"));

        // sent on every hop: the redirect's target answered the validators for the URL requested
        FetchedPage again = fetcher.fetch(base + "/moved-versioned", first.validators());
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isEmpty();
        assertThat(fetcher.fetch(base + "/versioned", new PageValidators("\"v1\"", null)).notModified())
                .as("another version is fetched whole").isFalse();
    }

    @Test
    void a304ToARequestThatWasNotConditionalIsAPermanentFailure() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/always-304")).isInstanceOf(PermanentFetchException.class)
                .hasMessageContaining("304");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        assertThat(fetcher.fetch(base + "/moved").url()).isEqualTo(base + "/ok");
    }

    @Test
    void redirectLoopsAndLongChainsArePermanent() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/loop")).isInstanceOf(PermanentFetchException.class)
                .hasMessageContaining("loop");
        assertThatThrownBy(() -> fetcher.fetch(base + "/chain")).isInstanceOf(PermanentFetchException.class)
                .hasMessageContaining("redirects");
    }

    @Test
    void aRedirectToAHostNotAllowedIsRefused() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/escape")).isInstanceOf(PermanentFetchException.class)
                .hasMessageContaining("allowed-hosts");
    }

    @Test
    void notFoundIsPermanent() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).isInstanceOf(PermanentFetchException.class)
                .hasMessageContaining("404");
    }

    @Test
    void unavailableAndRateLimitedAreTransientWithRetryAfter() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/busy")).isInstanceOfSatisfying(TransientFetchException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThatThrownBy(() -> fetcher.fetch(base + "/limited")).isInstanceOfSatisfying(TransientFetchException.class,
                e -> assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121)));
    }

    @Test
    void aSlowResponseTimesOutAsTransient() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/slow")).isInstanceOf(TransientFetchException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void anOversizedBodyIsCutAtTheCap() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(base + "/huge")).isInstanceOf(PermanentFetchException.class)
                .hasMessageContaining("larger than " + CAP);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedConnectionIsTransient() throws IOException {
        int closed = closedPort();
        PageFetcher toClosedPort = new PageFetcher(new FetchSettings("t", Duration.ofSeconds(1), Duration.ofSeconds(1), 3, CAP),
                new HostGuard(List.of("127.0.0.1:" + closed), InternalHosts.load()));
        assertThatThrownBy(() -> toClosedPort.fetch("http://127.0.0.1:" + closed + "/"))
                .isInstanceOf(TransientFetchException.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 302, "text/plain", new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
