package routes.fetch;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * At most N requests in flight to one host from all worker processes together (slots in Redis,
 * each expiring in case its holder dies). Held exactly around the request: Camel's
 * ConcurrentRequests throttle releases only when the whole exchange completes, and counts in one JVM.
 */
@Component
public class HostConcurrency {

    private static final long MAX_WAIT_STEP_MILLIS = 50;

    private final StringRedisTemplate redis;
    private final int maxPerHost;
    private final Duration slotLifetime;
    private final RedisScript<Long> take = RedisScript.of(new ClassPathResource("queue/inflight.lua"), Long.class);

    public HostConcurrency(StringRedisTemplate redis, FetchProperties fetch,
                           @Value("${caravan.fetch.per-host.max-concurrent}") int maxPerHost) {
        this.redis = redis;
        this.maxPerHost = maxPerHost;
        // a request (with its redirects) cannot outlive this; a slot older than it belongs to a dead worker
        this.slotLifetime = fetch.connectTimeout().plus(fetch.readTimeout()).multipliedBy(fetch.maxRedirects() + 1L);
    }

    public <T> T call(String host, Supplier<T> request) {
        String key = "caravan:inflight:" + host;
        String slot = UUID.randomUUID().toString();
        try {
            takeSlot(key, slot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            redis.opsForZSet().remove(key, slot);
            throw new TransientFetchException(host, "interrupted waiting for a request slot to " + host, null, e);
        }
        try {
            return request.get();
        } finally {
            redis.opsForZSet().remove(key, slot);
        }
    }

    private void takeSlot(String key, String slot) throws InterruptedException {
        long waitMillis = 1;
        while (true) {
            long now = System.currentTimeMillis();
            Long taken = redis.execute(take, List.of(key), String.valueOf(now),
                    String.valueOf(now + slotLifetime.toMillis()), String.valueOf(maxPerHost), slot);
            if (taken != null && taken == 1) {
                return;
            }
            // all slots busy: they free up as requests finish, which takes milliseconds, so wait briefly
            TimeUnit.MILLISECONDS.sleep(waitMillis);
            waitMillis = Math.min(MAX_WAIT_STEP_MILLIS, waitMillis * 2);
        }
    }
}
