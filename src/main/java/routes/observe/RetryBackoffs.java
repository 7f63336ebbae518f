package routes.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.RouteNames;

/**
 * Tasks of this process waiting out a retry backoff. Camel's redelivery keeps them in memory
 * (their lease stays in Redis), so only the process knows. A task counts from its failure until
 * its retry starts or, if none follows (retries spent, or a failure that is not retried), until
 * its exchange completes — so the count cannot drift whatever path the failure takes. Exposed as
 * {@code caravan_tasks_delayed}, retries counted as {@code caravan_task_retries_total}, and summed
 * over live workers in the queue stats.
 */
@Component
public class RetryBackoffs {

    private static final String BACKING_OFF = "CaravanBackingOff";

    private final AtomicInteger waiting = new AtomicInteger();
    private final MeterRegistry registry;

    public RetryBackoffs(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("caravan.tasks.delayed", waiting, AtomicInteger::get)
                .description("Tasks of this process waiting out a retry backoff")
                .register(registry);
    }

    /** A task failed: a retry may follow after a backoff. */
    public void failed(Exchange exchange) {
        if (exchange.getProperty(BACKING_OFF) != null) {
            return;
        }
        exchange.setProperty(BACKING_OFF, true);
        waiting.incrementAndGet();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                stopWaiting(done);
            }
        });
    }

    /** The backoff is over and the task runs again. */
    public void retrying(Exchange exchange) {
        stopWaiting(exchange);
        CrawlTask task = exchange.getProperty(RouteNames.TASK, CrawlTask.class);
        Counter.builder("caravan.task.retries")
                .description("Retries of tasks after transient failures")
                .tag("kind", task == null ? "unknown" : task.kind().label())
                .register(registry)
                .increment();
    }

    public int waiting() {
        return waiting.get();
    }

    private void stopWaiting(Exchange exchange) {
        if (exchange.removeProperty(BACKING_OFF) != null) {
            waiting.decrementAndGet();
        }
    }
}
