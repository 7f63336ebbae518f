package caravan.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.queue.Priority;
import routes.store.JobStatus;
import routes.store.JobStore;
import routes.web.QueueStatistics;

/**
 * Gauges of the state every process shares (Redis and PostgreSQL), so any process's
 * /actuator/prometheus shows the whole system: queue depth per priority, leased, delayed, live
 * workers, jobs by status, dead letters waiting. One snapshot serves every gauge of a scrape and is
 * reused for {@code caravan.metrics.shared-state-refresh}, so scrapes stay cheap; while Redis or
 * PostgreSQL is unreachable the gauges read NaN rather than a stale figure.
 */
@Component
class SharedStateGauges {

    private static final Logger log = LoggerFactory.getLogger(SharedStateGauges.class);

    private final QueueStatistics queue;
    private final JobStore jobs;
    private final long refreshNanos;
    private Snapshot snapshot;
    private long takenAt;

    SharedStateGauges(MeterRegistry registry, QueueStatistics queue, JobStore jobs,
                      @Value("${caravan.metrics.shared-state-refresh}") Duration refresh) {
        this.queue = queue;
        this.jobs = jobs;
        this.refreshNanos = refresh.toNanos();
        for (Priority priority : Priority.values()) {
            gauge("caravan.queue.depth", "Tasks ready to be claimed, per priority",
                    s -> s.queue().ready().get(priority.label())).tag("priority", priority.label()).register(registry);
        }
        gauge("caravan.queue.leased", "Tasks leased to a worker", s -> s.queue().leased()).register(registry);
        gauge("caravan.queue.delayed", "Tasks waiting out a retry backoff, all workers",
                s -> s.queue().delayed()).register(registry);
        gauge("caravan.workers.live", "Worker processes heart-beating", s -> s.queue().liveWorkers())
                .register(registry);
        gauge("caravan.tasks.stranded", "Tasks committed to the frontier whose enqueue is unconfirmed past the outbox grace",
                s -> s.queue().strandedTasks()).register(registry);
        gauge("caravan.dead.letters.waiting", "Dead letters not replayed yet", s -> s.queue().deadLetters())
                .register(registry);
        for (JobStatus status : JobStatus.values()) {
            gauge("caravan.jobs", "Jobs by status", s -> s.jobs().get(status))
                    .tag("status", status.name()).register(registry);
        }
    }

    private Gauge.Builder<SharedStateGauges> gauge(String name, String description,
                                                   ToDoubleFunction<Snapshot> value) {
        return Gauge.builder(name, this, gauges -> gauges.read(value)).description(description).strongReference(true);
    }

    private double read(ToDoubleFunction<Snapshot> value) {
        Snapshot current = current();
        return current == null ? Double.NaN : value.applyAsDouble(current);
    }

    private synchronized Snapshot current() {
        long now = System.nanoTime();
        if (snapshot == null || now - takenAt > refreshNanos) {
            try {
                snapshot = new Snapshot(queue.snapshot(), jobs.countByStatus());
            } catch (RuntimeException unreachable) {
                log.debug("Shared-state gauges unavailable: {}", unreachable.getMessage());
                snapshot = null;
            }
            takenAt = now;
        }
        return snapshot;
    }

    private record Snapshot(QueueStatistics.Stats queue, Map<JobStatus, Long> jobs) {
    }
}
