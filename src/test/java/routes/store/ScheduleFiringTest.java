package routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import routes.fetch.HostGuard;
import routes.fetch.InternalHosts;
import routes.model.JobStatus;
import routes.model.JobType;
import routes.model.TaskOffer;
import routes.profile.SiteProfiles;
import routes.schedule.ScheduleFiring;
import routes.web.JobRequestParser;

/**
 * Firing schedules over a real PostgreSQL, as the schedule-firing route of each process does: two
 * firing beans on their own connections stand for two processes.
 */
class ScheduleFiringTest {

    private static final SiteProfiles PROFILES = profiles();
    /** The test's sites, allowed as a deployment allows its shops (they resolve nowhere). */
    private static final List<String> SITES = Stream.of(IntStream.range(0, 20).mapToObj(n -> "race-" + n),
                    IntStream.range(0, 10).mapToObj(n -> "twins-" + n),
                    Stream.of("broken", "sound", "missed", "busy", "ended", "paused", "refused", "deleted"))
            .flatMap(sites -> sites).map(site -> site + ".shop.example").toList();

    private final StoreDatabase db = new StoreDatabase();
    private final ScheduleStore schedules = new ScheduleStore(db.jdbc);

    @Test
    void twoProcessesFiringTheSameDueSchedulesStartOneJobPerSchedule() throws Exception {
        List<Long> due = IntStream.range(0, 20)
                .mapToObj(n -> dueSchedule("race-" + n, hourly(), Instant.now().minusSeconds(5)).id()).toList();
        ScheduleFiring one = firing(new StoreDatabase());
        ScheduleFiring other = firing(new StoreDatabase());
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<List<TaskOffer>> first = CompletableFuture.supplyAsync(() -> fireAfter(together, one));
        CompletableFuture<List<TaskOffer>> second = CompletableFuture.supplyAsync(() -> fireAfter(together, other));
        List<TaskOffer> offers = concat(first.get(), second.get());

        for (long id : due) {
            assertThat(schedules.fires(id, 10)).as("fires of schedule %d", id).singleElement()
                    .satisfies(fire -> assertThat(fire.outcome()).isEqualTo(ScheduleFire.STARTED));
            assertThat(jobsOf(id)).as("jobs of schedule %d", id).hasSize(1);
            assertThat(schedules.get(id).nextFireAt()).isAfter(Instant.now());
        }
        assertThat(offers.stream().filter(offer -> due.contains(scheduleOf(offer)))).as("first tasks to queue").hasSize(due.size());
    }

    @Test
    void twoSchedulesOfOneSiteDueAtOnceInTwoProcessesStartOneJob() throws Exception {
        List<String> sites = IntStream.range(0, 10).mapToObj(n -> "twins-" + n).toList();
        Map<String, List<Long>> twins = new LinkedHashMap<>();
        for (String site : sites) {
            twins.put(site, List.of(dueSchedule(site, hourly(), Instant.now().minusSeconds(5)).id(),
                    dueSchedule(site, hourly(), Instant.now().minusSeconds(5)).id()));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ScheduleFiring one = firing(new StoreDatabase());
        ScheduleFiring other = firing(new StoreDatabase());

        CompletableFuture<List<TaskOffer>> first = CompletableFuture.supplyAsync(() -> fireAfter(together, one));
        CompletableFuture<List<TaskOffer>> second = CompletableFuture.supplyAsync(() -> fireAfter(together, other));
        first.get();
        second.get();

        twins.forEach((site, ids) -> {
            assertThat(activeJobs(site)).as("active jobs of %s", site).hasSize(1);
            List<String> outcomes = ids.stream().flatMap(id -> schedules.fires(id, 10).stream()).map(ScheduleFire::outcome).toList();
            assertThat(outcomes).as("fires of %s", site).containsExactlyInAnyOrder(ScheduleFire.STARTED, ScheduleFire.SKIPPED_RUNNING);
        });
    }

    @Test
    void aScheduleThatMissedTenFiresFiresOnceForTheLatest() {
        Instant firstMissed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(10)).minusSeconds(30);
        long id = dueSchedule("missed", hourly(), firstMissed).id();

        firing(db).fireDue();
        firing(db).fireDue();

        assertThat(schedules.fires(id, 20)).singleElement().satisfies(fire -> {
            assertThat(fire.fireTime()).isEqualTo(firstMissed.plus(Duration.ofHours(10)));
            assertThat(fire.outcome()).isEqualTo(ScheduleFire.STARTED);
            assertThat(fire.jobStatus()).isEqualTo(JobStatus.QUEUED);
        });
        assertThat(jobsOf(id)).hasSize(1);
        assertThat(schedules.get(id).nextFireAt()).isEqualTo(firstMissed.plus(Duration.ofHours(11)));
    }

    @Test
    void aSiteWithAnActiveJobGetsNoSecondJobAndTheSkipIsRecorded() {
        SubmittedJob running = db.submit("http://busy.shop.example/", JobType.FULL_SITE, 100, List.of());
        long id = dueSchedule("busy", hourly(), Instant.now().minusSeconds(1)).id();

        List<TaskOffer> offers = firing(db).fireDue();

        assertThat(schedules.fires(id, 10)).singleElement().satisfies(fire -> {
            assertThat(fire.outcome()).isEqualTo(ScheduleFire.SKIPPED_RUNNING);
            assertThat(fire.jobId()).isEqualTo(running.job().id());
        });
        assertThat(activeJobs("busy")).containsExactly(running.job().id());
        assertThat(offers.stream().filter(offer -> scheduleOf(offer) == id)).isEmpty();
        assertThat(schedules.get(id).nextFireAt()).as("moved on all the same").isAfter(Instant.now());
    }

