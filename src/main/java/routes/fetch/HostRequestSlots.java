package routes.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Politeness towards a host, across all worker processes together (Camel's throttle EIPs count in
 * one JVM, so N workers would send N times the limit): at most R requests per second and never
 * sooner after one another than the site's Crawl-delay, and at most M requests in flight at once.
 * Both are slots in Redis, taken by one script: when the next moment to send is now, which is the
 * common case, one round trip gives both. The in-flight slot is held from just before the request
 * until {@link #release}, and expires in case its holder dies.
 */
@Component
public class HostRequestSlots {

    private static final long MAX_WAIT_STEP_MILLIS = 50;

    private final StringRedisTemplate redis;
    private final long intervalMicros;
    private final int maxInFlight;
    private final Duration slotLifetime;
    @SuppressWarnings("rawtypes")
    private final RedisScript<List> slotsScript = RedisScript.of(new ClassPathResource("queue/host_slots.lua"), List.class);

    public HostRequestSlots(StringRedisTemplate redis, FetchProperties fetch,
                            @Value("${caravan.fetch.per-host.requests-per-second}") int requestsPerSecond,
                            @Value("${caravan.fetch.per-host.max-concurrent}") int maxInFlight) {
        this.redis = redis;
        // microseconds: in whole milliseconds, anything above 1,000 requests per second would be capped there
        this.intervalMicros = Math.max(1, 1_000_000L / requestsPerSecond);
        this.maxInFlight = maxInFlight;
        // a request (with its redirects) cannot outlive this; a slot older than it belongs to a dead worker
        this.slotLifetime = fetch.connectTimeout().plus(fetch.readTimeout()).multipliedBy(fetch.maxRedirects() + 1L);
    }

    /** Blocks until this process may send its next request to {@code host}; returns the in-flight slot to release. */
    public String acquire(String host, long crawlDelayMillis) {
        String slot = UUID.randomUUID().toString();
        try {
            if (!take(host, Math.max(intervalMicros, crawlDelayMillis * 1000), slot)) {
                long waitMillis = 1;
                // all in-flight slots busy: they free up as requests finish, which takes milliseconds
                while (!take(host, 0, slot)) {
                    TimeUnit.MILLISECONDS.sleep(waitMillis);
                    waitMillis = Math.min(MAX_WAIT_STEP_MILLIS, waitMillis * 2);
                }
            }
            return slot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(host, slot);
            throw new TransientFetchException(host, "interrupted waiting for a request slot to " + host, null, e);
        }
    }

    public void release(String host, String slot) {
        redis.opsForZSet().remove(inFlightKey(host), slot);
    }

    /** Takes the next moment to send (waiting for it) if {@code intervalMicros} > 0, and tries for an in-flight slot. */
    private boolean take(String host, long intervalMicros, String slot) throws InterruptedException {
        long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        List<?> result = redis.execute(slotsScript, List.of("caravan:rate-us:" + host, inFlightKey(host)),
                String.valueOf(nowMicros), String.valueOf(intervalMicros),
                String.valueOf(nowMicros / 1000 + slotLifetime.toMillis()), String.valueOf(maxInFlight), slot);
        long waitMicros = ((Number) result.get(0)).longValue();
        if (waitMicros > 0) {
            TimeUnit.MICROSECONDS.sleep(waitMicros);
            return false;
        }
        return ((Number) result.get(1)).longValue() == 1;
    }

    private static String inFlightKey(String host) {
        return "caravan:inflight:" + host;
    }
}
