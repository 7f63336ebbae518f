package routes.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import routes.store.CrawlTask;

/**
 * Tasks of this process waiting out a retry backoff. Camel's redelivery keeps them in memory
 * (their lease stays in Redis), so only the process knows: every transient failure starts a wait
 * that ends either in a retry or, the retries spent, in the dead letter. Exposed as
 * {@code caravan_tasks_delayed}, counted retries as {@code caravan_task_retries_total}, and summed
 * over live workers in the queue stats.
 */
@Component
public class RetryBackoffs {

    private final AtomicInteger waiting = new AtomicInteger();
    private final MeterRegistry registry;

    public RetryBackoffs(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("caravan.tasks.delayed", waiting, AtomicInteger::get)
                .description("Tasks of this process waiting out a retry backoff")
                .register(registry);
    }

    /** A transient failure just happened: a retry (or the dead letter) follows. */
    public void failed() {
        waiting.incrementAndGet();
    }

    /** The backoff is over and the task runs again. */
    public void retrying(CrawlTask task) {
        waiting.decrementAndGet();
        Counter.builder("caravan.task.retries")
                .description("Retries of tasks after transient failures")
                .tag("kind", task == null ? "unknown" : task.kind().label())
                .register(registry)
                .increment();
    }

    /** No retry left: the task goes to the dead letter instead. */
    public void exhausted() {
        waiting.decrementAndGet();
    }

    public int waiting() {
        return waiting.get();
    }
}
