package routes.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Redis queue's promises, against the real (embedded) redis-server. */
class RedisTaskQueueIT extends CaravanIntegrationTest {

    private final String name = "test-" + UUID.randomUUID();

    record Message(String messageId, Priority messagePriority) implements QueueMessage {
    }

    @Test
    void higherPrioritiesAreServedFirstAndEachPriorityInOrder() {
        queue.enqueue(name, List.of(new Message("low-1", Priority.LOW), new Message("normal-1", Priority.NORMAL),
                new Message("urgent-1", Priority.URGENT), new Message("high-1", Priority.HIGH),
                new Message("urgent-2", Priority.URGENT)));

        List<String> order = queue.claim(name, 10, Duration.ofMinutes(1)).stream()
                .map(m -> m.leaseMember().substring(m.leaseMember().indexOf(':') + 1)).toList();

        assertThat(order).containsExactly("urgent-1", "urgent-2", "high-1", "normal-1", "low-1");
    }

    @Test
    void enqueueIgnoresMessagesAlreadyQueuedOrLeased() {
        Message message = new Message("once", Priority.NORMAL);
        assertThat(queue.enqueue(name, List.of(message))).isEqualTo(1);
        assertThat(queue.enqueue(name, List.of(message))).isZero();
        List<LeasedMessage> leased = queue.claim(name, 10, Duration.ofMinutes(1));
        assertThat(leased).hasSize(1);
        assertThat(queue.enqueue(name, List.of(message))).as("still leased").isZero();

        queue.acknowledge(name, List.of(leased.get(0).leaseMember()));

        assertThat(queue.depth(name).total()).isZero();
        assertThat(queue.enqueue(name, List.of(message))).as("finished, so new again").isEqualTo(1);
    }

    @Test
    void aLeaseThatRunsOutReturnsTheMessageToAnotherWorker() {
        queue.enqueue(name, List.of(new Message("abandoned", Priority.LOW)));
        assertThat(queue.claim(name, 1, Duration.ofMillis(300))).hasSize(1);
        assertThat(queue.claim(name, 1, Duration.ofMinutes(1))).as("leased, so invisible").isEmpty();

        await().atMost(Duration.ofSeconds(5)).until(() -> !queue.claim(name, 1, Duration.ofMinutes(1)).isEmpty());
        assertThat(queue.depth(name).leased()).isEqualTo(1);
    }

    @Test
    void extendedLeasesDoNotRunOut() {
        queue.enqueue(name, List.of(new Message("long-task", Priority.NORMAL)));
        String member = queue.claim(name, 1, Duration.ofMillis(500)).get(0).leaseMember();

        queue.extendLeases(name, List.of(member), Duration.ofMinutes(1));

        await().pollDelay(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> queue.claim(name, 1, Duration.ofMinutes(1)).isEmpty());
    }

    @Test
    void anIdleWaitReturnsAsSoonAsWorkArrives() throws Exception {
        Thread producer = new Thread(() -> queue.enqueue(name, List.of(new Message("wake-up", Priority.NORMAL))));
        long started = System.nanoTime();
        producer.start();
        queue.awaitWork(name, Duration.ofSeconds(20));
        producer.join();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(queue.claim(name, 1, Duration.ofMinutes(1))).hasSize(1);
    }
}
