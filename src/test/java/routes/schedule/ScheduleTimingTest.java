package routes.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import routes.store.StoredSchedule;
import routes.web.ApiException;

/** Cron and interval timings: what they accept, when they fire (time zones, summer time), and catching up. */
class ScheduleTimingTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aFiveFieldCronFiresAtSecondZeroInUtcByDefault() {
        ScheduleTiming timing = ScheduleTiming.cron("*/15 3 * * 1-5", null);

        // Friday 2026-12-04 03:40 UTC: the next is Monday 03:00
        assertThat(timing.fireTimesFrom(timing.next(Instant.parse("2026-12-04T03:40:10Z")), 3)).containsExactly(
                Instant.parse("2026-12-04T03:45:00Z"), Instant.parse("2026-12-07T03:00:00Z"),
                Instant.parse("2026-12-07T03:15:00Z"));
    }

    @Test
    void aDayOfMonthAndADayOfWeekBothRestrictedFireOnEitherDayAsUnixCronDoes() {
        ScheduleTiming timing = ScheduleTiming.cron("0 0 13 * 5", null);

        // the 13th, or a Friday (Spring alone would wait for a Friday the 13th)
        assertThat(timing.fireTimesFrom(timing.next(Instant.parse("2026-12-04T00:00:00Z")), 3)).containsExactly(
                Instant.parse("2026-12-11T00:00:00Z"), Instant.parse("2026-12-13T00:00:00Z"),
                Instant.parse("2026-12-18T00:00:00Z"));
        // with either day a wildcard, the other alone decides
        assertThat(ScheduleTiming.cron("0 0 * * 5", null).next(Instant.parse("2026-12-04T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            "@hourly, 2026-12-04T10:00:00Z",
            "@daily, 2026-12-05T00:00:00Z",
            "@weekly, 2026-12-06T00:00:00Z",
            "@monthly, 2027-01-01T00:00:00Z",
            "@yearly, 2027-01-01T00:00:00Z"})
    void macrosAreUnderstood(String macro, String expected) {
        assertThat(ScheduleTiming.cron(macro, "UTC").next(Instant.parse("2026-12-04T09:12:00Z")))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void aCronIsReadInItsTimeZone() {
        ScheduleTiming timing = ScheduleTiming.cron("0 6 * * *", "Europe/Paris");

        // 06:00 in Paris is 05:00 UTC in winter and 04:00 UTC in summer
        assertThat(timing.next(Instant.parse("2026-12-04T09:00:00Z"))).isEqualTo(Instant.parse("2026-12-05T05:00:00Z"));
        assertThat(timing.next(Instant.parse("2026-07-01T09:00:00Z"))).isEqualTo(Instant.parse("2026-07-02T04:00:00Z"));
    }

    @Test
    void aDailyCronKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
        ScheduleTiming timing = ScheduleTiming.cron("0 6 * * *", "Europe/Paris");

        // clocks go forward on 2026-03-29 at 02:00: the day has 23 hours, 06:00 stays 06:00
        List<Instant> times = timing.fireTimesFrom(local("2026-03-28T06:00"), 3);

        assertThat(times).extracting(time -> time.atZone(PARIS).toLocalTime().toString()).containsOnly("06:00");
        assertThat(Duration.between(times.get(0), times.get(1))).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(times.get(1), times.get(2))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aTimeTheChangeToSummerTimeSkipsFiresAtNoneThatDay() {
        ScheduleTiming timing = ScheduleTiming.cron("30 2 * * *", "Europe/Paris");

        // 02:30 does not exist on 2026-03-29 in Paris
        assertThat(timing.next(local("2026-03-28T02:30"))).isEqualTo(local("2026-03-30T02:30"));
    }

    @Test
    void aTimeTheReturnToWinterTimeRepeatsFiresOnceUnlessItsHourIsAWildcard() {
        ScheduleTiming daily = ScheduleTiming.cron("30 2 * * *", "Europe/Paris");
        ScheduleTiming hourly = ScheduleTiming.cron("30 * * * *", "Europe/Paris");

        // 02:30 happens twice on 2026-10-25 (clocks go back at 03:00): at 00:30 and 01:30 UTC
        Instant first = daily.next(local("2026-10-24T02:30"));
        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(daily.next(first)).isEqualTo(local("2026-10-26T02:30"));
        assertThat(hourly.fireTimesFrom(first, 3)).containsExactly(Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T02:30:00Z"));
    }

    @Test
    void anIntervalFiresEveryIntervalFromItsFirstFire() {
        ScheduleTiming timing = ScheduleTiming.interval("PT6H", Duration.ofMinutes(1));

        assertThat(timing.intervalSeconds()).isEqualTo(6 * 3600);
        assertThat(timing.fireTimesFrom(Instant.parse("2026-12-04T01:00:00Z"), 3)).containsExactly(
                Instant.parse("2026-12-04T01:00:00Z"), Instant.parse("2026-12-04T07:00:00Z"),
                Instant.parse("2026-12-04T13:00:00Z"));
    }

    @Test
    void manyMissedCronFiresCatchUpToTheLatestOnly() {
        ScheduleTiming everyMinute = ScheduleTiming.cron("* * * * *", null);
        ScheduleTiming daily = ScheduleTiming.cron("0 3 * * *", "Europe/Paris");

        // a year of missed minutes
        assertThat(everyMinute.latestAtOrBefore(Instant.parse("2025-12-04T03:00:00Z"), Instant.parse("2026-12-04T03:10:30Z")))
                .isEqualTo(Instant.parse("2026-12-04T03:10:00Z"));
        assertThat(daily.latestAtOrBefore(local("2026-11-01T03:00"), local("2026-12-04T02:59")))
                .isEqualTo(local("2026-12-03T03:00"));
        // nothing missed: the due time itself
        assertThat(daily.latestAtOrBefore(local("2026-12-04T03:00"), local("2026-12-04T03:00:04")))
                .isEqualTo(local("2026-12-04T03:00"));
    }

    @Test
    void manyMissedIntervalFiresCatchUpToTheLatestOnly() {
        ScheduleTiming timing = ScheduleTiming.interval("PT6H", Duration.ofMinutes(1));

        assertThat(timing.latestAtOrBefore(Instant.parse("2026-12-01T01:00:00Z"), Instant.parse("2026-12-04T12:59:59Z")))
                .isEqualTo(Instant.parse("2026-12-04T07:00:00Z"));
    }

    @Test
    void aStoredScheduleHasTheTimingItWasCreatedWith() {
        Instant now = Instant.parse("2026-12-04T09:12:00Z");
        StoredSchedule cron = new StoredSchedule(1, null, "{}", "http://shop.example", "0 6 * * *", "Europe/Paris",
                null, false, now, now);
        StoredSchedule interval = new StoredSchedule(2, null, "{}", "http://shop.example", null, null, 3600L, false, now, now);

        assertThat(ScheduleTiming.of(cron).next(now)).isEqualTo(ScheduleTiming.cron("0 6 * * *", "Europe/Paris").next(now));
        assertThat(ScheduleTiming.of(interval).next(now)).isEqualTo(now.plusSeconds(3600));
    }

    @ParameterizedTest
    @ValueSource(strings = {"* * * *", "0 * * * * *", "61 * * * *", "* 24 * * *", "* * * 13 *", "* * * * 8", "@often", "bad"})
    void aCronThatIsNotStandardFiveFieldsIsRefusedNamingCron(String cron) {
        assertThat(refusal(() -> ScheduleTiming.cron(cron, null)).getField()).isEqualTo("cron");
    }

    @Test
    void aCronThatNeverFiresIsRefused() {
        ApiException refused = refusal(() -> ScheduleTiming.cron("0 0 30 2 *", null));

        assertThat(refused.getField()).isEqualTo("cron");
        assertThat(refused.getMessage()).isEqualTo("never fires");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "+02:00", "CEST", "europe/paris", ""})
    void aTimeZoneThatIsNotAnIanaZoneIsRefusedNamingTimeZone(String zone) {
        assertThat(refusal(() -> ScheduleTiming.cron("0 6 * * *", zone)).getField()).isEqualTo("timeZone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT59S", "PT0S", "-PT1H", "PT1M0.5S", "6h", "P1W"})
    void anIntervalUnderAMinuteOrNotIsoIsRefusedNamingInterval(String interval) {
        assertThat(refusal(() -> ScheduleTiming.interval(interval, Duration.ofMinutes(1))).getField()).isEqualTo("interval");
    }

    @Test
    void theMinimumIntervalIsConfigurable() {
        assertThat(ScheduleTiming.interval("PT2S", Duration.ofSeconds(1)).intervalSeconds()).isEqualTo(2);
        assertThat(ScheduleTiming.interval("PT1M", Duration.ofMinutes(1)).intervalSeconds()).isEqualTo(60);
    }

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(PARIS).toInstant();
    }

    private static ApiException refusal(Runnable parse) {
        ApiException refused = catchThrowableOfType(ApiException.class, parse::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getStatus()).isEqualTo(400);
        return refused;
    }
}
