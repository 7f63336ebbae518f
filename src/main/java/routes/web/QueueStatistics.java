package routes.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.queue.LaneStats;
import routes.queue.QueueDepth;
import routes.queue.RedisTaskQueue;
import routes.observe.WorkerRegistry;
import routes.observe.WorkerRegistry.WorkerInfo;
import routes.store.DeadLetterStore;
import routes.store.TaskOutbox;

/** GET /api/queue/stats: the crawl queue as every worker process shares it. */
@Component
public class QueueStatistics {

    /** The span of the tasks-per-minute series: an hour, within the two hours its counters are kept. */
    private static final int FINISHED_MINUTES = 60;

    private final RedisTaskQueue queue;
    private final WorkerRegistry workers;
    private final DeadLetterStore deadLetters;
    private final TaskOutbox outbox;
    private final String queueName;
    private final int topHosts;

    public QueueStatistics(RedisTaskQueue queue, WorkerRegistry workers, DeadLetterStore deadLetters, TaskOutbox outbox,
                           @Value("${caravan.queue.name}") String queueName,
                           @Value("${caravan.queue.stats-top-hosts}") int topHosts) {
        this.queue = queue;
        this.queueName = queueName;
        this.topHosts = topHosts;
        this.workers = workers;
        this.deadLetters = deadLetters;
        this.outbox = outbox;
    }

    /**
     * @param ready tasks queued per priority (whether or not their host may be fetched from now)
     * @param delayed tasks waiting out a retry backoff (leased meanwhile, so also in {@code leased})
     * @param leased tasks a worker holds
     * @param deadLetters dead letters not replayed yet
     * @param tasksPerMinute tasks finished in the last 60 seconds
     * @param finishedPerMinute tasks finished in each of the last 60 clock minutes, all processes,
     *     oldest first; the last is the current minute so far
     * @param strandedTasks tasks committed to the frontier whose enqueue is unconfirmed past the outbox grace
     * @param reofferedTasks tasks the outbox reconciler offered again, all processes, since Redis last lost its data
     * @param hosts the queue by host: which may be fetched from now and which wait on politeness
     * @param workers the live workers, each with the tasks it runs
     */
    public record Stats(String queue, Map<String, Long> ready, long readyTotal, long delayed, long leased,
                        long deadLetters, long tasksPerMinute, List<Long> finishedPerMinute, long strandedTasks,
                        long reofferedTasks,
                        Hosts hosts, int liveWorkers, List<WorkerInfo> workers) {
    }

    /**
     * The queued tasks by host. A host is ready when its tasks may be claimed now; waiting when its
     * politeness (rate, Crawl-delay, in-flight cap, an open circuit breaker) says not yet: its tasks
     * wait in Redis, holding no worker.
     *
     * @param deferredTasks tasks handed back to the queue because their host was not ready, all
     *     processes, since Redis last lost its data
     * @param busiest the hosts with the most tasks queued, most first
     */
    public record Hosts(long readyHosts, long waitingHosts, long readyTasks, long waitingTasks, long deferredTasks,
                        List<Host> busiest) {
    }

    /**
     * @param readyInMillis how long until its tasks may be claimed (0: now)
     */
    public record Host(String host, boolean waiting, long queued, long leased, long readyInMillis) {
    }

    public Stats snapshot() {
        QueueDepth depth = queue.depth(queueName);
        List<WorkerInfo> live = workers.live();
        return new Stats(queueName, depth.ready(), depth.readyTotal(), live.stream().mapToLong(WorkerInfo::delayed).sum(),
                depth.leased(), deadLetters.waiting(), queue.finishedInLastMinute(queueName),
                queue.finishedPerMinute(queueName, FINISHED_MINUTES), outbox.strandedTaskCount(),
                queue.reofferedTotal(queueName), hosts(), live.size(), live);
    }

    private Hosts hosts() {
        LaneStats lanes = queue.lanes(queueName, topHosts);
        return new Hosts(lanes.readyLanes(), lanes.waitingLanes(), lanes.readyTasks(), lanes.waitingTasks(),
                queue.deferredTotal(queueName), lanes.busiest().stream()
                .map(l -> new Host(l.lane(), l.waiting(), l.queued(), l.leased(), l.readyInMillis())).toList());
    }
}
