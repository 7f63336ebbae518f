package routes.observe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.InflightRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.model.RouteNames;

/**
 * Live workers, seen from anywhere: each worker process beats (the worker-heartbeat route) into a
 * Redis sorted set with what it is doing; one that stops beating for three periods — killed,
 * hung, cut off — is no longer counted, and its record expires on its own.
 */
@Component
public class WorkerRegistry {


    private final String workers;
    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final CamelContext camel;
    private final RetryBackoffs backoffs;
    private final Duration liveFor;
    private final int concurrency;
    private final WorkerInfo self;

    public WorkerRegistry(StringRedisTemplate redis, ObjectMapper json, CamelContext camel, RetryBackoffs backoffs,
                          @Value("${caravan.queue.name}") String queueName,
                          @Value("${caravan.worker.heartbeat-millis}") long heartbeatMillis,
                          @Value("${caravan.worker.concurrency}") int concurrency) {
        this.workers = "caravan:" + queueName + ":workers";
        this.redis = redis;
        this.json = json;
        this.camel = camel;
        this.backoffs = backoffs;
        this.liveFor = Duration.ofMillis(3 * heartbeatMillis);
        this.concurrency = concurrency;
        long pid = ProcessHandle.current().pid();
        String host = hostName();
        this.self = new WorkerInfo(host + "-" + pid, host, pid, concurrency, 0, 0, List.of(), Instant.now(), null);
    }

    /**
     * Records this worker as alive, with its tasks in flight (delayed ones included), delayed, and
     * which they are (at most its concurrency of them, longest running first).
     */
    public void beat() {
        Instant now = Instant.now();
        InflightRepository inflight = camel.getInflightRepository();
        List<TaskInFlight> tasks = inflight.browse(RouteNames.TASK_DISPATCH_ROUTE, concurrency, true).stream()
                .map(this::taskOf).filter(Objects::nonNull).toList();
        WorkerInfo info = new WorkerInfo(self.id(), self.host(), self.pid(), concurrency,
                inflight.size(RouteNames.TASK_DISPATCH_ROUTE), backoffs.waiting(), tasks, self.startedAt(), now);
        redis.opsForValue().set(infoKey(self.id()), write(info), liveFor);
        redis.opsForZSet().add(workers, self.id(), now.toEpochMilli());
    }

    /** Workers that beat within the last three periods; forgets the others. */
    public List<WorkerInfo> live() {
        long oldest = Instant.now().minus(liveFor).toEpochMilli();
        redis.opsForZSet().removeRangeByScore(workers, Double.NEGATIVE_INFINITY, oldest);
        var ids = redis.opsForZSet().range(workers, 0, -1);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<String> infos = redis.opsForValue().multiGet(ids.stream().map(this::infoKey).toList());
        List<WorkerInfo> live = new ArrayList<>();
        infos.stream().filter(Objects::nonNull).forEach(text -> live.add(read(text)));
        return live;
    }

    /** A worker stopping says so at once rather than fading out after three periods. */
    @PreDestroy
    public void leave() {
        try {
            redis.opsForZSet().remove(workers, self.id());
            redis.delete(infoKey(self.id()));
        } catch (RuntimeException unreachable) {
            // it will expire on its own
        }
    }

    /** One worker process as the queue stats show it. */
    public record WorkerInfo(String id, String host, long pid, int concurrency, int inFlight, int delayed,
                             List<TaskInFlight> tasks, Instant startedAt, Instant lastSeen) {

        /** A record written by a worker of an earlier version, during a rolling update, lists no tasks. */
        public WorkerInfo {
            tasks = tasks == null ? List.of() : tasks;
        }
    }

    /** A task a worker runs, and for how long it has (retry backoffs included). */
    public record TaskInFlight(long jobId, String kind, String url, long forMillis) {
    }

    /** Null for an exchange that has not read its task yet. */
    private TaskInFlight taskOf(InflightRepository.InflightExchange running) {
        CrawlTask task = running.getExchange().getProperty(RouteNames.TASK, CrawlTask.class);
        return task == null ? null
                : new TaskInFlight(task.jobId(), task.kind().label(), task.url(), running.getDuration());
    }

    private String infoKey(String id) {
        return workers + ":" + id;
    }

    private String write(WorkerInfo info) {
        try {
            return json.writeValueAsString(info);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private WorkerInfo read(String text) {
        try {
            return json.readValue(text, WorkerInfo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("worker record is not JSON: " + text, e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
