package caravan.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recrawl of a shop served as static files by nginx, which answers conditional requests itself
 * (ETag and Last-Modified from each file): the product pages that did not change answer 304, are
 * counted as unchanged and add no observation; the one that changed is fetched and read again.
 * Skipped where nginx is not installed, unless CARAVAN_REQUIRE_NGINX=1 (CI) makes that a failure.
 */
@ExtendWith(NginxRecrawlIT.NeedsNginx.class)
class NginxRecrawlIT extends CaravanIntegrationTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String MISSING_NGINX = "nginx is needed at " + NGINX + " (Debian: apt-get install nginx-light)";
    private static final int PRODUCTS = 10;

    /** Without nginx the class is skipped with the reason, before the application context starts. */
    static class NeedsNginx implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(NGINX) || "1".equals(System.getenv("CARAVAN_REQUIRE_NGINX"))) {
                return ConditionEvaluationResult.enabled("nginx is installed, or required");
            }
            return ConditionEvaluationResult.disabled(MISSING_NGINX + "; skipped (set CARAVAN_REQUIRE_NGINX=1 to fail instead)");
        }
    }

    @BeforeAll
    static void nginxIsInstalled() {
        assertTrue(Files.isExecutable(NGINX), MISSING_NGINX + "; CARAVAN_REQUIRE_NGINX=1 makes that a failure");
    }

    @Test
    void unchangedPagesAnswer304AreCountedAndAddNoObservation(@TempDir Path dir) throws Exception {
        String host = FIXTURE_SHOP_HOSTS.get(7);
        int port = freePort(host);
        String baseUrl = "http://" + host + ":" + port;
        ChangingShop shop = new ChangingShop(PRODUCTS);
        Path root = Files.createDirectories(dir.resolve("html"));
        publish(shop, baseUrl, root, Instant.parse("2026-11-01T09:00:00Z"));
        Process nginx = start(dir, host, port);
        try {
            long first = crawl(baseUrl);
            assertThat(json(get("/api/jobs/" + first)).at("/profile/name").asText()).as("Dawn's markup").isEqualTo("shopify");
            shop.reprice(3, shop.product(3).price().add(BigDecimal.ONE));
            publish(shop, baseUrl, root, Instant.parse("2026-11-01T09:00:00Z"));
            // only the changed page is written again, with a newer modification time
            write(root, shop, shop.product(3).path(), baseUrl, Instant.parse("2026-11-02T09:00:00Z"));

            long second = crawl(baseUrl);

            JsonNode job = json(get("/api/jobs/" + second));
            assertThat(job.at("/counts/pagesUnchanged").asInt()).isEqualTo(PRODUCTS - 1);
            assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(PRODUCTS);
            assertThat(jdbc.queryForList("""
                    SELECT p.url FROM product_observation o JOIN product p ON p.id = o.product_id WHERE o.job_id = ?
                    """, String.class, second)).as("observed anew: the changed product only")
                    .containsExactly(baseUrl + shop.product(3).path());
            JsonNode changes = json(get("/api/jobs/" + second + "/changes"));
            assertThat(changes.get("comparedWithJobId").asLong()).isEqualTo(first);
            assertThat(changes.get("items")).hasSize(1);
            assertThat(changes.at("/items/0/change").asText()).isEqualTo("price_up");

            List<String> log = Files.readAllLines(dir.resolve("access.log"));
            assertThat(log.stream().filter(line -> line.startsWith("304 /products/")).count()).isEqualTo(PRODUCTS - 1);
            assertThat(log.stream().filter(line -> line.startsWith("200 /products/")).count()).isEqualTo(PRODUCTS + 1);
            assertThat(log.stream().filter(line -> line.endsWith(" /collections/all")).toList())
                    .as("a listing is fetched whole every time: its links are needed")
                    .containsExactly("200 /collections/all", "200 /collections/all");
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    private long crawl(String baseUrl) {
        long id = submit("{\"url\": \"" + baseUrl + "/\", \"type\": \"full_site\"}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(60));
        assertThat(job.get("status").asText()).as("job %s: %s", id, job.get("error")).isEqualTo("DONE");
        return id;
    }

    /** The shop as static files: the home page, its listing, each product page (extension-less URLs, .html files). */
    private static void publish(ChangingShop shop, String baseUrl, Path root, Instant modified) throws IOException {
        write(root, shop, "/", baseUrl, modified);
        write(root, shop, "/collections/all", baseUrl, modified);
        for (ChangingShop.Product product : shop.products()) {
            if (!Files.exists(file(root, product.path()))) {
                write(root, shop, product.path(), baseUrl, modified);
            }
        }
    }

    private static void write(Path root, ChangingShop shop, String path, String baseUrl, Instant modified) throws IOException {
        Path file = file(root, path);
        Files.createDirectories(file.getParent());
        Files.write(file, shop.page(path, baseUrl).body());
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static Path file(Path root, String path) {
        return root.resolve(path.equals("/") ? "index.html" : path.substring(1) + ".html");
    }

    private static Process start(Path dir, String host, int port) throws IOException {
        Path config = dir.resolve("nginx.conf");
        Files.writeString(config, """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    types { text/html html; }
                    log_format statuses '$status $request_uri';
                    access_log %1$s/access.log statuses;
                    client_body_temp_path %1$s/body;
                    server {
                        listen %2$s:%3$d;
                        root %1$s/html;
                        location / { try_files $uri.html $uri/index.html =404; }
                    }
                }
                """.formatted(dir, host, port));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                "-c", config.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            assertThat(nginx.isAlive()).as("nginx: %s", Files.exists(dir.resolve("error.log"))
                    ? Files.readString(dir.resolve("error.log")) : "").isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return nginx;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }
}
