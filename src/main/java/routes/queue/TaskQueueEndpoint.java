package routes.queue;

import java.time.Duration;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** One named queue; options tune the consuming side. */
public class TaskQueueEndpoint extends DefaultEndpoint {

    /**
     * The exchange property a route sets (in milliseconds) to hand its message back instead of
     * finishing it: the message's lane may not be served for that long (its host is not ready).
     */
    public static final String DEFER_MILLIS = "CaravanDeferMillis";

    private final RedisTaskQueue queue;
    private final String queueName;
    private int concurrency = 8;
    private int prefetch;
    private int leaseSeconds = 60;
    private int idleWaitMillis = 1000;
    private long shutdownGraceMillis = 10_000;
    private int laneCapacity;
    private double laneRate;
    private long laneClaimAheadMillis;

    TaskQueueEndpoint(String uri, TaskQueueComponent component, RedisTaskQueue queue, String queueName) {
        super(uri, component);
        this.queue = queue;
        this.queueName = queueName;
    }

    @Override
    public Producer createProducer() {
        return new TaskQueueProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        TaskQueueConsumer consumer = new TaskQueueConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    RedisTaskQueue queue() {
        return queue;
    }

    String queueName() {
        return queueName;
    }

    Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    Duration idleWait() {
        return Duration.ofMillis(idleWaitMillis);
    }

    LanePolicy lanePolicy() {
        return new LanePolicy(laneCapacity, laneRate, laneClaimAheadMillis);
    }

    /** Messages processed at once by this consumer. */
    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    /**
     * Messages leased ahead of a free worker, so a worker that finishes starts its next message at
     * once instead of after a round trip to Redis. They stay leased (and their leases extended)
     * while they wait, and are handed back on stop like messages in flight.
     */
    public int getPrefetch() {
        return prefetch;
    }

    public void setPrefetch(int prefetch) {
        this.prefetch = prefetch;
    }

    /** How long a claimed message stays invisible to others before it counts as abandoned. */
    public int getLeaseSeconds() {
        return leaseSeconds;
    }

    public void setLeaseSeconds(int leaseSeconds) {
        this.leaseSeconds = leaseSeconds;
    }

    /** Longest blocking wait for new work when idle; bounds how late lease expiry is noticed. */
    public int getIdleWaitMillis() {
        return idleWaitMillis;
    }

    public void setIdleWaitMillis(int idleWaitMillis) {
        this.idleWaitMillis = idleWaitMillis;
    }

    /** How long a stopping consumer waits for in-flight messages before handing them back to the queue. */
    public long getShutdownGraceMillis() {
        return shutdownGraceMillis;
    }

    public void setShutdownGraceMillis(long shutdownGraceMillis) {
        this.shutdownGraceMillis = shutdownGraceMillis;
    }

    /**
     * Messages of one lane (one host) leased at once, across every consumer of the queue (0: no
     * limit): a slow or failing host holds at most this many workers.
     */
    public int getLaneCapacity() {
        return laneCapacity;
    }

    public void setLaneCapacity(int laneCapacity) {
        this.laneCapacity = laneCapacity;
    }

    /** Claims per second from one lane, across every consumer of the queue (0: no limit). */
    public double getLaneRate() {
        return laneRate;
    }

    public void setLaneRate(double laneRate) {
        this.laneRate = laneRate;
    }

    /**
     * How long before a rate-limited lane's moment its next message may be claimed: the claim and
     * the hand-over to a worker take that long, so the message reaches its host on time.
     */
    public long getLaneClaimAheadMillis() {
        return laneClaimAheadMillis;
    }

    public void setLaneClaimAheadMillis(long laneClaimAheadMillis) {
        this.laneClaimAheadMillis = laneClaimAheadMillis;
    }
}
