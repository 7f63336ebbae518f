package routes.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;

/** The taskqueue: consumer with a prefetch, on its own Camel context against the embedded Redis. */
class TaskQueueConsumerIT extends CaravanIntegrationTest {

    private final String name = "consumer-" + UUID.randomUUID();

    record Message(String messageId, Priority messagePriority) implements QueueMessage {
    }

    @Test
    void prefetchedMessagesAreEachRunOnceWithNoMoreAtATimeThanTheConcurrency() throws Exception {
        enqueue(300);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();

        try (DefaultCamelContext camel = consuming(4, 8, body -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (!seen.add(body)) {
                duplicates.incrementAndGet();
            }
            running.decrementAndGet();
        })) {
            camel.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> queue.depth(name).total() == 0);
        }

        assertThat(seen).hasSize(300);
        assertThat(duplicates).hasValue(0);
        assertThat(mostAtOnce.get()).isBetween(1, 4);
    }

    @Test
    void stoppingHandsPrefetchedMessagesBackInsteadOfRunningThem() throws Exception {
        enqueue(20);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();

        DefaultCamelContext camel = consuming(2, 6, body -> {
            started.incrementAndGet();
            waitFor(gate);
        });
        camel.start();
        // two running, six more leased and waiting for a worker
        await().atMost(Duration.ofSeconds(10)).until(() -> started.get() == 2 && queue.depth(name).leased() == 8);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(camel::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer(camel).isStopping());
        gate.countDown();
        stopping.get(20, TimeUnit.SECONDS);
        camel.close();

        assertThat(started).as("only the two already running ran").hasValue(2);
        QueueDepth depth = queue.depth(name);
        assertThat(depth.leased()).isZero();
        assertThat(depth.readyTotal()).as("the two run are acknowledged, the rest ready again").isEqualTo(18);
    }

    private void enqueue(int count) {
        List<Message> messages = IntStream.rangeClosed(1, count).mapToObj(n -> new Message("m" + n, Priority.NORMAL)).toList();
        assertThat(queue.enqueue(name, messages)).isEqualTo(count);
    }

    private DefaultCamelContext consuming(int concurrency, int prefetch, Consumer<String> work)
            throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.addComponent("taskqueue", new TaskQueueComponent(queue));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("taskqueue:" + name + "?concurrency=" + concurrency + "&prefetch=" + prefetch
                        + "&idleWaitMillis=100&shutdownGraceMillis=10000")
                        .routeId("consumer-under-test")
                        .process(exchange -> work.accept(exchange.getMessage().getBody(String.class)));
            }
        });
        return camel;
    }

    private static ServiceSupport consumer(DefaultCamelContext camel) {
        return (ServiceSupport) camel.getRoute("consumer-under-test").getConsumer();
    }

    private static void waitFor(CountDownLatch gate) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
