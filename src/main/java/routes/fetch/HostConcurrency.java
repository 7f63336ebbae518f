package routes.fetch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N requests in flight to one host from this process, and no sooner after one another than
 * the site's Crawl-delay asks. Held exactly around the request: Camel's ConcurrentRequests throttle
 * releases only when the whole exchange completes, so a retried task would hold one permit per
 * attempt and starve the host.
 */
@Component
public class HostConcurrency {

    private final int maxPerHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> nextStartNanos = new ConcurrentHashMap<>();

    public HostConcurrency(@Value("${caravan.fetch.per-host.max-concurrent}") int maxPerHost) {
        this.maxPerHost = maxPerHost;
    }

    /** @param minIntervalMillis the host's Crawl-delay (0: none) */
    public <T> T call(String host, long minIntervalMillis, Supplier<T> request) {
        Semaphore permits = hosts.computeIfAbsent(host, h -> new Semaphore(maxPerHost, true));
        try {
            permits.acquire();
            waitForTurn(host, minIntervalMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFetchException(host, "interrupted waiting for a request slot to " + host, null, e);
        }
        try {
            return request.get();
        } finally {
            permits.release();
        }
    }

    private void waitForTurn(String host, long minIntervalMillis) throws InterruptedException {
        if (minIntervalMillis <= 0) {
            return;
        }
        AtomicLong next = nextStartNanos.computeIfAbsent(host, h -> new AtomicLong(System.nanoTime()));
        long interval = TimeUnit.MILLISECONDS.toNanos(minIntervalMillis);
        // reserve the next start slot, then wait for it: concurrent callers line up one interval apart
        long slot = next.getAndAccumulate(System.nanoTime(), (reserved, now) -> Math.max(reserved, now) + interval);
        long wait = Math.max(slot, System.nanoTime()) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
