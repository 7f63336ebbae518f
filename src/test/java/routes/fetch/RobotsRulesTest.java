package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** robots.txt rules from a real server on loopback, and the Crawl-delay they impose. */
class RobotsRulesTest {

    private HttpServer server;
    private String base;
    private final AtomicInteger robotsRequests = new AtomicInteger();
    private volatile int robotsStatus = 200;
    private RobotsRules robots;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robots.txt", ex -> {
            robotsRequests.incrementAndGet();
            byte[] body = """
                    User-agent: othercrawler
                    Disallow: /

                    User-agent: caravan
                    Disallow: /private
                    Crawl-delay: 2
                    """.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(robotsStatus, robotsStatus == 200 ? body.length : -1);
            try (OutputStream out = ex.getResponseBody()) {
                if (robotsStatus == 200) {
                    out.write(body);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        FetchProperties properties = new FetchProperties("Caravan/0.1 (+https://example.org)", Duration.ofSeconds(1),
                Duration.ofSeconds(1), 3, DataSize.ofKilobytes(64), List.of("127.0.0.1:" + server.getAddress().getPort()));
        PageFetcher fetcher = new PageFetcher(new FetchSettings(properties.userAgent(), properties.connectTimeout(),
                properties.readTimeout(), 3, 65536), new HostGuard(properties.allowedHosts(), InternalHosts.load()));
        robots = new RobotsRules(fetcher, unlimited(), properties, true, Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void appliesTheGroupForOurProductTokenAndCachesIt() {
        var rules = robots.forPage(URI.create(base + "/c/shoes"), false);
        assertThat(rules.isAllowed(base + "/c/shoes")).isTrue();
        assertThat(rules.isAllowed(base + "/private/orders")).isFalse();
        assertThat(robots.crawlDelayMillis(base + "/c/shoes")).isEqualTo(2000);
        assertThatThrownBy(() -> robots.check(base + "/private/x", false)).isInstanceOf(PermanentFetchException.class);
        robots.forPage(URI.create(base + "/p/1"), false);
        assertThat(robotsRequests).hasValue(1);
    }

    @Test
    void noRobotsTxtAllowsEverything() {
        robotsStatus = 404;
        assertThat(robots.forPage(URI.create(base + "/private/x"), false).isAllowed(base + "/private/x")).isTrue();
    }

    @Test
    void anUnreachableRobotsTxtFailsTheFetchForNowAndIsNotCached() {
        robotsStatus = 503;
        assertThatThrownBy(() -> robots.forPage(URI.create(base + "/c/shoes"), false)).isInstanceOf(TransientFetchException.class);
        robotsStatus = 200;
        assertThat(robots.forPage(URI.create(base + "/private"), false).isAllowed(base + "/private")).isFalse();
    }

    /** Politeness is HostRequestSlotsIT's subject (with Redis); here every request may go at once. */
    private static RequestSlots unlimited() {
        return new RequestSlots() {
            @Override
            public String acquire(String host, long crawlDelayMillis, boolean mayDefer) {
                return "slot";
            }

            @Override
            public void release(String host, String slot) {
            }
        };
    }
}
