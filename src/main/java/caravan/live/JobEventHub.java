package caravan.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import routes.store.JobEvents;
import routes.store.JobEvents.JobEvent;
import routes.store.JobProgress;
import routes.store.ResultQueries;

/**
 * Feeds the open event streams. PostgreSQL's job_event table is the one ordered log every process
 * writes to, so a stream served by any API process sees what any worker wrote. A job's new events
 * are read when a writer announces them on Redis ({@link #wake}, from the job-event-notifications
 * route), and by a slow fallback poll every poll interval, should an announcement be lost. A
 * progress snapshot is read every progress interval (sent only when it changed), and a job's
 * streams end once its final status is delivered. All sending happens on one thread, so a
 * stream's events never interleave or reorder.
 */
@Component
public class JobEventHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobEventHub.class);
    private static final int PAGE = 500;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final JobEvents events;
    private final ResultQueries results;
    private final Duration pollInterval;
    private final Duration progressInterval;
    private final Duration streamTimeout;
    private final Map<Long, WatchedJob> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService sender;

    JobEventHub(JobEvents events, ResultQueries results,
                @Value("${caravan.events.poll-interval}") Duration pollInterval,
                @Value("${caravan.events.progress-interval}") Duration progressInterval,
                @Value("${caravan.events.stream-timeout}") Duration streamTimeout) {
        this.events = events;
        this.results = results;
        this.pollInterval = pollInterval;
        this.progressInterval = progressInterval;
        this.streamTimeout = streamTimeout;
    }

    /** Opens a stream of the job's events after {@code afterEventId}, then live ones, then its end. */
    SseEmitter subscribe(long jobId, long afterEventId) {
        SseEmitter emitter = new SseEmitter(streamTimeout.toMillis());
        Subscriber subscriber = new Subscriber(emitter, afterEventId);
        // joined on the sender thread, which alone adds and drops watched jobs
        sender.execute(() -> {
            WatchedJob job = watched.computeIfAbsent(jobId, WatchedJob::new);
            job.subscribers.add(subscriber);
            Runnable leave = () -> job.subscribers.remove(subscriber);
            emitter.onCompletion(leave);
            emitter.onTimeout(leave);
            emitter.onError(failure -> leave.run());
            deliverSafely(job, true);
        });
        return emitter;
    }

    /** Some process committed new events of the job: its open streams here read them now. */
    public void wake(long jobId) {
        WatchedJob job = watched.get(jobId);
        // a burst of announcements costs one read: the job is queued once until that read starts
        if (job != null && job.wakePending.compareAndSet(false, true)) {
            sender.execute(() -> {
                job.wakePending.set(false);
                deliverSafely(job, true);
            });
        }
    }

    private void deliverAll(boolean readEvents) {
        watched.values().removeIf(job -> job.subscribers.isEmpty());
        watched.values().forEach(job -> deliverSafely(job, readEvents));
    }

    private void deliverSafely(WatchedJob job, boolean readEvents) {
        try {
            deliver(job, readEvents);
        } catch (RuntimeException e) {
            // PostgreSQL unreachable, say: keep the streams open and try again next round
            log.debug("Cannot read events of job {}: {}", job.jobId, e.getMessage());
        }
    }

    /** Sends what is new; events are read when asked for, and always once the job has ended. */
    private void deliver(WatchedJob job, boolean readEvents) {
        if (job.subscribers.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        boolean progressDue = now - job.progressAt >= progressInterval.toNanos();
        // progress (and the status in it) is read before the events: an ended status then
        // guarantees its final event is among those read next
        JobProgress progress = progressDue || job.subscribers.stream().anyMatch(s -> s.lastProgress == null)
                ? results.progress(job.jobId) : null;
        boolean ended = progress != null && !progress.status().isActive();
        long from = job.subscribers.stream().mapToLong(s -> s.cursor).min().orElse(0);
        List<JobEvent> fresh = readEvents || ended ? events.after(job.jobId, from, PAGE) : List.of();
        for (Subscriber subscriber : job.subscribers) {
            for (JobEvent event : fresh) {
                if (event.id() > subscriber.cursor) {
                    send(job, subscriber, SseEmitter.event().id(String.valueOf(event.id())).name(event.type())
                            .data(event, MediaType.APPLICATION_JSON));
                    subscriber.cursor = event.id();
                }
            }
        }
        if (progress != null) {
            job.progressAt = now;
            for (Subscriber subscriber : job.subscribers) {
                if (!progress.equals(subscriber.lastProgress)) {
                    send(job, subscriber, SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
                    subscriber.lastProgress = progress;
                }
            }
            if (ended && fresh.size() < PAGE) {
                job.subscribers.forEach(s -> s.emitter.complete());
                job.subscribers.clear();
            }
        }
        keepAlive(job, now);
    }

    /** A comment now and then keeps idle streams open through proxies and notices clients that left. */
    private void keepAlive(WatchedJob job, long now) {
        for (Subscriber subscriber : job.subscribers) {
            if (now - subscriber.sentAt >= KEEP_ALIVE.toNanos()) {
                send(job, subscriber, SseEmitter.event().comment("keep-alive"));
            }
        }
    }

    private void send(WatchedJob job, Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter.send(event);
            subscriber.sentAt = System.nanoTime();
        } catch (IOException | IllegalStateException gone) {
            job.subscribers.remove(subscriber);
        }
    }

    @Override
    public void start() {
        sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "job-event-streams");
            thread.setDaemon(true);
            return thread;
        });
        sender.scheduleWithFixedDelay(() -> deliverAll(true), pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        sender.scheduleWithFixedDelay(() -> deliverAll(false), progressInterval.toMillis(), progressInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Ends open streams before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        sender.shutdownNow();
        watched.values().forEach(job -> job.subscribers.forEach(s -> s.emitter.complete()));
        watched.clear();
    }

    @Override
    public boolean isRunning() {
        return sender != null && !sender.isShutdown();
    }

    private static final class WatchedJob {
        private final long jobId;
        private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        private final AtomicBoolean wakePending = new AtomicBoolean();
        private long progressAt = System.nanoTime() - Long.MAX_VALUE / 2;

        WatchedJob(long jobId) {
            this.jobId = jobId;
        }
    }

    private static final class Subscriber {
        private final SseEmitter emitter;
        private volatile long cursor;
        private JobProgress lastProgress;
        private long sentAt = System.nanoTime();

        Subscriber(SseEmitter emitter, long cursor) {
            this.emitter = emitter;
            this.cursor = cursor;
        }
    }
}
