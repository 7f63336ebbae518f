package routes.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.TaskOffer;

/**
 * Counts what became of each task this process worked on: {@code caravan_tasks_total} by kind and
 * outcome. The YAML routes call it where the outcome is decided, so the figures follow the routes.
 */
@Component
public class TaskMetrics {

    private final MeterRegistry registry;

    public TaskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param outcome succeeded, skipped (already done, or its job cancelled) or failed (dead-lettered) */
    public void finished(CrawlTask task, String outcome) {
        Counter.builder("caravan.tasks")
                .description("Tasks finished by this process, by kind and outcome")
                .tag("kind", task.kind().label())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** Counts tasks the outbox reconciler offers again: {@code caravan_tasks_reoffered_total}, this process's. */
    public void reoffered(TaskOffer offer) {
        Counter.builder("caravan.tasks.reoffered")
                .description("Tasks committed to the frontier but not known to be queued, offered again from the outbox")
                .register(registry)
                .increment(offer.tasks().size());
    }
}
