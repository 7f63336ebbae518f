package caravan.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves a {@link DemoCatalog} over HTTP on loopback — for the demo run, the tests and the benchmarks. */
public class DemoShopServer {

    private static final Pattern PRODUCT_PATH = Pattern.compile("^/p/(\\d+)-[^/]+$");
    private static final Pattern PAGE_PARAM = Pattern.compile("(?:^|&)page=(\\d{1,6})(?:&|$)");

    private final DemoCatalog catalog;
    private final String bindHost;
    private final int requestedPort;
    private final int failingEvery;
    private final int productDelayMillis;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    /** Arrival times within the last second of the latest request, oldest first; guarded by this. */
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private int busiestSecond; // guarded by this
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private HttpServer server;
    private ExecutorService executor;
    private DemoShopPages pages;

    /** @param failingEvery when > 0, product pages whose id is a multiple of it always answer 503 */
    public DemoShopServer(DemoCatalog catalog, String bindHost, int port, int failingEvery) {
        this(catalog, bindHost, port, failingEvery, 0);
    }

    /** @param productDelayMillis how long a product page takes to answer, like a real shop's backend */
    public DemoShopServer(DemoCatalog catalog, String bindHost, int port, int failingEvery, int productDelayMillis) {
        this.catalog = catalog;
        this.bindHost = bindHost;
        this.requestedPort = port;
        this.failingEvery = failingEvery;
        this.productDelayMillis = productDelayMillis;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(bindHost, requestedPort), 256);
        executor = Executors.newFixedThreadPool(productDelayMillis > 0 ? 64 : 8);
        server.setExecutor(executor);
        pages = new DemoShopPages(catalog, baseUrl());
        server.createContext("/", this::handle);
        server.start();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + bindHost + ":" + port();
    }

    public DemoCatalog catalog() {
        return catalog;
    }

    /** Requests received for a path (with its query, if any): lets tests see retries happen. */
    public int requestCount(String pathAndQuery) {
        AtomicInteger count = requests.get(pathAndQuery);
        return count == null ? 0 : count.get();
    }

    /** The most requests the server was answering at the same moment. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /**
     * The most requests (robots.txt included) received within any one second, for checking rate
     * limits from outside. Kept as a running figure: the demo shop of a long-running service must
     * not keep a timestamp per request it ever answered.
     */
    public synchronized int busiestSecond() {
        return busiestSecond;
    }

    private synchronized void recordArrival() {
        long now = System.nanoTime();
        lastSecond.addLast(now);
        while (now - lastSecond.peekFirst() >= 1_000_000_000L) {
            lastSecond.removeFirst();
        }
        busiestSecond = Math.max(busiestSecond, lastSecond.size());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.computeIfAbsent(query == null ? path : path + "?" + query, k -> new AtomicInteger()).incrementAndGet();
            recordArrival();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                respond(exchange, 405, "text/plain", "GET only");
                return;
            }
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Response response = route(path, query);
                respond(exchange, response.status, response.contentType, response.body);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private Response route(String path, String query) {
        if (path.equals("/")) {
            return Response.html(pages.home());
        }
        if (path.equals("/robots.txt")) {
            return new Response(200, "text/plain; charset=utf-8", pages.robots());
        }
        if (path.equals("/sitemap.xml")) {
            return new Response(200, "application/xml; charset=utf-8", pages.sitemap());
        }
        Matcher product = PRODUCT_PATH.matcher(path);
        if (product.matches()) {
            Optional<DemoProduct> found = catalog.product(Integer.parseInt(product.group(1)))
                    .filter(p -> p.urlPath().equals(path));
            if (found.isEmpty()) {
                return Response.notFound();
            }
            pause(productDelayMillis);
            if (failingEvery > 0 && found.get().id() % failingEvery == 0) {
                return new Response(503, "text/plain; charset=utf-8", "temporarily unavailable");
            }
            return Response.html(pages.product(found.get()));
        }
        Optional<DemoCategory> category = catalog.categoryAt(path);
        if (category.isPresent()) {
            Matcher page = PAGE_PARAM.matcher(query == null ? "" : query);
            int number = page.find() ? Integer.parseInt(page.group(1)) : 1;
            return pages.listing(category.get(), number).map(Response::html).orElseGet(Response::notFound);
        }
        return Response.notFound();
    }

    private static void pause(int millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private record Response(int status, String contentType, String body) {
        static Response html(String body) {
            return new Response(200, "text/html; charset=utf-8", body);
        }

        static Response notFound() {
            return new Response(404, "text/html; charset=utf-8", "<h1>Not found</h1>");
        }
    }

    /** Serves a shop from its own process: {@code --port 8099 --products 10000 --host 127.0.0.1}. */
    public static void main(String[] args) throws Exception {
        int port = 8099;
        int products = 10_000;
        String host = "127.0.0.1";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--products" -> products = Integer.parseInt(args[i + 1]);
                case "--host" -> host = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DemoShopServer server = new DemoShopServer(DemoCatalog.generate(products), host, port, 0);
        server.start();
        System.out.println("Demo shop with " + products + " products at " + server.baseUrl());
        Thread.currentThread().join();
    }
}