    @Test
    void aSiteWhoseJobEndedGetsTheNextOne() {
        SubmittedJob ended = db.submit("http://ended.shop.example/", JobType.FULL_SITE, 100, List.of());
        db.jobs.cancel(ended.job().id());
        long id = dueSchedule("ended", hourly(), Instant.now().minusSeconds(1)).id();

        firing(db).fireDue();

        assertThat(jobsOf(id)).hasSize(1).doesNotContain(ended.job().id());
    }

    @Test
    void aPausedScheduleFiresNothingAndResumesFromNow() {
        long id = dueSchedule("paused", hourly(), Instant.now().minus(Duration.ofHours(3))).id();
        schedules.pause(id);

        firing(db).fireDue();

        assertThat(schedules.fires(id, 10)).isEmpty();
        assertThat(jobsOf(id)).isEmpty();
        // fire times are whole seconds, as the API computes them (PostgreSQL would round nanoseconds)
        Instant resumedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        assertThat(schedules.resume(id, resumedAt).nextFireAt()).isEqualTo(resumedAt);
        firing(db).fireDue();
        assertThat(schedules.fires(id, 10)).as("not due before its next fire").isEmpty();
    }

    @Test
    void aStoredJobRequestRefusedNowIsRecordedAndStartsNothing() {
        long id = schedules.insert(new NewSchedule(null, "{\"url\": \"http://refused.shop.example/\", \"profile\": \"gone\"}",
                "http://refused.shop.example", null, null, 3600L, Instant.now().minusSeconds(1))).id();

        firing(db).fireDue();

        assertThat(schedules.fires(id, 10)).singleElement().satisfies(fire -> {
            assertThat(fire.outcome()).isEqualTo(ScheduleFire.REFUSED);
            assertThat(fire.error()).startsWith("job.profile: unknown site profile \"gone\"");
        });
        assertThat(jobsOf(id)).isEmpty();
    }

    @Test
    void aScheduleThatCannotFireHoldsUpNoOther() {
        long broken = dueSchedule("broken", hourly(), Instant.now().minusSeconds(60)).id();
        // edited by hand past the API's validation
        db.jdbc.update("UPDATE schedule SET interval_seconds = NULL, cron = '61 * * * *', time_zone = 'UTC' WHERE id = ?", broken);
        long sound = dueSchedule("sound", hourly(), Instant.now().minusSeconds(1)).id();

        firing(db).fireDue();

        assertThat(jobsOf(sound)).hasSize(1);
        assertThat(schedules.fires(broken, 10)).isEmpty();
        assertThat(schedules.get(broken).nextFireAt()).as("still due: fired once mended").isBefore(Instant.now());
        schedules.delete(broken);
    }

    @Test
    void deletingAScheduleKeepsItsJobs() {
        long id = dueSchedule("deleted", hourly(), Instant.now().minusSeconds(1)).id();
        firing(db).fireDue();
        long job = jobsOf(id).get(0);

        schedules.delete(id);

        assertThat(db.jobs.get(job).status()).isEqualTo(JobStatus.QUEUED);
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM schedule_fire WHERE schedule_id = ?", Long.class, id)).isZero();
    }

    private static String hourly() {
        return "PT1H";
    }

    private StoredSchedule dueSchedule(String site, String interval, Instant nextFireAt) {
        String url = "http://" + site + ".shop.example/";
        return schedules.insert(new NewSchedule(site, "{\"url\": \"" + url + "\", \"maxPages\": 10}",
                url.substring(0, url.length() - 1), null, null, Duration.parse(interval).getSeconds(), nextFireAt));
    }

    private ScheduleFiring firing(StoreDatabase process) {
        JobRequestParser parser = new JobRequestParser(new ObjectMapper(), new HostGuard(SITES, InternalHosts.load()),
                PROFILES, 65536, 200, 1000);
        return new ScheduleFiring(process.tx, new ScheduleStore(process.jdbc), process.jobs, parser, 100);
    }

    private static List<TaskOffer> fireAfter(CyclicBarrier together, ScheduleFiring firing) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return firing.fireDue();
    }

    private List<Long> jobsOf(long scheduleId) {
        return db.jdbc.queryForList("SELECT id FROM crawl_job WHERE schedule_id = ? ORDER BY id", Long.class, scheduleId);
    }

    private List<Long> activeJobs(String site) {
        return db.jdbc.queryForList("SELECT id FROM crawl_job WHERE site = ? AND status IN ('QUEUED', 'DISCOVERING', 'RUNNING')",
                Long.class, "http://" + site + ".shop.example");
    }

    private long scheduleOf(TaskOffer offer) {
        Long id = db.jdbc.queryForObject("SELECT schedule_id FROM crawl_job WHERE id = ?", Long.class, offer.tasks().get(0).jobId());
        return id == null ? 0 : id;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static SiteProfiles profiles() {
        try {
            return new SiteProfiles("classpath:profiles/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
