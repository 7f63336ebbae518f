package routes.observe;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.CaravanIntegrationTest;
import caravan.PrometheusScrape;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a crawl leaves for operators: task, retry and fetch metrics that agree with the database,
 * and log lines that name their job and task.
 */
@ExtendWith(OutputCaptureExtension.class)
class TaskObservabilityIT extends CaravanIntegrationTest {

    @Test
    void taskAndFetchMetricsAgreeWithWhatTheCrawlStored(CapturedOutput output) {
        PrometheusScrape before = scrape();
        long id = submit("{\"url\": \"" + shop.baseUrl() + "/\"}");
        JsonNode job = awaitJobEnded(id, Duration.ofSeconds(90));
        PrometheusScrape after = scrape();

        long stored = job.at("/counts/productsStored").asLong();
        long failed = job.at("/counts/failedTasks").asLong();
        assertThat(failed).as("the test shop fails every 50th product").isPositive();
        assertThat(delta(before, after, "caravan_tasks_total", "kind", "product", "outcome", "succeeded")).isEqualTo(stored);
        assertThat(delta(before, after, "caravan_tasks_total", "kind", "product", "outcome", "failed")).isEqualTo(failed);
        assertThat(delta(before, after, "caravan_tasks_total", "kind", "discover", "outcome", "succeeded")).isEqualTo(1);
        assertThat(delta(before, after, "caravan_tasks_total", "outcome", "succeeded"))
                .isEqualTo(job.at("/counts/pagesFetched").asLong());
        // each dead-lettered product was retried the configured 3 times first
        assertThat(delta(before, after, "caravan_task_retries_total", "kind", "product")).isEqualTo(3 * failed);

        String host = "127.0.0.1:" + shop.port();
        assertThat(delta(before, after, "caravan_fetch_duration_seconds_count", "host", host, "outcome", "ok"))
                .isGreaterThanOrEqualTo(job.at("/counts/pagesFetched").asLong());
        assertThat(after.samples("caravan_fetch_duration_seconds_bucket", "host", host, "outcome", "ok"))
                .extracting(s -> s.labels().get("le")).contains("0.05", "1.0", "+Inf");
        assertThat(after.sum("camel_exchanges_total", "routeId", "task-dispatch")).isPositive();

        // the dead letter's log line names its job and task
        String deadLetterLine = output.getAll().lines()
                .filter(line -> line.contains("Dead letter:") && line.contains("[job=" + id + " task="))
                .findFirst().orElseThrow(() -> new AssertionError("no dead-letter line carries job " + id));
        long taskId = Long.parseLong(deadLetterLine.replaceAll(".*\\[job=\\d+ task=(\\d+)].*", "$1"));
        assertThat(jdbc.queryForObject("SELECT job_id FROM crawl_task WHERE id = ?", Long.class, taskId)).isEqualTo(id);
        assertThat(output.getAll().lines().filter(line -> line.contains("Started CaravanApplication")))
                .as("lines outside a task carry no empty ids").noneMatch(line -> line.contains("[job="));
    }

    private PrometheusScrape scrape() {
        return new PrometheusScrape(get("/actuator/prometheus").body());
    }

    private static long delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return Math.round(after.sum(name, labels) - before.sum(name, labels));
    }
}
