package caravan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shop on loopback that misbehaves the way real ones do. Product {@code n} behaves by
 * {@code n % 20}: 1 answers 503 twice, 2 answers 429 with Retry-After: 1 once, 3 is slower than
 * any sane timeout once, 4 drops the connection once, 5 redirects in a loop, 6 sends a truncated
 * body once, 7 sends an endless body, 8 is nested 5,000 elements deep, 9 is malformed HTML; the
 * rest are well behaved. When {@link #down} is set, every product page answers 503.
 */
final class HostileSite implements AutoCloseable {

    static final int PRODUCTS = 60;
    private static final Pattern PRODUCT = Pattern.compile("^/p/(\\d+)$");

    private final HttpServer server;
    private final Map<String, List<Long>> attempts = new ConcurrentHashMap<>();
    volatile boolean down;

    HostileSite(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** When each request for the path arrived (System.nanoTime). */
    List<Long> attempts(String path) {
        return attempts.getOrDefault(path, List.of());
    }

    /** How many product pages were requested between two instants (System.nanoTime). */
    long productRequestsBetween(long fromNanos, long toNanos) {
        return attempts.entrySet().stream().filter(e -> e.getKey().startsWith("/p/"))
                .flatMap(e -> e.getValue().stream()).filter(t -> t > fromNanos && t < toNanos).count();
    }

    static boolean recoverable(int product) {
        return product % 20 != 5 && product % 20 != 7;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        List<Long> times = attempts.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
        times.add(System.nanoTime());
        Matcher product = PRODUCT.matcher(path);
        if (path.equals("/") || path.equals("/c/all")) {
            StringBuilder links = new StringBuilder("<nav><a href=\"/c/all\">All</a></nav>");
            for (int n = 1; n <= PRODUCTS && path.equals("/c/all"); n++) {
                links.append("<a class=\"product-link\" href=\"/p/").append(n).append("\">").append(n).append("</a>");
            }
            send(exchange, 200, links.toString());
        } else if (product.matches()) {
            serveProduct(exchange, Integer.parseInt(product.group(1)), times.size());
        } else {
            send(exchange, 404, "not here");
        }
    }

    private void serveProduct(HttpExchange exchange, int n, int attempt) throws IOException {
        if (down) {
            send(exchange, 503, "down for maintenance");
            return;
        }
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Item " + n
                + "\",\"offers\":{\"price\":\"" + n + ".00\",\"priceCurrency\":\"EUR\"}}</script></head><body>";
        switch (n % 20) {
            case 1 -> send(exchange, attempt <= 2 ? 503 : 200, page);
            case 2 -> {
                if (attempt == 1) {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    send(exchange, 429, "slow down");
                } else {
                    send(exchange, 200, page);
                }
            }
            case 3 -> {
                if (attempt == 1) {
                    pause(2500);
                }
                send(exchange, 200, page);
            }
            case 4 -> {
                if (attempt == 1) {
                    exchange.close(); // connection dropped before any answer
                } else {
                    send(exchange, 200, page);
                }
            }
            case 5 -> {
                exchange.getResponseHeaders().set("Location", "/p/" + n);
                send(exchange, 302, "");
            }
            case 6 -> {
                if (attempt == 1) {
                    exchange.sendResponseHeaders(200, 100_000);
                    exchange.getResponseBody().write(page.getBytes(StandardCharsets.UTF_8));
                    exchange.close(); // promised 100,000 bytes, sent a few hundred
                } else {
                    send(exchange, 200, page);
                }
            }
            case 7 -> endless(exchange);
            case 8 -> send(exchange, 200, page + "<div>".repeat(5000) + "deep" + "</div>".repeat(5000));
            case 9 -> send(exchange, 200, page.replace("<body>", "<body><p><b><i>unclosed <table><tr><td>&&&;<<>> \u0000 </x"));
            default -> send(exchange, 200, page);
        }
    }

    private static void endless(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>more</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
            }
        } catch (IOException clientHungUp) {
            // expected: the fetcher stops at its body cap
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
