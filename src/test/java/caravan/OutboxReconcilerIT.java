package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.RedisConnectionFailureException;
import routes.model.TaskOffer;

/**
 * No committed task is stranded by an enqueue that never succeeds: the fault switch below (only
 * this test can turn it on, by advising the offer-tasks route) makes Redis refuse every first offer
 * of the job's tasks, right after their commit — the submission's, discovery's and every listing
 * page's. Only the outbox reconciler can then get them onto the queue.
 */
class OutboxReconcilerIT extends CaravanIntegrationTest {

    /** The job whose offers fail; -1: the switch is off and the advice does nothing. */
    private static volatile long faultyJob = -1;
    private static final Set<Long> failedOnce = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger refusedOffers = new AtomicInteger();
    private static boolean advised;

    @Autowired
    private CamelContext camel;

    @BeforeEach
    void installFaultSwitch() throws Exception {
        synchronized (OutboxReconcilerIT.class) {
            if (!advised) {
                AdviceWith.adviceWith(camel, "offer-tasks", route -> route.weaveById("enqueue-offered-tasks").before()
                        .process(exchange -> {
                            TaskOffer offer = exchange.getProperty("offer", TaskOffer.class);
                            boolean ours = offer.tasks().stream().anyMatch(t -> t.jobId() == faultyJob);
                            if (ours && failedOnce.add(offer.outboxId())) {
                                refusedOffers.incrementAndGet();
                                throw new RedisConnectionFailureException("fault injected: Redis refuses the enqueue after the commit");
                            }
                        }));
                advised = true;
            }
        }
    }

    @AfterEach
    void switchOff() {
        faultyJob = -1;
    }

    @Test
    void aJobWhoseEveryEnqueueFailsAfterItsCommitStillEndsWithEveryProduct() {
        int failing = (int) shop.catalog().products().stream().filter(p -> p.id() % 50 == 0).count();
        long reofferedBefore = json(get("/api/queue/stats")).get("reofferedTasks").asLong();
        // the job id is not known before the submission: switch on for the next id the sequence gives
        faultyJob = jdbc.queryForObject("SELECT coalesce(max(id), 0) + 1 FROM crawl_job", Long.class);
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\"}");
        assertThat(id).isEqualTo(faultyJob);

        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(120));

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.at("/counts/productsStored").asInt()).isEqualTo(shop.catalog().products().size() - failing);
        assertThat(job.at("/counts/failedTasks").asInt()).isEqualTo(failing);
        // the submission's, discovery's and every listing page's that added tasks: only the reconciler offered them
        assertThat(refusedOffers.get()).isGreaterThan(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode stats = json(get("/api/queue/stats"));
            assertThat(stats.get("strandedTasks").asLong()).isZero();
            assertThat(stats.get("reofferedTasks").asLong() - reofferedBefore).isGreaterThanOrEqualTo(refusedOffers.get());
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM task_outbox WHERE ? = ANY(task_ids)", Integer.class,
                jdbc.queryForObject("SELECT min(id) FROM crawl_task WHERE job_id = ?", Long.class, id))).isZero();
        assertThat(get("/actuator/prometheus").body()).containsPattern("caravan_tasks_reoffered_total\\{[^}]*} [1-9]");
        assertThat(get("/actuator/prometheus").body()).contains("caravan_tasks_stranded");
    }
}
