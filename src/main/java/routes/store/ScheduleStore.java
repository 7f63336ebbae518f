package routes.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.model.JobStatus;

/**
 * Schedules and their fires. The firing methods run inside the caller's transaction: the due
 * schedule's row stays locked until it commits, so one process fires it and the others skip it.
 */
@Component
public class ScheduleStore {

    private final JdbcTemplate jdbc;

    public ScheduleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StoredSchedule insert(NewSchedule schedule) {
        Long id = jdbc.queryForObject("""
                INSERT INTO schedule (name, job_request, site, cron, time_zone, interval_seconds, next_fire_at)
                VALUES (?, ?::jsonb, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, schedule.name(), schedule.jobRequest(), schedule.site(), schedule.cron(),
                schedule.timeZone(), schedule.intervalSeconds(), at(schedule.nextFireAt()));
        return get(id);
    }

    public StoredSchedule get(long id) {
        return jdbc.query("SELECT * FROM schedule WHERE id = ?", ScheduleStore::schedule, id).stream()
                .findFirst().orElseThrow(() -> new NoSuchScheduleException(id));
    }

    public PageOf<StoredSchedule> list(int page, int size) {
        List<StoredSchedule> items = jdbc.query("SELECT * FROM schedule ORDER BY id DESC LIMIT ? OFFSET ?",
                ScheduleStore::schedule, size, (long) page * size);
        return new PageOf<>(items, page, size, jdbc.queryForObject("SELECT count(*) FROM schedule", Long.class));
    }

    /** The schedule's latest fires, newest first, with the status their job has now. */
    public List<ScheduleFire> fires(long scheduleId, int limit) {
        return jdbc.query("""
                SELECT f.fire_time, f.outcome, f.job_id, j.status, f.error, f.fired_at
                FROM schedule_fire f LEFT JOIN crawl_job j ON j.id = f.job_id
                WHERE f.schedule_id = ? ORDER BY f.fire_time DESC LIMIT ?
                """, (rs, row) -> new ScheduleFire(instant(rs, "fire_time"), rs.getString("outcome"),
                rs.getObject("job_id", Long.class),
                rs.getString("status") == null ? null : JobStatus.valueOf(rs.getString("status")),
                rs.getString("error"), instant(rs, "fired_at")), scheduleId, limit);
    }

    public StoredSchedule pause(long id) {
        if (jdbc.update("UPDATE schedule SET paused = true WHERE id = ?", id) == 0) {
            throw new NoSuchScheduleException(id);
        }
        return get(id);
    }

    /** Resumes the schedule from {@code nextFireAt}: the slots it missed while paused are not fired. */
    public StoredSchedule resume(long id, Instant nextFireAt) {
        if (jdbc.update("UPDATE schedule SET paused = false, next_fire_at = ? WHERE id = ?", at(nextFireAt), id) == 0) {
            throw new NoSuchScheduleException(id);
        }
        return get(id);
    }

    /** Deletes the schedule and its fires; the jobs it started stay. */
    public void delete(long id) {
        if (jdbc.update("DELETE FROM schedule WHERE id = ?", id) == 0) {
            throw new NoSuchScheduleException(id);
        }
    }

    /**
     * Locks one due schedule that no other transaction holds (nor is passed over), soonest first, by
     * PostgreSQL's clock: every process judges "due" by the same clock.
     */
    public Optional<DueSchedule> lockNextDue(Collection<Long> passedOver) {
        return jdbc.query("""
                SELECT s.*, now() AS db_now FROM schedule s
                WHERE NOT s.paused AND s.next_fire_at <= now() AND s.id <> ALL(?)
                ORDER BY s.next_fire_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """, (rs, row) -> new DueSchedule(schedule(rs, row), instant(rs, "db_now")),
                (Object) passedOver.toArray(Long[]::new)).stream().findFirst();
    }

    /**
     * Moves the schedule's next fire from {@code expected} to {@code next}; refuses (throws, rolling
     * the fire back) if another transaction moved it first.
     */
    public void advance(long id, Instant expected, Instant next) {
        if (jdbc.update("UPDATE schedule SET next_fire_at = ? WHERE id = ? AND next_fire_at = ?",
                at(next), id, at(expected)) != 1) {
            throw new IllegalStateException("schedule " + id + " was fired by another transaction");
        }
    }

    /**
     * Claims the fire time for this transaction: false if it was fired already. The row says
     * started until {@link #settle} says otherwise, in the same transaction.
     */
    public boolean claim(long scheduleId, Instant fireTime) {
        return jdbc.update("""
                INSERT INTO schedule_fire (schedule_id, fire_time, outcome) VALUES (?, ?, 'started')
                ON CONFLICT (schedule_id, fire_time) DO NOTHING
                """, scheduleId, at(fireTime)) == 1;
    }

    /** What came of a claimed fire; a started job is also marked as the schedule's. */
    public void settle(long scheduleId, Instant fireTime, String outcome, Long jobId, String error) {
        jdbc.update("UPDATE schedule_fire SET outcome = ?, job_id = ?, error = ? WHERE schedule_id = ? AND fire_time = ?",
                outcome, jobId, error, scheduleId, at(fireTime));
        if (ScheduleFire.STARTED.equals(outcome)) {
            jdbc.update("UPDATE crawl_job SET schedule_id = ? WHERE id = ?", scheduleId, jobId);
        }
    }

    /**
     * The site's active job (queued, discovering or running), if it has one. Schedules of one site
     * that fire at once in two processes take turns here (a lock on the site until commit), so the
     * second sees the job the first started.
     */
    public Optional<Long> activeJobOf(String site) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> { }, "schedule-site:" + site);
        return jdbc.queryForList("SELECT id FROM crawl_job WHERE site = ? AND status = ANY(?) ORDER BY id LIMIT 1",
                Long.class, site, JobLifecycle.names(JobStatus.ACTIVE)).stream().findFirst();
    }

    /** A schedule found due, and PostgreSQL's time when it was. */
    public record DueSchedule(StoredSchedule schedule, Instant now) {
    }

    private static StoredSchedule schedule(ResultSet rs, int row) throws SQLException {
        return new StoredSchedule(rs.getLong("id"), rs.getString("name"), rs.getString("job_request"),
                rs.getString("site"), rs.getString("cron"), rs.getString("time_zone"),
                rs.getObject("interval_seconds", Long.class), rs.getBoolean("paused"), instant(rs, "next_fire_at"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
