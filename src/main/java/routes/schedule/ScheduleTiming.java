package routes.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.scheduling.support.CronExpression;
import routes.store.StoredSchedule;
import routes.web.ApiException;

/**
 * When a schedule fires: a standard 5-field Unix cron (or a macro such as @daily) read in an IANA
 * time zone, with Spring's {@link CronExpression}, or a fixed interval counted from the schedule's
 * first fire.
 */
public final class ScheduleTiming {

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** One expression; two when day-of-month and day-of-week are both restricted (either day fires). */
    private final List<CronExpression> cron;
    private final boolean hourWildcard;
    private final ZoneId zone;
    private final Duration interval;

    private ScheduleTiming(String cron, ZoneId zone, Duration interval) {
        this.cron = cron == null ? null : springForms(cron.strip()).stream().map(CronExpression::parse).toList();
        this.hourWildcard = cron != null && hourWildcard(cron.strip());
        this.zone = zone;
        this.interval = interval;
    }

    /**
     * A cron schedule, refusing (400 naming cron or timeZone) anything but five fields
     * (minute hour day-of-month month day-of-week) or a macro, an unknown zone, or a cron that never fires.
     */
    public static ScheduleTiming cron(String expression, String timeZone) {
        ZoneId zone = zone(timeZone);
        ScheduleTiming timing;
        try {
            timing = new ScheduleTiming(expression, zone, null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cron", "is not a valid cron expression: " + e.getMessage());
        }
        if (timing.next(Instant.now()) == null) {
            throw ApiException.badRequest("cron", "never fires");
        }
        return timing;
    }

    /** An interval schedule from ISO-8601 ("PT6H", "P1D"), refusing (400 naming interval) one under {@code minimum}. */
    public static ScheduleTiming interval(String iso, Duration minimum) {
        Duration interval;
        try {
            interval = Duration.parse(iso);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("interval", "must be an ISO-8601 duration such as PT6H or P1D");
        }
        if (interval.compareTo(minimum) < 0) {
            throw ApiException.badRequest("interval", "must be at least " + minimum);
        }
        if (interval.getNano() != 0) {
            throw ApiException.badRequest("interval", "must be a whole number of seconds");
        }
        return new ScheduleTiming(null, UTC, interval);
    }

    /** The timing of a schedule as stored (it was validated when created). */
    public static ScheduleTiming of(StoredSchedule schedule) {
        return schedule.cron() != null
                ? new ScheduleTiming(schedule.cron(), ZoneId.of(schedule.timeZone()), null)
                : new ScheduleTiming(null, UTC, Duration.ofSeconds(schedule.intervalSeconds()));
    }

    /** The interval in seconds, or null for a cron schedule. */
    public Long intervalSeconds() {
        return interval == null ? null : interval.getSeconds();
    }

    /**
     * The first fire time strictly after {@code after} (for an interval, one interval later); null if none.
     * In the hour the clocks go back, a cron with a fixed hour fires once (the first time round), one
     * with a wildcard hour in both, as Unix cron does.
     */
    public Instant next(Instant after) {
        if (interval != null) {
            return after.plus(interval);
        }
        ZonedDateTime next = cronNext(after.atZone(zone));
        while (next != null && !hourWildcard && !next.equals(next.withEarlierOffsetAtOverlap())) {
            next = cronNext(next);
        }
        return next == null ? null : next.toInstant();
    }

    private ZonedDateTime cronNext(ZonedDateTime after) {
        return cron.stream().map(expression -> expression.next(after)).filter(Objects::nonNull)
                .min(ZonedDateTime::compareTo).orElse(null);
    }

    /** {@code first} and the fire times after it, {@code count} in all (fewer if the cron runs out). */
    public List<Instant> fireTimesFrom(Instant first, int count) {
        List<Instant> times = new ArrayList<>();
        for (Instant time = first; time != null && times.size() < count; time = next(time)) {
            times.add(time);
        }
        return times;
    }

    /**
     * The latest fire time at or before {@code now}, given that {@code due} (a fire time, at or
     * before now) was the first one not fired: a schedule that missed many fires fires once, for
     * the last of them.
     */
    public Instant latestAtOrBefore(Instant due, Instant now) {
        if (interval != null) {
            return due.plus(interval.multipliedBy(Duration.between(due, now).dividedBy(interval)));
        }
        Instant latest = due;
        // cron has no "previous": look back from now over a growing window for a fire time, then walk
        // forward to the last one, instead of walking every fire time since due (a year of minutes)
        for (Duration window = Duration.ofMinutes(1); now.minus(window).isAfter(due); window = window.multipliedBy(4)) {
            Instant candidate = next(now.minus(window));
            if (candidate != null && !candidate.isAfter(now)) {
                latest = candidate;
                break;
            }
        }
        for (Instant next = next(latest); next != null && !next.isAfter(now); next = next(next)) {
            latest = next;
        }
        return latest;
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return UTC;
        }
        // the region ids only: ZoneId.of would also take offsets ("+02:00"), which know no summer time
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ApiException.badRequest("timeZone", "is not an IANA time zone such as Europe/Paris or UTC");
        }
        return ZoneId.of(timeZone);
    }

    private static boolean hourWildcard(String cron) {
        if (cron.startsWith("@")) {
            return cron.equals("@hourly");
        }
        String hour = cron.split("\\s+")[1];
        return hour.equals("*") || hour.startsWith("*/");
    }

    /**
     * Spring's cron has a seconds field first; a Unix cron fires at second 0. Macros pass as they are.
     * Unix cron fires on either day when day-of-month and day-of-week are both restricted (neither
     * starts with *), where Spring would want both: that cron becomes one expression per day field.
     */
    private static List<String> springForms(String cron) {
        if (cron.startsWith("@")) {
            return List.of(cron);
        }
        String[] fields = cron.split("\\s+");
        if (fields.length != 5) {
            throw ApiException.badRequest("cron", "must have 5 fields (minute hour day-of-month month day-of-week)"
                    + " or be a macro such as @daily or @hourly");
        }
        String common = "0 " + fields[0] + " " + fields[1] + " ";
        if (fields[2].startsWith("*") || fields[4].startsWith("*")) {
            return List.of(common + String.join(" ", fields[2], fields[3], fields[4]));
        }
        return List.of(common + fields[2] + " " + fields[3] + " *", common + "* " + fields[3] + " " + fields[4]);
    }
}
