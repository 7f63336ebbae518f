package caravan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import caravan.demo.DemoCatalog;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fair across jobs: a small job submitted behind a large one is served alongside it (hosts take
 * turns in every claim), not after the large one's thousands of queued tasks.
 */
class FairShareIT extends CaravanIntegrationTest {

    @Test
    void aSmallJobIsNotStarvedByALargeOneOnAnotherHost() throws Exception {
        DemoShopServer large = new DemoShopServer(DemoCatalog.generate(2000), FIXTURE_SHOP_HOSTS.get(8), 0, 0);
        DemoShopServer small = new DemoShopServer(DemoCatalog.generate(20), FIXTURE_SHOP_HOSTS.get(9), 0, 0);
        large.start();
        small.start();
        try {
            long largeJob = submit("{\"url\": \"" + large.baseUrl() + "/\"}");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> json(get("/api/jobs/" + largeJob)).at("/counts/queuedTasks").asInt() > 500);

            long smallJob = submit("{\"url\": \"" + small.baseUrl() + "/\"}");
            JsonNode smallDone = awaitJobEnded(smallJob, Duration.ofSeconds(60));

            JsonNode largeThen = json(get("/api/jobs/" + largeJob));
            assertThat(smallDone.get("status").asText()).isEqualTo("DONE");
            assertThat(smallDone.at("/counts/productsStored").asInt()).isEqualTo(20);
            assertThat(largeThen.get("status").asText()).as("the large job still running").isEqualTo("RUNNING");
            assertThat(largeThen.at("/counts/queuedTasks").asInt()).as("with much of it still queued").isGreaterThan(200);
            awaitJobEnded(largeJob, Duration.ofSeconds(180));
        } finally {
            large.stop();
            small.stop();
        }
    }
}
