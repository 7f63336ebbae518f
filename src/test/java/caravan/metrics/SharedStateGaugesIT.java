package caravan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import caravan.PrometheusScrape;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import routes.model.JobStatus;
import routes.queue.Priority;

/** The gauges every process shows of the shared state, and the health probes Kubernetes asks. */
class SharedStateGaugesIT extends CaravanIntegrationTest {

    @Autowired
    private CamelContext camel;

    @Test
    void queueDepthPerPriorityAndJobsByStatusMatchRedisAndPostgres() throws Exception {
        // with no worker consuming, a submitted job's first task waits in its priority's list
        camel.getRouteController().stopRoute("task-dispatch");
        long id;
        try {
            id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"priority\": \"urgent\", \"maxPages\": 5}");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                PrometheusScrape metrics = scrape();
                assertThat(metrics.sum("caravan_queue_depth", "priority", "urgent")).isEqualTo(1);
                for (Priority priority : Priority.values()) {
                    assertThat(metrics.sum("caravan_queue_depth", "priority", priority.label())).as(priority.label())
                            .isEqualTo(queue.depth(queueName).ready().get(priority.label()).doubleValue());
                }
                for (JobStatus status : JobStatus.values()) {
                    Long inDatabase = jdbc.queryForObject("SELECT count(*) FROM crawl_job WHERE status = ?", Long.class,
                            status.name());
                    assertThat(metrics.sum("caravan_jobs", "status", status.name())).as(status.name())
                            .isEqualTo(inDatabase.doubleValue());
                }
                assertThat(metrics.sum("caravan_jobs", "status", "QUEUED")).isGreaterThanOrEqualTo(1);
                Long waiting = jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE replayed_at IS NULL", Long.class);
                assertThat(metrics.sum("caravan_dead_letters_waiting")).isEqualTo(waiting.doubleValue());
            });
        } finally {
            camel.getRouteController().startRoute("task-dispatch");
        }
        assertThat(awaitJobEnded(id, Duration.ofSeconds(30)).get("status").asText()).isEqualTo("DONE");
        await().atMost(Duration.ofSeconds(5)).until(() -> scrape().sum("caravan_queue_depth", "priority", "urgent") == 0);
        assertThat(scrape().sum("caravan_workers_live")).isEqualTo(1);
    }

    @Test
    void aCancelledJobMovesBetweenStatusGauges() {
        double cancelledBefore = scrape().sum("caravan_jobs", "status", "CANCELLED");
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\"}");
        delete("/api/jobs/" + id);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> scrape().sum("caravan_jobs", "status", "CANCELLED") == cancelledBefore + 1);
    }

    @Test
    void readinessNeedsPostgresAndRedisAndLivenessDoesNot() {
        JsonNode readiness = json(get("/actuator/health/readiness"));
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("components").properties()).extracting(java.util.Map.Entry::getKey)
                .contains("db", "redis", "readinessState");
        JsonNode liveness = json(get("/actuator/health/liveness"));
        assertThat(liveness.get("status").asText()).isEqualTo("UP");
        assertThat(liveness.has("components") ? liveness.get("components").has("db") : false).isFalse();
    }

    private PrometheusScrape scrape() {
        return new PrometheusScrape(get("/actuator/prometheus").body());
    }
}
