package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.CaravanIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Per-host request slots and request spacing in the real (embedded) Redis. */
class HostRequestSlotsIT extends CaravanIntegrationTest {

    @Autowired
    private HostRequestSlots slots;
    @Autowired
    private StringRedisTemplate redis;
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
                    String slot = slots.acquire(host, 0, false);
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
            slots.release(host, slots.acquire(host, 150, false));
            starts.add(System.nanoTime());
        }
        // the i-th request's slot is i intervals after the first one's; measured from before the
        // first, so a late wake-up of one call (a busy machine) cannot make the next look early
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - before)).isGreaterThanOrEqualTo(Duration.ofMillis(150L * i - 5));
        }
    }

    @Test
    void neverMoreThanTheRateInAnyOneSecondAcrossProcessesHoweverCallersArrive() throws Exception {
        String host = "window-" + UUID.randomUUID();
        // two processes' worth of slots on the same Redis, 10 requests per second, callers in bursts
        List<HostRequestSlots> processes = List.of(slots(10, 8, 60), slots(10, 8, 60));
        List<Long> sent = new CopyOnWriteArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                HostRequestSlots process = processes.get(i % 2);
                calls.add(CompletableFuture.runAsync(() -> {
                    String slot = process.acquire(host, 0, false);
                    sent.add(System.nanoTime());
                    process.release(host, slot);
                }, callers));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }
        List<Long> times = sent.stream().sorted().toList();
        for (int first = 0; first + 10 < times.size(); first++) {
            assertThat(Duration.ofNanos(times.get(first + 10) - times.get(first)))
                    .as("the 11th request after request %d", first).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aRequestCountsAgainstTheRateUntilItHasEndedNotJustFromWhenItWasGranted() {
        String host = "long-" + UUID.randomUUID();
        HostRequestSlots onePerSecond = slots(1, 4, 60);
        String slow = onePerSecond.acquire(host, 0, false);
        sleepQuietly(400); // a slow answer, or a worker that sent late
        onePerSecond.release(host, slow);
        long ended = System.nanoTime();

        onePerSecond.release(host, onePerSecond.acquire(host, 0, false));

        assertThat(Duration.ofNanos(System.nanoTime() - ended)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void aCallerThatMayDeferIsToldHowLongItsHostNeedsInsteadOfWaiting() {
        String host = "defer-" + UUID.randomUUID();
        HostRequestSlots onePerSecond = slots(1, 4, 60);
        onePerSecond.release(host, onePerSecond.acquire(host, 0, true));
        long asked = System.nanoTime();

        assertThatThrownBy(() -> onePerSecond.acquire(host, 0, true)).isInstanceOfSatisfying(HostNotReadyException.class,
                e -> assertThat(e.getWaitMillis()).isBetween(500L, 1100L));
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered, not waited").isLessThan(Duration.ofMillis(500));
    }

    @Test
    void theSlotsOfAWorkerThatDiedExpireWithinTheLeaseWhileALiveWorkersAreKept() {
        String host = "dead-" + UUID.randomUUID();
        HostRequestSlots dying = slots(100, 1, 1);
        HostRequestSlots alive = slots(100, 1, 1);
        alive.release(host, alive.acquire(host, 0, false)); // the host's only slot, used once
        String held = alive.acquire(host, 0, false);
        sleepQuietly(1500); // past the lease: the live worker's heartbeat kept its slot
        assertThatThrownBy(() -> dying.acquire(host, 0, true)).isInstanceOf(HostNotReadyException.class);
        alive.release(host, held);

        dying.acquire(host, 0, false);
        dying.stop(); // killed: no heartbeat, no release
        long died = System.nanoTime();

        alive.release(host, alive.acquire(host, 0, false));
        assertThat(Duration.ofNanos(System.nanoTime() - died)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
    }

    private HostRequestSlots slots(int requestsPerSecond, int maxInFlight, int leaseSeconds) {
        return new HostRequestSlots(redis, requestsPerSecond, maxInFlight, Duration.ZERO, Duration.ofMillis(50),
                Duration.ofSeconds(30), leaseSeconds);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
