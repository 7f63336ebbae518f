package caravan.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.model.JobStatus;
import routes.queue.Priority;
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
    private final MultiGauge busiestHosts;
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
        for (String state : List.of("ready", "waiting")) {
            boolean waiting = state.equals("waiting");
            gauge("caravan.queue.hosts", "Hosts with tasks queued: ready (may be fetched from now) or waiting on politeness",
                    s -> waiting ? s.queue().hosts().waitingHosts() : s.queue().hosts().readyHosts())
                    .tag("state", state).register(registry);
            gauge("caravan.queue.tasks.by.host.state", "Tasks queued for hosts that are ready, or waiting on politeness",
                    s -> waiting ? s.queue().hosts().waitingTasks() : s.queue().hosts().readyTasks())
                    .tag("state", state).register(registry);
        }
        gauge("caravan.queue.deferred", "Tasks handed back to the queue because their host was not ready, all processes, "
                + "since Redis last lost its data", s -> s.queue().hosts().deferredTasks()).register(registry);
        busiestHosts = MultiGauge.builder("caravan.queue.host.tasks")
                .description("Tasks queued for each of the hosts with the most (caravan.queue.stats-top-hosts)")
                .register(registry);
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
                // the hosts listed change: rows of hosts no longer among the busiest go away, the others
                // stay registered and read the latest snapshot (replacing every row at each refresh
                // made a scrape that triggered the refresh miss them)
                busiestHosts.register(snapshot.queue().hosts().busiest().stream()
                        .map(host -> MultiGauge.Row.of(Tags.of("host", host.host(), "state", host.waiting() ? "waiting" : "ready"),
                                this, gauges -> gauges.read(s -> s.queuedFor(host.host(), host.waiting()))))
                        .toList(), false);
            } catch (RuntimeException unreachable) {
                log.debug("Shared-state gauges unavailable: {}", unreachable.getMessage());
                snapshot = null;
            }
            takenAt = now;
        }
        return snapshot;
    }

    private record Snapshot(QueueStatistics.Stats queue, Map<JobStatus, Long> jobs) {

        /** Tasks queued for a host in the given state, NaN once it is no longer among the busiest so. */
        double queuedFor(String host, boolean waiting) {
            return queue.hosts().busiest().stream().filter(h -> h.host().equals(host) && h.waiting() == waiting)
                    .mapToDouble(h -> h.queued()).findFirst().orElse(Double.NaN);
        }
    }
}
