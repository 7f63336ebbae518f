package routes.fetch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * At most N requests per second to one host from all worker processes together, and never sooner
 * after one another than the site's Crawl-delay: each request reserves the next free slot in Redis
 * (one atomic script) and waits for it. Camel's throttle EIP keeps its count in one JVM, so N
 * workers would send N times the limit.
 */
@Component
public class HostRateLimit {

    private final StringRedisTemplate redis;
    private final long intervalMicros;
    private final RedisScript<Long> reserve = RedisScript.of(new ClassPathResource("queue/rate.lua"), Long.class);

    public HostRateLimit(StringRedisTemplate redis,
                         @Value("${caravan.fetch.per-host.requests-per-second}") int requestsPerSecond) {
        this.redis = redis;
        // microseconds: in whole milliseconds, anything above 1,000 requests per second would be capped there
        this.intervalMicros = Math.max(1, 1_000_000L / requestsPerSecond);
    }

    /** Blocks until this process may send its next request to {@code host}. */
    public void acquire(String host, long crawlDelayMillis) throws InterruptedException {
        long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        long wait = redis.execute(reserve, List.of("caravan:rate-us:" + host), String.valueOf(nowMicros),
                String.valueOf(Math.max(intervalMicros, crawlDelayMillis * 1000)));
        if (wait > 0) {
            TimeUnit.MICROSECONDS.sleep(wait);
        }
    }
}
