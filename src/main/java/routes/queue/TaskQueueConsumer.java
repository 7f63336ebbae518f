package routes.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dispatcher thread leases as many messages as there are free workers (plus the prefetch),
 * hands them to a pool and blocks on Redis when there is nothing to do. A message is acknowledged
 * only after its exchange completed without an exception; otherwise its lease runs out and it is
 * re-run. A route that finds its message's host not ready names how long in
 * {@link TaskQueueEndpoint#DEFER_MILLIS}: the message goes back to its lane at once, and the worker
 * takes other work. When only waiting lanes are left, the dispatcher sleeps until the first of
 * them is due or a task here ends and frees its lane (at most an idle wait), instead of blocking
 * on Redis for new work.
 * Acknowledgements are sent by one thread, as many per script call as have finished meanwhile:
 * one Redis round trip per batch instead of per message (a crash before it lands only means the
 * finished tasks run again, which every stage allows).
 */
class TaskQueueConsumer extends DefaultConsumer {

    private static final Logger log = LoggerFactory.getLogger(TaskQueueConsumer.class);
    private static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(5);

    private final TaskQueueEndpoint endpoint;
    private static final int ACK_BATCH = 500;
    private static final long ACK_WAIT_MILLIS = 100;

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Released whenever tasks here are acknowledged or handed back: their lanes may be claimed from again. */
    private final Semaphore laneFreed = new Semaphore(0);
    private final BlockingQueue<String> finished = new LinkedBlockingQueue<>();
    private Semaphore freeWorkers;
    private ExecutorService workers;
    private ExecutorService dispatcher;
    private ScheduledExecutorService heartbeat;
    private ExecutorService acknowledger;
    private Future<?> acknowledging;
    private volatile boolean running;
    private volatile boolean acceptingAcks;
    /** Guards {@link #handedBack}: once set, inFlight and finished no longer change. */
    private final Object handBack = new Object();
    private boolean handedBack;

    TaskQueueConsumer(TaskQueueEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        var executors = getEndpoint().getCamelContext().getExecutorServiceManager();
        int concurrency = endpoint.getConcurrency();
        // permits for every worker plus the prefetch: messages beyond the workers wait in the pool's queue
        freeWorkers = new Semaphore(concurrency + endpoint.getPrefetch());
        workers = executors.newFixedThreadPool(this, "taskqueue-" + endpoint.queueName(), concurrency);
        dispatcher = executors.newSingleThreadExecutor(this, "taskqueue-dispatch-" + endpoint.queueName());
        long beat = Math.max(1, endpoint.lease().toMillis() / 3);
        heartbeat = executors.newSingleThreadScheduledExecutor(this, "taskqueue-heartbeat-" + endpoint.queueName());
        heartbeat.scheduleWithFixedDelay(this::extendLeases, beat, beat, TimeUnit.MILLISECONDS);
        running = true;
        acceptingAcks = true;
        acknowledger = executors.newSingleThreadExecutor(this, "taskqueue-ack-" + endpoint.queueName());
        acknowledging = acknowledger.submit(this::acknowledgeFinished);
        dispatcher.submit(this::dispatch);
    }

    /**
     * Stops claiming, lets in-flight messages finish within the shutdown grace period, and hands
     * back those still unfinished so another worker takes them at once rather than after their lease.
     */
    @Override
    protected void doStop() throws Exception {
        running = false;
        var executors = getEndpoint().getCamelContext().getExecutorServiceManager();
        executors.shutdownNow(dispatcher);
        // a claim already on its way to Redis still adds its messages to inFlight: wait for it, or they
        // would be leased after the hand-back below and wait out their whole lease
        executors.awaitTermination(dispatcher, endpoint.idleWait().toMillis() + 5_000);
        executors.shutdownGraceful(workers, endpoint.getShutdownGraceMillis());
        executors.shutdownNow(heartbeat);
        // A worker still running past the grace period (a grace of 0 does not even wait) may finish at
        // any moment; from here on it changes nothing, so every lease is either acknowledged below or
        // handed back, never left to expire.
        synchronized (handBack) {
            handedBack = true;
        }
        // what finished is acknowledged before the rest is handed back
        acceptingAcks = false;
        acknowledging.get(endpoint.getShutdownGraceMillis() + 5_000, TimeUnit.MILLISECONDS);
        executors.shutdown(acknowledger);
        if (!inFlight.isEmpty()) {
            long released = endpoint.queue().release(endpoint.queueName(), Set.copyOf(inFlight), endpoint.lanePolicy());
            log.info("Stopped with {} task(s) unfinished; handed {} back to queue {}", inFlight.size(), released,
                    endpoint.queueName());
        }
        super.doStop();
    }

    private void dispatch() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                laneFreed.drainPermits();
                Claim claim = claimForFreeWorkers();
                claim.leased().forEach(this::submit);
                if (claim.leased().isEmpty()) {
                    Duration laneDue = claim.nextLaneReadyIn();
                    if (laneDue != null) {
                        // lanes wait on their moment or on their capacity: the latter frees up as soon
                        // as tasks here are acknowledged, so wait for that too, not for a whole idle wait
                        laneFreed.tryAcquire(Math.max(1, min(laneDue, endpoint.idleWait()).toMillis()),
                                TimeUnit.MILLISECONDS);
                    } else {
                        endpoint.queue().awaitWork(endpoint.queueName(), endpoint.idleWait());
                    }
                }
                backoff = Duration.ofMillis(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Cannot claim from queue {} ({}); retrying in {} ms",
                        endpoint.queueName(), e.getMessage(), backoff.toMillis());
                if (!pause(backoff)) {
                    return;
                }
                backoff = min(backoff.multipliedBy(2), MAX_ERROR_BACKOFF);
            }
        }
    }

    private Claim claimForFreeWorkers() throws InterruptedException {
        // With a prefetch, claim once half of it is free: fewer, larger claims, while the messages still
        // waiting keep every worker busy (a worker can only be idle once all the prefetch is free).
        int atLeast = Math.max(1, endpoint.getPrefetch() / 2);
        freeWorkers.acquire(atLeast);
        int wanted = atLeast + freeWorkers.drainPermits();
        int leased = 0;
        try {
            Claim claim = endpoint.queue().claim(endpoint.queueName(), wanted, endpoint.lease(), endpoint.lanePolicy());
            leased = claim.leased().size();
            return claim;
        } finally {
            freeWorkers.release(wanted - leased);
        }
    }

    private void submit(LeasedMessage message) {
        inFlight.add(message.leaseMember());
        workers.execute(() -> {
            if (!running) {
                return; // stopping: a message still waiting for a worker is handed back with the unfinished ones
            }
            Outcome outcome = Outcome.FAILED;
            try {
                outcome = process(message);
            } finally {
                settle(message.leaseMember(), outcome);
                freeWorkers.release();
            }
        });
    }

    private void settle(String leaseMember, Outcome outcome) {
        synchronized (handBack) {
            if (handedBack) {
                return; // finished after the stop handed its lease back: it runs again, which every stage allows
            }
            boolean settled = switch (outcome.kind()) {
                case DONE -> finished.add(leaseMember);
                case DEFERRED -> deferred(leaseMember, outcome.deferFor());
                // a task that failed while the worker stops stays in flight, so the stop hands it back
                // at once instead of leaving it leased until its lease runs out
                case FAILED -> running;
            };
            if (settled) {
                inFlight.remove(leaseMember);
            }
        }
    }

    /** @return whether the lease was handed back (else it stays in flight, to run again once it expires) */
    private boolean deferred(String leaseMember, Duration laneReadyIn) {
        try {
            endpoint.queue().defer(endpoint.queueName(), leaseMember, laneReadyIn, endpoint.lanePolicy());
            laneFreed.release();
            return true;
        } catch (RuntimeException e) {
            log.warn("Cannot hand task {} back to queue {} ({}); it runs again when its lease expires",
                    leaseMember, endpoint.queueName(), e.getMessage());
            return false;
        }
    }

    private Outcome process(LeasedMessage message) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(message.payload());
        try {
            getProcessor().process(exchange);
            if (exchange.getException() == null) {
                Long deferMillis = exchange.getProperty(TaskQueueEndpoint.DEFER_MILLIS, Long.class);
                return deferMillis == null ? Outcome.DONE : Outcome.defer(Duration.ofMillis(deferMillis));
            } else {
                getExceptionHandler().handleException("Task left leased for a later retry: " + message.leaseMember(),
                        exchange, exchange.getException());
            }
        } catch (Exception e) {
            getExceptionHandler().handleException("Task left leased for a later retry: " + message.leaseMember(), exchange, e);
        } finally {
            releaseExchange(exchange, false);
        }
        return Outcome.FAILED;
    }

    /** How a message's exchange ended: to acknowledge, to leave leased for a retry, or to hand back for a while. */
    private record Outcome(Kind kind, Duration deferFor) {

        enum Kind { DONE, FAILED, DEFERRED }

        static final Outcome DONE = new Outcome(Kind.DONE, null);
        static final Outcome FAILED = new Outcome(Kind.FAILED, null);

        static Outcome defer(Duration deferFor) {
            return new Outcome(Kind.DEFERRED, deferFor);
        }
    }

    private void acknowledgeFinished() {
        List<String> batch = new ArrayList<>(ACK_BATCH);
        while (acceptingAcks || !finished.isEmpty()) {
            try {
                String first = finished.poll(ACK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                finished.drainTo(batch, ACK_BATCH - 1);
                endpoint.queue().acknowledge(endpoint.queueName(), batch, endpoint.lanePolicy());
                laneFreed.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Cannot acknowledge {} task(s) on queue {} ({}); they run again when their lease expires",
                        batch.size(), endpoint.queueName(), e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    private void extendLeases() {
        try {
            endpoint.queue().extendLeases(endpoint.queueName(), Set.copyOf(inFlight), endpoint.lease());
        } catch (RuntimeException e) {
            log.warn("Cannot extend leases on queue {}: {}", endpoint.queueName(), e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
