package routes.fetch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N requests in flight to one host from this process. Held exactly around the request:
 * Camel's ConcurrentRequests throttle releases only when the whole exchange completes, so a
 * retried task would hold one permit per attempt and starve the host.
 */
@Component
public class HostConcurrency {

    private final int maxPerHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    public HostConcurrency(@Value("${caravan.fetch.per-host.max-concurrent}") int maxPerHost) {
        this.maxPerHost = maxPerHost;
    }

    public <T> T call(String host, Supplier<T> request) {
        Semaphore permits = hosts.computeIfAbsent(host, h -> new Semaphore(maxPerHost, true));
        try {
            permits.acquire();
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
}
