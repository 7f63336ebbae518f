package caravan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import routes.queue.LeasedMessage;
import routes.queue.Priority;
import routes.queue.QueueMessage;
import routes.queue.RedisTaskQueue;

/**
 * The queue benchmark of bench/queue.sh: N no-op tasks through Caravan's own {@link RedisTaskQueue}
 * (the Lua scripts the workers use), enqueued in bulk and then drained by one process that claims
 * and acknowledges exactly like {@code TaskQueueConsumer}: one dispatcher leases as many tasks as
 * there are free workers, a pool runs them, each is acknowledged on its own when done, and a
 * heartbeat extends the leases in flight. Leases, not pops: the at-least-once semantics the
 * service runs with.
 *
 * <p>{@code --redis-port 6390 --tasks 20000 --concurrency 32 --warmup 0}; prints one line:
 * {@code tool=caravan tasks=20000 concurrency=32 enqueue_s=… enqueue_per_s=… process_s=… process_per_s=…}.
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
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--redis-host" -> host = args[i + 1];
                case "--redis-port" -> port = Integer.parseInt(args[i + 1]);
                case "--tasks" -> tasks = Integer.parseInt(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
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
                run(queue, "bench-warmup", warmup, concurrency);
            }
            Result result = run(queue, "bench", tasks, concurrency);
            System.out.printf("tool=caravan tasks=%d concurrency=%d warmup=%d enqueue_s=%.3f enqueue_per_s=%.0f"
                            + " process_s=%.3f process_per_s=%.0f%n", tasks, concurrency, warmup,
                    result.enqueueSeconds, tasks / result.enqueueSeconds, result.processSeconds,
                    tasks / result.processSeconds);
        } finally {
            connections.destroy();
        }
    }

    private record Result(double enqueueSeconds, double processSeconds) {
    }

    private static Result run(RedisTaskQueue queue, String name, int tasks, int concurrency) throws Exception {
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
        drain(queue, name, tasks, concurrency);
        long processEnd = System.nanoTime();
        return new Result((enqueueEnd - enqueueStart) / 1e9, (processEnd - processStart) / 1e9);
    }

    /** TaskQueueConsumer's loop without Camel: lease for free workers, run, acknowledge one by one. */
    private static void drain(RedisTaskQueue queue, String name, int tasks, int concurrency) throws Exception {
        Semaphore freeWorkers = new Semaphore(concurrency);
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(tasks);
        AtomicLong processed = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        long beat = LEASE.toMillis() / 3;
        heartbeat.scheduleWithFixedDelay(() -> queue.extendLeases(name, Set.copyOf(inFlight), LEASE),
                beat, beat, TimeUnit.MILLISECONDS);
        Thread dispatcher = new Thread(() -> {
            try {
                while (done.getCount() > 0) {
                    freeWorkers.acquire();
                    int wanted = 1 + freeWorkers.drainPermits();
                    List<LeasedMessage> leased = List.of();
                    try {
                        leased = queue.claim(name, wanted, LEASE);
                    } finally {
                        freeWorkers.release(wanted - leased.size());
                    }
                    for (LeasedMessage message : leased) {
                        inFlight.add(message.leaseMember());
                        workers.execute(() -> {
                            try {
                                // the no-op task: nothing to do but acknowledge
                                processed.incrementAndGet();
                                queue.acknowledge(name, List.of(message.leaseMember()));
                                done.countDown();
                            } finally {
                                inFlight.remove(message.leaseMember());
                                freeWorkers.release();
                            }
                        });
                    }
                    if (leased.isEmpty() && done.getCount() > 0) {
                        queue.awaitWork(name, IDLE_WAIT);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-dispatch");
        dispatcher.start();
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("drained only " + processed.get() + " of " + tasks);
        }
        dispatcher.join(5_000);
        heartbeat.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
