package caravan.shops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link FixtureShop} over real HTTP on a loopback address, and records what was asked.
 * A page with an ETag or Last-Modified header is served as HTTP caches and nginx serve static files:
 * a conditional request that still matches it (If-None-Match, else If-Modified-Since) gets 304.
 */
public final class FixtureShopServer implements AutoCloseable {

    private final FixtureShop shop;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final String baseUrl;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger notModified = new AtomicInteger();

    public FixtureShopServer(FixtureShop shop, String host, int port) throws IOException {
        this.shop = shop;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public FixtureShop shop() {
        return shop;
    }

    /** Every request's raw path and query, in arrival order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many requests were answered 304 Not Modified. */
    public int notModifiedCount() {
        return notModified.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(raw);
            FixturePage page = "GET".equals(exchange.getRequestMethod()) ? shop.page(raw, baseUrl) : null;
            if (page == null) {
                page = new FixturePage(404, "text/html", "<!doctype html><title>404 Not Found</title>".getBytes(StandardCharsets.UTF_8), Map.of());
            } else if (page.status() == 200 && stillMatches(exchange, page)) {
                notModified.incrementAndGet();
                page = new FixturePage(304, page.contentType(), new byte[0], page.headers());
            }
            page.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        }
    }

    /** RFC 9110 §13.1: If-None-Match, when sent, decides (weak comparison); otherwise If-Modified-Since. */
    private static boolean stillMatches(HttpExchange exchange, FixturePage page) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String etag = page.headers().get("ETag");
        if (ifNoneMatch != null) {
            return etag != null && Arrays.stream(ifNoneMatch.split(","))
                    .map(tag -> tag.strip().replaceFirst("^W/", ""))
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag.replaceFirst("^W/", "")));
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        String lastModified = page.headers().get("Last-Modified");
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
