package caravan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, as a user would write one: it checks each request's signature
 * with its own few lines (the README's) and records what it was sent. Each path answers by how many
 * requests of one delivery id it has seen ({@link #answer}); {@link #HOLD} keeps a request open,
 * unanswered, until the receiver closes.
 */
final class WebhookReceiver implements AutoCloseable {

    /** An answer that is none: the request is held open. */
    static final int HOLD = 0;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received: its headers, whether its signature held, and its body. */
    record Delivery(String path, String event, String deliveryId, String timestamp, boolean verified, JsonNode body) {

        long jobId() {
            return body.at("/job/id").asLong();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String secret;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final Map<String, IntUnaryOperator> answers = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    WebhookReceiver(int port, String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of one of its paths, e.g. url("/flaky"). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How the path answers the n-th request (from 1) of a delivery id; 200 unless told. */
    void answer(String path, IntUnaryOperator statusByAttempt) {
        answers.put(path, statusByAttempt);
    }

    List<Delivery> received() {
        return List.copyOf(received);
    }

    List<Delivery> receivedFor(long jobId) {
        return received.stream().filter(d -> d.jobId() == jobId).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String deliveryId = exchange.getRequestHeaders().getFirst("X-Caravan-Delivery");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Caravan-Timestamp");
            Delivery delivery = new Delivery(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Caravan-Event"), deliveryId, timestamp,
                    verify(timestamp, body, exchange.getRequestHeaders().getFirst("X-Caravan-Signature")),
                    JSON.readTree(body));
            received.add(delivery);
            long attempt = received.stream().filter(d -> d.deliveryId().equals(deliveryId)).count();
            int status = answers.getOrDefault(delivery.path(), n -> 200).applyAsInt((int) attempt);
            if (status == HOLD) {
                closing.await();
                return;
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The receiver's check: HMAC-SHA256 of "timestamp.body", compared in constant time; and a fresh timestamp. */
    private boolean verify(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
