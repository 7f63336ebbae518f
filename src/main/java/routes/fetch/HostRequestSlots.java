package routes.fetch;

import java.time.Duration;
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
 * one JVM, so N workers would send N times the limit): at most R requests in any window of one
 * second (plus a margin for requests received later than they were sent), never two closer than
 * the site's Crawl-delay, and at most M requests in flight at once. All of it lives in Redis and
 * is decided by one script at the moment of sending, on Redis's clock: a worker descheduled past
 * its moment asks again rather than sending late into a full window. The in-flight slot is held
 * from just before the request until {@link #release}, and expires in case its holder dies.
 */
@Component
public class HostRequestSlots implements RequestSlots {

    private static final long MAX_WAIT_STEP_MILLIS = 50;

    private final StringRedisTemplate redis;
    private final long spacingMicros;
    private final int requestsPerWindow;
    private final long windowMicros;
    private final int maxInFlight;
    private final Duration slotLifetime;
    @SuppressWarnings("rawtypes")
    private final RedisScript<List> slotsScript = RedisScript.of(new ClassPathResource("queue/host_slots.lua"), List.class);

    public HostRequestSlots(StringRedisTemplate redis, FetchProperties fetch,
                            @Value("${caravan.fetch.per-host.requests-per-second}") int requestsPerSecond,
                            @Value("${caravan.fetch.per-host.max-concurrent}") int maxInFlight,
                            @Value("${caravan.fetch.per-host.rate-window-margin}") Duration windowMargin) {
        this.redis = redis;
        // microseconds: in whole milliseconds, anything above 1,000 requests per second would be capped there
        this.spacingMicros = Math.max(1, 1_000_000L / requestsPerSecond);
        this.requestsPerWindow = requestsPerSecond;
        this.windowMicros = 1_000_000L + windowMargin.toNanos() / 1000;
        this.maxInFlight = maxInFlight;
        // a request (with its redirects) cannot outlive this; a slot older than it belongs to a dead worker
        this.slotLifetime = fetch.connectTimeout().plus(fetch.readTimeout()).multipliedBy(fetch.maxRedirects() + 1L);
    }

    @Override
    public String acquire(String host, long crawlDelayMillis) {
        String slot = UUID.randomUUID().toString();
        long gapMicros = crawlDelayMillis * 1000;
        try {
            // the first call reserves the next moment; the next ones only ask whether it may be now
            long[] answer = take(host, Math.max(spacingMicros, gapMicros), gapMicros, slot);
            long pauseMillis = 1;
            while (answer[1] == 0) {
                if (answer[0] > 0) {
                    TimeUnit.MICROSECONDS.sleep(answer[0]);
                } else {
                    // all in-flight slots busy: they free up as requests finish, which takes milliseconds
                    TimeUnit.MILLISECONDS.sleep(pauseMillis);
                    pauseMillis = Math.min(MAX_WAIT_STEP_MILLIS, pauseMillis * 2);
                }
                answer = take(host, 0, gapMicros, slot);
            }
            return slot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(host, slot);
            throw new TransientFetchException(host, "interrupted waiting for a request slot to " + host, null, e);
        }
    }

    @Override
    public void release(String host, String slot) {
        redis.opsForZSet().remove(inFlightKey(host), slot);
    }

    /** @return {µs to wait before asking again, 1 if the request may be sent now} */
    private long[] take(String host, long spacingMicros, long gapMicros, String slot) {
        List<?> result = redis.execute(slotsScript,
                List.of("caravan:rate-us:" + host, inFlightKey(host), "caravan:sent-us:" + host),
                String.valueOf(spacingMicros), String.valueOf(slotLifetime.toMillis()), String.valueOf(maxInFlight), slot,
                String.valueOf(requestsPerWindow), String.valueOf(windowMicros), String.valueOf(gapMicros));
        return new long[] {((Number) result.get(0)).longValue(), ((Number) result.get(1)).longValue()};
    }

    private static String inFlightKey(String host) {
        return "caravan:inflight:" + host;
    }
}
