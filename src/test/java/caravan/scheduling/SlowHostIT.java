package caravan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import caravan.PrometheusScrape;
import caravan.demo.DemoCatalog;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Politeness as a scheduler, against real sites on loopback: a site answering slowly keeps at most
 * its cap of workers busy (its other tasks wait in Redis), while another site is crawled by the
 * same workers, which are twice as many as the cap; neither sees more than its limits.
 */
class SlowHostIT extends CaravanIntegrationTest {

    @Value("${caravan.fetch.per-host.max-concurrent}")
    private int cap;
    @Value("${caravan.fetch.per-host.requests-per-second}")
    private int rate;
    @Value("${caravan.worker.concurrency}")
    private int workers;

    @Test
    void aSlowSiteHoldsAtMostItsCapOfWorkersWhileAFastOneIsCrawledAtItsRate() throws Exception {
        // loopback addresses of their own (127.0.0.11-20 are allowed on any port): each site is its own host
        assertThat(workers).as("enough workers for the slow site to starve the other one, were it let").isGreaterThanOrEqualTo(2 * cap);
        // product pages answer after 800 ms (the read timeout is 1 s in these tests)
        DemoShopServer slow = new DemoShopServer(DemoCatalog.generate(200), FIXTURE_SHOP_HOSTS.get(6), 0, 0, 800);
        DemoShopServer fast = new DemoShopServer(DemoCatalog.generate(200), FIXTURE_SHOP_HOSTS.get(7), 0, 0);
        slow.start();
        fast.start();
        String slowHost = URI.create(slow.baseUrl()).getRawAuthority();
        AtomicLong mostLeasedBySlow = new AtomicLong();
        AtomicLong mostQueuedForSlow = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            long slowJob = submit("{\"url\": \"" + slow.baseUrl() + "/\"}");
            long fastJob = submit("{\"url\": \"" + fast.baseUrl() + "/\"}");
            sampler.scheduleWithFixedDelay(() -> queue.lanes(queueName, 50).busiest().stream()
                    .filter(lane -> lane.lane().equals(slowHost)).findFirst().ifPresent(lane -> {
                        mostLeasedBySlow.accumulateAndGet(lane.leased(), Math::max);
                        mostQueuedForSlow.accumulateAndGet(lane.queued(), Math::max);
                    }), 0, 20, TimeUnit.MILLISECONDS);

            // its tasks wait in Redis, listed as a host waiting on politeness, and in the metrics
            await().atMost(Duration.ofSeconds(30)).until(() -> mostQueuedForSlow.get() > cap);
            JsonNode listed = waitingHost(slowHost);
            assertThat(listed.get("queued").asLong()).isPositive();
            assertThat(listed.get("leased").asLong()).isLessThanOrEqualTo(cap);
            await().atMost(Duration.ofSeconds(15)).until(() -> new PrometheusScrape(get("/actuator/prometheus").body())
                    .sum("caravan_queue_host_tasks", "host", slowHost) > 0);

            JsonNode fastDone = awaitJobEnded(fastJob, Duration.ofSeconds(60));
            assertThat(fastDone.get("status").asText()).isEqualTo("DONE");
            assertThat(fastDone.at("/counts/productsStored").asInt()).isEqualTo(200);
            JsonNode slowMeanwhile = json(get("/api/jobs/" + slowJob));
            assertThat(slowMeanwhile.get("status").asText())
                    .as("the fast site finished while the slow one is still being crawled: %s", slowMeanwhile)
                    .isEqualTo("RUNNING");

            JsonNode slowDone = awaitJobEnded(slowJob, Duration.ofSeconds(120));
            assertThat(slowDone.at("/counts/productsStored").asInt()).isEqualTo(200);
        } finally {
            sampler.shutdownNow();
            slow.stop();
            fast.stop();
        }
        // a leased task holds at most one worker: the slow site never had more than its cap of them
        assertThat(mostLeasedBySlow.get()).isBetween(1L, (long) cap);
        assertThat(slow.mostInFlight()).isLessThanOrEqualTo(cap);
        assertThat(fast.mostInFlight()).isLessThanOrEqualTo(cap);
        // every request counted as each site received it, robots.txt included
        assertThat(slow.requestCount("/robots.txt")).isEqualTo(1);
        assertThat(fast.requestCount("/robots.txt")).isEqualTo(1);
        assertThat(slow.busiestSecond()).isLessThanOrEqualTo(rate);
        assertThat(fast.busiestSecond()).isLessThanOrEqualTo(rate);
    }

    /** The host as GET /api/queue/stats lists it, once it shows as waiting or at its cap. */
    private JsonNode waitingHost(String host) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode listed : json(get("/api/queue/stats")).at("/hosts/busiest")) {
                if (listed.get("host").asText().equals(host)) {
                    return listed;
                }
            }
            return null;
        }, listed -> listed != null && (listed.get("waiting").asBoolean() || listed.get("leased").asLong() == cap));
    }
}
