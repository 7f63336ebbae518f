package caravan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import routes.queue.Priority;
import routes.queue.QueueMessage;
import routes.queue.RedisTaskQueue;
import routes.queue.TaskQueueComponent;

/**
 * The queue benchmark of bench/queue.sh: N no-op tasks through Caravan's own {@link RedisTaskQueue}
 * (the Lua scripts the workers use), enqueued in bulk and then drained by one process through the
 * workers' own {@code taskqueue:} Camel consumer: one dispatcher leases as many tasks as there are
 * free workers, a pool runs them, each is acknowledged on its own when its route is done, and a
 * heartbeat extends the leases in flight. Leases, not pops: the at-least-once semantics the
 * service runs with.
 *
 * <p>{@code --redis-port 6390 --tasks 20000 --concurrency 32 --prefetch 32 --warmup 0}; prints one line:
 * {@code tool=caravan tasks=20000 concurrency=32 prefetch=32 warmup=0 enqueue_s=… enqueue_per_s=… process_s=… process_per_s=…}.
 * process_s runs from the first claim to the last acknowledgement.
 */
public final class QueueBench {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration IDLE_WAIT = Duration.ofMillis(1000);

    /** A no-op task: an id and a number, about the size of the peers' job data. */
    public record NoopTask(String id, int n) implements QueueMessage {
        @Override
        public String messageId() {
            return id;
        }

        @Override
        public Priority messagePriority() {
            return Priority.NORMAL;
        }
    }

    private QueueBench() {
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 6379;
        int tasks = 20_000;
        int concurrency = 32;
        int warmup = 0;
        int prefetch = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--redis-host" -> host = args[i + 1];
                case "--redis-port" -> port = Integer.parseInt(args[i + 1]);
                case "--tasks" -> tasks = Integer.parseInt(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--prefetch" -> prefetch = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LettuceConnectionFactory connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
        connections.afterPropertiesSet();
        connections.start();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(connections);
            RedisTaskQueue queue = new RedisTaskQueue(redis, new ObjectMapper());
            // connect before the clock starts, as the peers do (BullMQ's waitUntilReady, a PING)
            redis.execute((RedisCallback<String>) connection -> connection.ping());
            if (warmup > 0) {
                run(queue, "bench-warmup", warmup, concurrency, prefetch);
            }
            Result result = run(queue, "bench", tasks, concurrency, prefetch);
            System.out.printf("tool=caravan tasks=%d concurrency=%d prefetch=%d warmup=%d enqueue_s=%.3f"
                            + " enqueue_per_s=%.0f process_s=%.3f process_per_s=%.0f%n", tasks, concurrency, prefetch, warmup,
                    result.enqueueSeconds, tasks / result.enqueueSeconds, result.processSeconds,
                    tasks / result.processSeconds);
        } finally {
            connections.destroy();
        }
    }

    private record Result(double enqueueSeconds, double processSeconds) {
    }

    private static Result run(RedisTaskQueue queue, String name, int tasks, int concurrency, int prefetch)
            throws Exception {
        List<NoopTask> messages = new ArrayList<>(tasks);
        for (int n = 1; n <= tasks; n++) {
            messages.add(new NoopTask(name + "-" + n, n));
        }
        long enqueueStart = System.nanoTime();
        long pushed = queue.enqueue(name, messages);
        long enqueueEnd = System.nanoTime();
        if (pushed != tasks) {
            throw new IllegalStateException("enqueued " + pushed + " of " + tasks + " (queue not empty before?)");
        }
        long processStart = System.nanoTime();
        drain(queue, name, tasks, concurrency, prefetch);
        long processEnd = System.nanoTime();
        return new Result((enqueueEnd - enqueueStart) / 1e9, (processEnd - processStart) / 1e9);
    }

    /**
     * Drains through the service's own consumer: a Camel context with the {@code taskqueue:}
     * component and a route that does nothing, so leasing, running, acknowledging and the lease
     * heartbeat are exactly the workers' code.
     */
    private static void drain(RedisTaskQueue queue, String name, int tasks, int concurrency, int prefetch)
            throws Exception {
        CountDownLatch done = new CountDownLatch(tasks);
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("taskqueue", new TaskQueueComponent(queue));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("taskqueue:" + name + "?concurrency=" + concurrency + "&prefetch=" + prefetch
                            + "&leaseSeconds=" + LEASE.toSeconds() + "&idleWaitMillis=" + IDLE_WAIT.toMillis())
                            .process(exchange -> done.countDown());
                }
            });
            camel.start();
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("drained only " + (tasks - done.getCount()) + " of " + tasks);
            }
            // the last task is acknowledged just after its route ends: wait until the queue is empty
            while (queue.depth(name).total() > 0) {
                Thread.sleep(1);
            }
        }
    }
}
