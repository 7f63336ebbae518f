package routes.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * loses nothing; each operation is one atomic Lua script.
 */
@Component
public class RedisTaskQueue {

    /** The queue the crawl routes use (taskqueue:crawl). */
    public static final String CRAWL_QUEUE = "crawl";

    private static final int ENQUEUE_CHUNK = 500;
    private static final int MAX_WAKE_TOKENS = 64;

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final RedisScript<Long> enqueue = script("enqueue.lua", Long.class);
    @SuppressWarnings("rawtypes")
    private final RedisScript<List> claim = script("claim.lua", List.class);
    private final RedisScript<Long> ack = script("ack.lua", Long.class);
    private final RedisScript<Long> extend = script("extend.lua", Long.class);
    private final RedisScript<Long> release = script("release.lua", Long.class);

    public RedisTaskQueue(StringRedisTemplate redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Enqueues the messages not already queued or leased; returns how many were new. */
    public long enqueue(String queue, Collection<? extends QueueMessage> messages) {
        QueueKeys keys = new QueueKeys(queue);
        List<String> scriptKeys = keys.forEnqueue();
        long pushed = 0;
        List<String> args = new ArrayList<>();
        for (QueueMessage message : messages) {
            if (args.isEmpty()) {
                args.add(String.valueOf(MAX_WAKE_TOKENS));
            }
            args.add(message.messageId());
            args.add(String.valueOf(message.messagePriority().index()));
            args.add(toJson(message));
            if (args.size() > ENQUEUE_CHUNK * 3) {
                pushed += redis.execute(enqueue, scriptKeys, args.toArray());
                args.clear();
            }
        }
        if (!args.isEmpty()) {
            pushed += redis.execute(enqueue, scriptKeys, args.toArray());
        }
        return pushed;
    }

    /** Leases up to {@code max} messages, highest priority first; returns at once, possibly empty. */
    public List<LeasedMessage> claim(String queue, int max, Duration lease) {
        long now = System.currentTimeMillis();
        List<?> flat = redis.execute(claim, new QueueKeys(queue).forClaim(),
                String.valueOf(now), String.valueOf(now + lease.toMillis()), String.valueOf(max));
        List<LeasedMessage> leased = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            leased.add(new LeasedMessage((String) flat.get(i), (String) flat.get(i + 1)));
        }
        return leased;
    }

    /** Blocks (BLPOP, not a busy loop) until an enqueue signals new work or the wait ends. */
    public void awaitWork(String queue, Duration maxWait) {
        redis.opsForList().leftPop(new QueueKeys(queue).wake(), maxWait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void acknowledge(String queue, Collection<String> leaseMembers) {
        if (!leaseMembers.isEmpty()) {
            QueueKeys keys = new QueueKeys(queue);
            redis.execute(ack, List.of(keys.payloads(), keys.leases(), keys.finished(Instant.now().getEpochSecond())),
                    leaseMembers.toArray());
        }
    }

    /** Hands leased messages back to the head of their queue now, instead of when their lease runs out. */
    public long release(String queue, Collection<String> leaseMembers) {
        if (leaseMembers.isEmpty()) {
            return 0;
        }
        QueueKeys keys = new QueueKeys(queue);
        List<String> scriptKeys = new ArrayList<>(List.of(keys.payloads(), keys.leases()));
        for (Priority priority : Priority.values()) {
            scriptKeys.add(keys.ready(priority));
        }
        return redis.execute(release, scriptKeys, leaseMembers.toArray());
    }

    /** Pushes the deadline of leases still being worked on, so long tasks are not handed to another worker. */
    public void extendLeases(String queue, Collection<String> leaseMembers, Duration lease) {
        if (!leaseMembers.isEmpty()) {
            List<String> args = new ArrayList<>(leaseMembers.size() + 1);
            args.add(String.valueOf(System.currentTimeMillis() + lease.toMillis()));
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
        Map<String, Long> ready = new LinkedHashMap<>();
        for (Priority priority : Priority.values()) {
            ready.put(priority.label(), redis.opsForList().size(keys.ready(priority)));
        }
        return new QueueDepth(ready, redis.opsForZSet().zCard(keys.leases()));
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

    private static <T> RedisScript<T> script(String name, Class<T> resultType) {
        return RedisScript.of(new ClassPathResource("queue/" + name), resultType);
    }

    /** The Redis keys of one named queue. */
    private record QueueKeys(String queue) {

        String payloads() { return "caravan:" + queue + ":payloads"; }

        String wake() { return "caravan:" + queue + ":wake"; }

        String leases() { return "caravan:" + queue + ":leases"; }

        String marker() { return "caravan:" + queue + ":marker"; }

        String reoffered() { return "caravan:" + queue + ":reoffered"; }

        String finished(long epochSecond) { return "caravan:" + queue + ":finished:" + epochSecond; }

        String ready(Priority priority) { return "caravan:" + queue + ":ready:" + priority.label(); }

        List<String> forEnqueue() {
            List<String> keys = new ArrayList<>(List.of(payloads(), wake()));
            for (Priority priority : Priority.values()) {
                keys.add(ready(priority));
            }
            return keys;
        }

        List<String> forClaim() {
            List<String> keys = forEnqueue();
            keys.add(leases());
            return keys;
        }
    }
}
