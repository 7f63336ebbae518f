package routes.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import routes.queue.QueueDepth;
import routes.queue.RedisTaskQueue;
import routes.queue.WorkerRegistry;
import routes.queue.WorkerRegistry.WorkerInfo;
import routes.store.DeadLetterStore;
import routes.store.TaskOutbox;

/** GET /api/queue/stats: the crawl queue as every worker process shares it. */
@Component
public class QueueStatistics {

    static final String QUEUE = RedisTaskQueue.CRAWL_QUEUE;

    private final RedisTaskQueue queue;
    private final WorkerRegistry workers;
    private final DeadLetterStore deadLetters;
    private final TaskOutbox outbox;

    public QueueStatistics(RedisTaskQueue queue, WorkerRegistry workers, DeadLetterStore deadLetters, TaskOutbox outbox) {
        this.queue = queue;
        this.workers = workers;
        this.deadLetters = deadLetters;
        this.outbox = outbox;
    }

    /**
     * @param ready tasks waiting per priority
     * @param delayed tasks waiting out a retry backoff (leased meanwhile, so also in {@code leased})
     * @param leased tasks a worker holds
     * @param deadLetters dead letters not replayed yet
     * @param tasksPerMinute tasks finished in the last 60 seconds
     * @param strandedTasks tasks committed to the frontier whose enqueue is unconfirmed past the outbox grace
     * @param reofferedTasks tasks the outbox reconciler offered again, all processes, since Redis last lost its data
     */
    public record Stats(String queue, Map<String, Long> ready, long readyTotal, long delayed, long leased,
                        long deadLetters, long tasksPerMinute, long strandedTasks, long reofferedTasks,
                        int liveWorkers, List<WorkerInfo> workers) {
    }

    public Stats snapshot() {
        QueueDepth depth = queue.depth(QUEUE);
        List<WorkerInfo> live = workers.live();
        return new Stats(QUEUE, depth.ready(), depth.readyTotal(), live.stream().mapToLong(WorkerInfo::delayed).sum(),
                depth.leased(), deadLetters.waiting(), queue.finishedInLastMinute(QUEUE), outbox.strandedTaskCount(),
                queue.reofferedTotal(QUEUE), live.size(), live);
    }
}
