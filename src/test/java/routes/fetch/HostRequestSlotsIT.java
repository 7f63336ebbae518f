package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Per-host request slots and request spacing in the real (embedded) Redis. */
class HostRequestSlotsIT extends CaravanIntegrationTest {

    @Autowired
    private HostRequestSlots slots;
    @Value("${caravan.fetch.per-host.max-concurrent}")
    private int maxPerHost;

    @Test
    void neverMoreRequestsInFlightToAHostThanItsSlots() throws Exception {
        String host = "slots-" + UUID.randomUUID();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(maxPerHost * 3);
        try {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int i = 0; i < maxPerHost * 3; i++) {
                calls.add(CompletableFuture.runAsync(() -> {
                    String slot = slots.acquire(host, 0);
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    // the request taking its time: long enough that the rate limit's spacing (5 ms
                    // in tests) lets every slot fill while the first request is still out
                    sleepQuietly(100);
                    inside.decrementAndGet();
                    slots.release(host, slot);
                }, callers));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(maxPerHost);
    }

    @Test
    void crawlDelaySpacesRequestsToOneHost() {
        String host = "delay-" + UUID.randomUUID();
        List<Long> starts = new ArrayList<>();
        long before = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            slots.release(host, slots.acquire(host, 150));
            starts.add(System.nanoTime());
        }
        // the i-th request's slot is i intervals after the first one's; measured from before the
        // first, so a late wake-up of one call (a busy machine) cannot make the next look early
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - before)).isGreaterThanOrEqualTo(Duration.ofMillis(150L * i - 5));
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
