package routes.fetch;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Politeness towards a host, across all worker processes together (Camel's throttle EIPs count in
 * one JVM, so N workers would send N times the limit): at most R requests in any window of one
 * second (plus a small margin), spaced by 1/R, never two closer than the site's Crawl-delay, and
 * at most M in flight at once. All of it lives in Redis and is decided by one script
 * (host_slots.lua) at the moment of sending, on Redis's clock. A request counts from its grant
 * until it has ended, so a worker descheduled between the grant and the send cannot break the
 * limit: it only uses up its own turn.
 * A caller whose host is not ready within {@code max-wait-in-thread} hands its task back to the
 * queue ({@link HostNotReadyException}) rather than sleeping; slots held by requests still running
 * are kept alive by a heartbeat, and expire within the queue's lease time when their worker dies.
 */
@Component
public class HostRequestSlots implements RequestSlots {

    private static final Logger log = LoggerFactory.getLogger(HostRequestSlots.class);
    private static final long MAX_POLL_MICROS = 50_000;
    /** How long a task waits in the queue when every in-flight slot of its host is busy. */
    private static final Duration IN_FLIGHT_DEFER = Duration.ofMillis(100);

    private final StringRedisTemplate redis;
    private final long spacingMicros;
    private final int requestsPerWindow;
    private final long windowMicros;
    private final int maxInFlight;
    private final long maxWaitInThreadMicros;
    private final Duration slotLifetime;
    private final Duration endedRetention;
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "host-slots-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    @SuppressWarnings("rawtypes")
    private final RedisScript<List> slotsScript = script("host_slots.lua", List.class);
    private final RedisScript<Long> endScript = script("host_slot_end.lua", Long.class);
    private final RedisScript<Long> keepScript = script("host_slot_keep.lua", Long.class);

    public HostRequestSlots(StringRedisTemplate redis,
                            @Value("${caravan.fetch.per-host.requests-per-second}") int requestsPerSecond,
                            @Value("${caravan.fetch.per-host.max-concurrent}") int maxInFlight,
                            @Value("${caravan.fetch.per-host.rate-window-margin}") Duration windowMargin,
                            @Value("${caravan.fetch.per-host.max-wait-in-thread}") Duration maxWaitInThread,
                            @Value("${caravan.fetch.robots.max-crawl-delay}") Duration maxCrawlDelay,
                            @Value("${caravan.queue.lease-seconds}") int leaseSeconds) {
        this.redis = redis;
        // microseconds: in whole milliseconds, anything above 1,000 requests per second would be capped there
        this.spacingMicros = Math.max(1, 1_000_000L / requestsPerSecond);
        this.requestsPerWindow = requestsPerSecond;
        this.windowMicros = 1_000_000L + windowMargin.toNanos() / 1000;
        this.maxInFlight = maxInFlight;
        this.maxWaitInThreadMicros = maxWaitInThread.toNanos() / 1000;
        // an ended request must stay in the log for the window and for the longest Crawl-delay obeyed
        this.endedRetention = Duration.ofMillis(Math.max(windowMicros / 1000, maxCrawlDelay.toMillis()) + 1000);
        this.slotLifetime = Duration.ofSeconds(leaseSeconds);
        long beat = Math.max(1, slotLifetime.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::keepHeldSlots, beat, beat, TimeUnit.MILLISECONDS);
    }

    @Override
    public String acquire(String host, long crawlDelayMillis, boolean mayDefer) {
        String slot = UUID.randomUUID().toString();
        long gapMicros = crawlDelayMillis * 1000;
        long waitedMicros = 0;
        long pollMicros = 1000;
        try {
            while (true) {
                long[] answer = take(host, gapMicros, slot);
                if (answer[1] == 1) {
                    held.put(slot, host);
                    return slot;
                }
                // 0: all in-flight slots busy; they free up as requests end, which takes milliseconds
                long waitMicros = answer[0] > 0 ? answer[0] : pollMicros;
                if (mayDefer && waitedMicros + waitMicros > maxWaitInThreadMicros) {
                    Duration wait = answer[0] > 0 ? Duration.ofNanos(answer[0] * 1000) : IN_FLIGHT_DEFER;
                    throw new HostNotReadyException(host, wait, answer[0] > 0 ? "request rate" : "requests in flight");
                }
                TimeUnit.MICROSECONDS.sleep(waitMicros);
                waitedMicros += waitMicros;
                if (answer[0] == 0) {
                    pollMicros = Math.min(MAX_POLL_MICROS, pollMicros * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFetchException(host, "interrupted waiting for a request slot to " + host, null, e);
        }
    }

    /** The request ended: it leaves the in-flight slots, and counts against the rate for one more window. */
    @Override
    public void release(String host, String slot) {
        held.remove(slot);
        redis.execute(endScript, List.of(inFlightKey(host), endedKey(host)), slot,
                String.valueOf(endedRetention.toMillis()));
    }

    private long[] take(String host, long gapMicros, String slot) {
        List<?> result = redis.execute(slotsScript, List.of("caravan:rate-us:" + host, inFlightKey(host), endedKey(host)),
                String.valueOf(spacingMicros), String.valueOf(slotLifetime.toMillis()), String.valueOf(maxInFlight), slot,
                String.valueOf(requestsPerWindow), String.valueOf(windowMicros), String.valueOf(gapMicros));
        return new long[] {((Number) result.get(0)).longValue(), ((Number) result.get(1)).longValue()};
    }

    private void keepHeldSlots() {
        if (held.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>();
        args.add(String.valueOf(slotLifetime.toMillis()));
        held.forEach((slot, host) -> {
            args.add(inFlightKey(host));
            args.add(slot);
        });
        try {
            redis.execute(keepScript, List.of(), args.toArray());
        } catch (RuntimeException e) {
            log.warn("Cannot keep {} request slot(s) alive: {}", held.size(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
    }

    private static String inFlightKey(String host) {
        return "caravan:inflight:" + host;
    }

    private static String endedKey(String host) {
        return "caravan:sent-us:" + host;
    }

    private static <T> RedisScript<T> script(String name, Class<T> type) {
        return RedisScript.of(new ClassPathResource("queue/" + name), type);
    }
}
