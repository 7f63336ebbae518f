package routes.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Redis queue's promises, against the real (embedded) redis-server. */
class RedisTaskQueueIT extends CaravanIntegrationTest {

    private final String name = "test-" + UUID.randomUUID();

    record Message(String messageId, Priority messagePriority) implements QueueMessage {
    }

    /** A message of a lane (a host) and a group (a job). */
    record LaneMessage(String messageId, Priority messagePriority, String messageLane, String messageGroup)
            implements QueueMessage {

        static List<LaneMessage> of(String lane, String group, int count) {
            return IntStream.range(0, count)
                    .mapToObj(i -> new LaneMessage(lane + "-" + group + "-" + i, Priority.NORMAL, lane, group)).toList();
        }
    }

    private static List<String> ids(List<LeasedMessage> leased) {
        return leased.stream().map(m -> m.leaseMember().substring(m.leaseMember().indexOf(':') + 1)).toList();
    }

    @Test
    void aLaneHoldsNoMoreLeasesThanItsCapacityAndIsServedAgainOnceOneEnds() {
        LanePolicy twoAtOnce = new LanePolicy(2, 0);
        queue.enqueue(name, LaneMessage.of("a.test", "1", 10));
        queue.enqueue(name, LaneMessage.of("b.test", "2", 10));

        Claim first = queue.claim(name, 10, Duration.ofMinutes(1), twoAtOnce);
        assertThat(ids(first.leased())).hasSize(4).filteredOn(id -> id.startsWith("a.test")).hasSize(2);
        assertThat(queue.claim(name, 10, Duration.ofMinutes(1), twoAtOnce).leased()).as("both lanes full").isEmpty();

        String endedInA = first.leased().stream().filter(m -> m.leaseMember().contains("a.test")).findFirst()
                .orElseThrow().leaseMember();
        queue.acknowledge(name, List.of(endedInA), twoAtOnce);

        assertThat(ids(queue.claim(name, 10, Duration.ofMinutes(1), twoAtOnce).leased()))
                .as("one lease of a.test ended: one more of it, none of b.test").singleElement()
                .asString().startsWith("a.test");
        assertThat(queue.depth(name).readyTotal()).isEqualTo(20 - 5);
    }

    @Test
    void claimsFromOneLaneAreSpacedByItsRateAndTheClaimSaysWhenItIsDue() {
        LanePolicy twoPerSecond = new LanePolicy(0, 2);
        queue.enqueue(name, LaneMessage.of("slow.test", "1", 5));

        assertThat(queue.claim(name, 10, Duration.ofMinutes(1), twoPerSecond).leased()).hasSize(1);
        long claimedAt = System.nanoTime();
        Claim tooSoon = queue.claim(name, 10, Duration.ofMinutes(1), twoPerSecond);
        assertThat(tooSoon.leased()).isEmpty();
        assertThat(tooSoon.nextLaneReadyIn()).isBetween(Duration.ofMillis(300), Duration.ofMillis(500));

        await().atMost(Duration.ofSeconds(5)).until(() -> !queue.claim(name, 10, Duration.ofMinutes(1), twoPerSecond)
                .leased().isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - claimedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void aLateSmallGroupIsServedAlongsideALargeOneInTheSameLane() {
        queue.enqueue(name, LaneMessage.of("shared.test", "big", 1000));
        queue.claim(name, 100, Duration.ofMinutes(1));
        queue.enqueue(name, LaneMessage.of("shared.test", "small", 5));

        List<String> next = ids(queue.claim(name, 10, Duration.ofMinutes(1)));

        assertThat(next).filteredOn(id -> id.contains("-small-")).hasSize(5);
    }

    @Test
    void lanesTakeTurnsWithinAClaim() {
        queue.enqueue(name, LaneMessage.of("many.test", "1", 100));
        queue.enqueue(name, LaneMessage.of("few.test", "2", 3));

        assertThat(ids(queue.claim(name, 10, Duration.ofMinutes(1)))).filteredOn(id -> id.startsWith("few.test")).hasSize(3);
    }

    @Test
    void aDeferredMessageKeepsItsPlaceAndItsLaneWaits() {
        LanePolicy lanes = new LanePolicy(4, 0);
        queue.enqueue(name, LaneMessage.of("busy.test", "1", 3));
        queue.enqueue(name, LaneMessage.of("other.test", "2", 1));
        String first = queue.claim(name, 1, Duration.ofMinutes(1), lanes).leased().get(0).leaseMember();
        assertThat(first).endsWith("busy.test-1-0");

        assertThat(queue.defer(name, first, Duration.ofMillis(600), lanes)).isTrue();

        assertThat(ids(queue.claim(name, 10, Duration.ofMinutes(1), lanes).leased()))
                .as("busy.test waits; the other lane does not").containsExactly("other.test-2-0");
        assertThat(queue.lanes(name, 10).waitingTasks()).isEqualTo(3);
        List<String> later = new ArrayList<>();
        await().atMost(Duration.ofSeconds(5)).until(() -> later.addAll(ids(queue.claim(name, 10, Duration.ofMinutes(1), lanes).leased())));
        assertThat(later).as("back at its place, first").startsWith("busy.test-1-0").hasSize(3);
        assertThat(queue.defer(name, "3:no-such-lease", Duration.ofMillis(600), lanes)).isFalse();
    }

    @Test
    void anExpiredLeaseGivesItsLaneItsCapacityBack() {
        LanePolicy oneAtOnce = new LanePolicy(1, 0);
        queue.enqueue(name, LaneMessage.of("crashed.test", "1", 2));
        assertThat(queue.claim(name, 10, Duration.ofMillis(300), oneAtOnce).leased()).hasSize(1);
        assertThat(queue.claim(name, 10, Duration.ofMinutes(1), oneAtOnce).leased()).isEmpty();

        await().atMost(Duration.ofSeconds(5)).until(() -> queue.claim(name, 10, Duration.ofMinutes(1), oneAtOnce)
                .leased().size() == 1);
        assertThat(queue.lanes(name, 10).busiest()).singleElement()
                .satisfies(lane -> assertThat(lane.leased()).isEqualTo(1));
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
