package routes.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A reliable priority queue in Redis: messages are leased, not popped, so a worker that dies
 * loses nothing; each operation is one atomic Lua script. Messages are queued by lane (their host)
 * and served lane by lane (see lanes.lua): a lane that may not be served yet keeps its messages in
 * Redis, so it holds no worker.
 */
@Component
public class RedisTaskQueue {

    private static final int ENQUEUE_CHUNK = 500;
    private static final int MAX_WAKE_TOKENS = 64;
    /** Lanes a claim looks at, at least: enough for every host of a busy crawl to get its turn. */
    private static final int LANES_PER_CLAIM = 256;
    private static final int LANES_IN_STATS = 10_000;

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final RedisScript<Long> enqueue = laneScript("enqueue.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private final RedisScript<List> claim = laneScript("claim.lua", List.class);
    private final RedisScript<Long> ack = laneScript("ack.lua", Long.class);
    private final RedisScript<Long> release = laneScript("release.lua", Long.class);
    private final RedisScript<Long> defer = laneScript("defer.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private final RedisScript<List> laneStats = laneScript("lane_stats.lua", List.class);
    private final RedisScript<Long> extend = RedisScript.of(new ClassPathResource("queue/extend.lua"), Long.class);

    public RedisTaskQueue(StringRedisTemplate redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Enqueues the messages not already queued or leased; returns how many were new. */
    public long enqueue(String queue, Collection<? extends QueueMessage> messages) {
        QueueKeys keys = new QueueKeys(queue);
        long pushed = 0;
        List<String> args = new ArrayList<>();
        for (QueueMessage message : messages) {
            if (args.isEmpty()) {
                args.add(keys.prefix());
                args.add(String.valueOf(MAX_WAKE_TOKENS));
            }
            if (message.messageLane().contains(" ")) {
                throw new IllegalArgumentException("a lane must not contain a space: " + message.messageLane());
            }
            args.add(message.messageId());
            args.add(String.valueOf(message.messagePriority().index()));
            args.add(message.messageLane());
            args.add(message.messageGroup());
            args.add(toJson(message));
            if (args.size() > ENQUEUE_CHUNK * 5) {
                pushed += redis.execute(enqueue, List.of(), args.toArray());
                args.clear();
            }
        }
        if (!args.isEmpty()) {
            pushed += redis.execute(enqueue, List.of(), args.toArray());
        }
        return pushed;
    }

    /** Leases up to {@code max} messages, no lane limited; returns at once, possibly empty. */
    public List<LeasedMessage> claim(String queue, int max, Duration lease) {
        return claim(queue, max, lease, LanePolicy.UNLIMITED).leased();
    }

    /**
     * Leases up to {@code max} messages from the lanes that may be claimed from now, highest
     * priority first; returns at once, possibly with nothing.
     */
    public Claim claim(String queue, int max, Duration lease, LanePolicy lanes) {
        List<?> flat = redis.execute(claim, List.of(), new QueueKeys(queue).prefix(), String.valueOf(lanes.capacity()),
                String.valueOf(lease.toMillis()), String.valueOf(max), String.valueOf(lanes.spacingMillis()),
                String.valueOf(Math.max(LANES_PER_CLAIM, max * 2)), String.valueOf(lanes.claimAheadMillis()));
        List<LeasedMessage> leased = new ArrayList<>(flat.size() / 2);
        for (int i = 1; i + 1 < flat.size(); i += 2) {
            leased.add(new LeasedMessage((String) flat.get(i), (String) flat.get(i + 1)));
        }
        long nextReady = ((Number) flat.get(0)).longValue();
        return new Claim(leased, nextReady < 0 ? null : Duration.ofMillis(nextReady));
    }

    /** Blocks (BLPOP, not a busy loop) until an enqueue signals new work or the wait ends. */
    public void awaitWork(String queue, Duration maxWait) {
        redis.opsForList().leftPop(new QueueKeys(queue).wake(), maxWait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void acknowledge(String queue, Collection<String> leaseMembers) {
        acknowledge(queue, leaseMembers, LanePolicy.UNLIMITED);
    }

    public void acknowledge(String queue, Collection<String> leaseMembers, LanePolicy lanes) {
        if (!leaseMembers.isEmpty()) {
            redis.execute(ack, List.of(), withLaneArgs(queue, lanes, leaseMembers));
        }
    }

    /** Hands leased messages back to their place in their lane now, instead of when their lease runs out. */
    public long release(String queue, Collection<String> leaseMembers) {
        return release(queue, leaseMembers, LanePolicy.UNLIMITED);
    }

    public long release(String queue, Collection<String> leaseMembers, LanePolicy lanes) {
        if (leaseMembers.isEmpty()) {
            return 0;
        }
        return redis.execute(release, List.of(), withLaneArgs(queue, lanes, leaseMembers));
    }

    /**
     * Hands a leased message back because its lane may not be served yet: it keeps its place, and
     * its lane is not claimed from for {@code laneReadyIn}. Returns false if the lease was no longer held.
     */
    public boolean defer(String queue, String leaseMember, Duration laneReadyIn, LanePolicy lanes) {
        return redis.execute(defer, List.of(), new QueueKeys(queue).prefix(), String.valueOf(lanes.capacity()),
                leaseMember, String.valueOf(Math.max(0, laneReadyIn.toMillis()))) == 1;
    }

    /** Pushes the deadline of leases still being worked on, so long tasks are not handed to another worker. */
    public void extendLeases(String queue, Collection<String> leaseMembers, Duration lease) {
        if (!leaseMembers.isEmpty()) {
            List<String> args = new ArrayList<>(leaseMembers.size() + 1);
            args.add(String.valueOf(lease.toMillis()));
            args.addAll(leaseMembers);
            redis.execute(extend, List.of(new QueueKeys(queue).leases()), args.toArray());
        }
    }

    /**
     * True once after the queue's data vanished from Redis (a restart without persistence, a
     * FLUSHALL) or was never there: a marker key is set if absent, so exactly one caller learns of
     * it and must re-offer the frontier.
     */
    public boolean markIfLost(String queue) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(new QueueKeys(queue).marker(), "present"));
    }

    public QueueDepth depth(String queue) {
        QueueKeys keys = new QueueKeys(queue);
        List<Object> counts = redis.opsForHash().multiGet(keys.queued(),
                Arrays.stream(Priority.values()).map(p -> (Object) String.valueOf(p.index())).toList());
        Map<String, Long> ready = new LinkedHashMap<>();
        for (Priority priority : Priority.values()) {
            Object count = counts.get(priority.ordinal());
            ready.put(priority.label(), count == null ? 0 : Math.max(0, Long.parseLong((String) count)));
        }
        return new QueueDepth(ready, redis.opsForZSet().zCard(keys.leases()));
    }

    /** The lanes that may be claimed from now and those that wait, with the {@code top} lanes by tasks queued. */
    public LaneStats lanes(String queue, int top) {
        List<?> flat = redis.execute(laneStats, List.of(), new QueueKeys(queue).prefix(), String.valueOf(top),
                String.valueOf(LANES_IN_STATS));
        List<LaneStats.Lane> busiest = new ArrayList<>();
        for (int i = 4; i + 3 < flat.size(); i += 4) {
            busiest.add(new LaneStats.Lane((String) flat.get(i), number(flat.get(i + 1)), number(flat.get(i + 2)),
                    number(flat.get(i + 3))));
        }
        return new LaneStats(number(flat.get(0)), number(flat.get(1)), number(flat.get(2)), number(flat.get(3)), busiest);
    }

    /** Tasks handed back since Redis last lost its data because their lane was not ready, all processes. */
    public long deferredTotal(String queue) {
        String total = redis.opsForValue().get(new QueueKeys(queue).deferred());
        return total == null ? 0 : Long.parseLong(total);
    }

    /** Tasks acknowledged in the last 60 seconds, from per-second counters that expire on their own. */
    public long finishedInLastMinute(String queue) {
        QueueKeys keys = new QueueKeys(queue);
        long now = Instant.now().getEpochSecond();
        List<String> buckets = new ArrayList<>(60);
        for (long second = now - 59; second <= now; second++) {
            buckets.add(keys.finished(second));
        }
        return redis.opsForValue().multiGet(buckets).stream()
                .filter(Objects::nonNull).mapToLong(Long::parseLong).sum();
    }

    /**
     * Tasks acknowledged in each of the last {@code minutes} minutes of the clock, oldest first, the
     * current (unfinished) minute last; from per-minute counters that expire after two hours.
     */
    public List<Long> finishedPerMinute(String queue, int minutes) {
        QueueKeys keys = new QueueKeys(queue);
        long now = Instant.now().getEpochSecond() / 60;
        List<String> buckets = new ArrayList<>(minutes);
        for (long minute = now - minutes + 1; minute <= now; minute++) {
            buckets.add(keys.finishedInMinute(minute));
        }
        return redis.opsForValue().multiGet(buckets).stream()
                .map(count -> count == null ? 0L : Long.parseLong(count)).toList();
    }

    /** Adds to the count of tasks offered again from the outbox, shared by every process. */
    public void countReoffered(String queue, long count) {
        if (count > 0) {
            redis.opsForValue().increment(new QueueKeys(queue).reoffered(), count);
        }
    }

    public long reofferedTotal(String queue) {
        String total = redis.opsForValue().get(new QueueKeys(queue).reoffered());
        return total == null ? 0 : Long.parseLong(total);
    }

    private String toJson(QueueMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise queue message " + message.messageId(), e);
        }
    }

    private static Object[] withLaneArgs(String queue, LanePolicy lanes, Collection<String> leaseMembers) {
        List<String> args = new ArrayList<>(leaseMembers.size() + 2);
        args.add(new QueueKeys(queue).prefix());
        args.add(String.valueOf(lanes.capacity()));
        args.addAll(leaseMembers);
        return args.toArray();
    }

    private static long number(Object reply) {
        return ((Number) reply).longValue();
    }

    /** A queue script with the lanes library (lanes.lua) in front of it: one definition of their shared parts. */
    private static <T> RedisScript<T> laneScript(String name, Class<T> resultType) {
        return RedisScript.of(read("lanes.lua") + "\n" + read(name), resultType);
    }

    private static String read(String name) {
        try {
            return new ClassPathResource("queue/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queue/" + name, e);
        }
    }

    /** The Redis keys of one named queue. */
    private record QueueKeys(String queue) {

        String prefix() { return "caravan:" + queue; }

        String wake() { return "caravan:" + queue + ":wake"; }

        String leases() { return "caravan:" + queue + ":leases"; }

        String marker() { return "caravan:" + queue + ":marker"; }

        String reoffered() { return "caravan:" + queue + ":reoffered"; }

        String finished(long epochSecond) { return "caravan:" + queue + ":finished:" + epochSecond; }

        String finishedInMinute(long epochMinute) { return "caravan:" + queue + ":finished-minute:" + epochMinute; }

        String queued() { return "caravan:" + queue + ":queued"; }

        String deferred() { return "caravan:" + queue + ":deferred"; }
    }
}
