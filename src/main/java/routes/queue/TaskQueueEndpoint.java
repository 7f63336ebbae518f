package routes.queue;

import java.time.Duration;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * One named queue: producing enqueues the body (a message or a list of them), consuming leases
 * messages, per lane, and acknowledges each when its exchange completes. Options tune the
 * consuming side.
 */
@UriEndpoint(firstVersion = "4.17.0", scheme = "taskqueue", title = "Task Queue", syntax = "taskqueue:queueName",
        category = {Category.MESSAGING})
public class TaskQueueEndpoint extends DefaultEndpoint {

    /**
     * The exchange property a route sets (in milliseconds) to hand its message back instead of
     * finishing it: the message's lane may not be served for that long (its host is not ready).
     */
    public static final String DEFER_MILLIS = "CaravanDeferMillis";

    private final RedisTaskQueue queue;
    @UriPath(description = "The queue's name: its Redis keys are caravan:<name>:*")
    @Metadata(required = true)
    private final String queueName;
    @UriParam(label = "consumer", defaultValue = "8", description = "Messages processed at once by this consumer")
    private int concurrency = 8;
    @UriParam(label = "consumer", defaultValue = "0", description = "Messages leased ahead of a free worker (kept leased while they wait)")
    private int prefetch;
    @UriParam(label = "consumer", defaultValue = "60", description = "Seconds a claimed message stays invisible to others before it counts as abandoned")
    private int leaseSeconds = 60;
    @UriParam(label = "consumer", defaultValue = "1000", description = "Longest blocking wait for new work when idle, in milliseconds; bounds how late lease expiry is noticed")
    private int idleWaitMillis = 1000;
    @UriParam(label = "consumer", defaultValue = "10000", description = "How long a stopping consumer waits for messages in flight before handing them back, in milliseconds")
    private long shutdownGraceMillis = 10_000;
    @UriParam(label = "consumer,lanes", defaultValue = "0", description = "Messages of one lane (one host) leased at once across every consumer of the queue; 0: no limit")
    private int laneCapacity;
    @UriParam(label = "consumer,lanes", defaultValue = "0", description = "Claims per second from one lane across every consumer of the queue; 0: no limit")
    private double laneRate;
    @UriParam(label = "consumer,lanes", defaultValue = "0", description = "How many milliseconds before a rate-limited lane's moment its next message may be claimed")
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
