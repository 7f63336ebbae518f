package caravan.shops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves a {@link FixtureShop} over real HTTP on a loopback address, and records what was asked. */
public final class FixtureShopServer implements AutoCloseable {

    private final FixtureShop shop;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final String baseUrl;
    private final List<String> requests = new CopyOnWriteArrayList<>();

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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(raw);
            FixturePage page = "GET".equals(exchange.getRequestMethod()) ? shop.page(raw, baseUrl) : null;
            if (page == null) {
                page = new FixturePage(404, "text/html", "<!doctype html><title>404 Not Found</title>".getBytes(StandardCharsets.UTF_8), Map.of());
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

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
