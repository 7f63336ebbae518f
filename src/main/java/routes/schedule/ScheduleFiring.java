package routes.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.failure.InfrastructureFailures;
import routes.model.CrawlTask;
import routes.model.TaskOffer;
import routes.store.JobStore;
import routes.store.ScheduleFire;
import routes.store.ScheduleStore;
import routes.store.ScheduleStore.DueSchedule;
import routes.store.StoredSchedule;
import routes.store.Submission;
import routes.store.SubmittedJob;
import routes.web.ApiException;
import routes.web.JobRequestParser;

/**
 * Fires due schedules, each in its own transaction that holds the schedule's row: the fire row
 * (unique per schedule and fire time), the advance of its next fire, and the job it starts with
 * its first task and outbox row commit together or not at all. However many processes poll, a fire
 * time fires once; one missed while no process ran fires once, for the latest missed time.
 */
@Component
public class ScheduleFiring {

    private static final Logger log = LoggerFactory.getLogger(ScheduleFiring.class);

    private final TransactionTemplate tx;
    private final ScheduleStore schedules;
    private final JobStore jobs;
    private final JobRequestParser jobRequests;
    private final int maxFiresPerPoll;

    public ScheduleFiring(TransactionTemplate tx, ScheduleStore schedules, JobStore jobs, JobRequestParser jobRequests,
                          @Value("${caravan.schedules.max-fires-per-poll}") int maxFiresPerPoll) {
        this.tx = tx;
        this.schedules = schedules;
        this.jobs = jobs;
        this.jobRequests = jobRequests;
        this.maxFiresPerPoll = maxFiresPerPoll;
    }

    /**
     * Fires what is due now; answers the first tasks of the jobs started, committed, for the queue.
     * A schedule whose fire fails for another reason than PostgreSQL (its row edited by hand into a
     * bad cron) is logged and passed over until the next poll, so it holds up no other schedule.
     */
    public List<TaskOffer> fireDue() {
        List<TaskOffer> started = new ArrayList<>();
        List<Long> passedOver = new ArrayList<>();
        for (int fired = 0; fired < maxFiresPerPoll; fired++) {
            Optional<TaskOffer> offer;
            try {
                offer = tx.execute(status -> schedules.lockNextDue(passedOver).map(this::fireOrPassOver));
            } catch (FireFailed failed) {
                log.error("Schedule {} could not fire; trying again at the next poll", failed.scheduleId, failed.getCause());
                passedOver.add(failed.scheduleId);
                continue;
            }
            if (offer.isEmpty()) {
                break;
            }
            offer.filter(o -> !o.tasks().isEmpty()).ifPresent(started::add);
        }
        return started;
    }

    private TaskOffer fireOrPassOver(DueSchedule due) {
        try {
            return fire(due);
        } catch (RuntimeException e) {
            if (InfrastructureFailures.isInfrastructure(e)) {
                throw e;
            }
            throw new FireFailed(due.schedule().id(), e);
        }
    }

    private TaskOffer fire(DueSchedule due) {
        StoredSchedule schedule = due.schedule();
        ScheduleTiming timing = ScheduleTiming.of(schedule);
        Instant fireTime = timing.latestAtOrBefore(schedule.nextFireAt(), due.now());
        // a cron has a next fire time whenever it had one (checked when created): it has no year field
        schedules.advance(schedule.id(), schedule.nextFireAt(), timing.next(fireTime));
        if (!schedules.claim(schedule.id(), fireTime)) {
            return TaskOffer.none();
        }
        Submission submission;
        try {
            submission = jobRequests.parse(schedule.jobRequest().getBytes(StandardCharsets.UTF_8), null);
        } catch (ApiException refused) {
            // valid when stored, refused now (a profile removed, a host now resolving to a private address)
            String error = (refused.getField() == null ? "job" : "job." + refused.getField()) + ": " + refused.getMessage();
            log.warn("Schedule {} did not start a job at {}: {}", schedule.id(), fireTime, error);
            schedules.settle(schedule.id(), fireTime, ScheduleFire.REFUSED, null, error);
            return TaskOffer.none();
        }
        Optional<Long> running = schedules.activeJobOf(CrawlTask.siteOf(submission.job().url()));
        if (running.isPresent()) {
            schedules.settle(schedule.id(), fireTime, ScheduleFire.SKIPPED_RUNNING, running.get(), null);
            return TaskOffer.none();
        }
        SubmittedJob job = jobs.create(submission);
        schedules.settle(schedule.id(), fireTime, ScheduleFire.STARTED, job.job().id(), null);
        log.info("Schedule {} started job {} for {}", schedule.id(), job.job().id(), fireTime);
        return job.offer();
    }

    /** A schedule's fire failed (and rolled back) for a reason of its own. */
    private static final class FireFailed extends RuntimeException {
        private final long scheduleId;

        FireFailed(long scheduleId, RuntimeException cause) {
            super(cause);
            this.scheduleId = scheduleId;
        }
    }
}
