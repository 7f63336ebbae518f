package routes.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import routes.store.PageOf;
import routes.store.ScheduleFire;
import routes.store.ScheduleStore;
import routes.store.StoredSchedule;
import routes.web.QueryParams;

/** The schedule endpoints: check the request, ask the store, show the schedule with its next fire times. */
@Component
public class ScheduleQueries {

    static final int NEXT_FIRE_TIMES = 5;
    static final int FIRES_SHOWN = 20;

    private final ScheduleRequestParser requests;
    private final ScheduleStore schedules;
    private final QueryParams params;
    private final ObjectMapper json;

    public ScheduleQueries(ScheduleRequestParser requests, ScheduleStore schedules, QueryParams params, ObjectMapper json) {
        this.requests = requests;
        this.schedules = schedules;
        this.params = params;
        this.json = json;
    }

    public ScheduleView create(byte[] body) {
        return view(schedules.insert(requests.parse(body, now())), null);
    }

    public PageOf<ScheduleView> list(@Header("page") String page, @Header("size") String size) {
        PageOf<StoredSchedule> stored = schedules.list(params.page(page), params.size(size));
        return new PageOf<>(stored.items().stream().map(schedule -> view(schedule, null)).toList(),
                stored.page(), stored.size(), stored.total());
    }

    /** The schedule with its latest fires. */
    public ScheduleView get(@Header("id") String id) {
        StoredSchedule schedule = schedules.get(params.id("id", id));
        return view(schedule, schedules.fires(schedule.id(), FIRES_SHOWN));
    }

    public ScheduleView pause(@Header("id") String id) {
        return view(schedules.pause(params.id("id", id)), null);
    }

    /** Resumes from now: what it missed while paused is not fired. */
    public ScheduleView resume(@Header("id") String id) {
        long scheduleId = params.id("id", id);
        return view(schedules.resume(scheduleId, ScheduleTiming.of(schedules.get(scheduleId)).next(now())), null);
    }

    public void delete(@Header("id") String id) {
        schedules.delete(params.id("id", id));
    }

    private ScheduleView view(StoredSchedule schedule, List<ScheduleFire> fires) {
        ScheduleTiming timing = ScheduleTiming.of(schedule);
        try {
            return new ScheduleView(schedule.id(), schedule.name(), schedule.cron(), schedule.timeZone(),
                    schedule.intervalSeconds() == null ? null : Duration.ofSeconds(schedule.intervalSeconds()).toString(),
                    shownJob(schedule), schedule.site(), schedule.paused(),
                    schedule.paused() ? null : schedule.nextFireAt(),
                    schedule.paused() ? List.of() : timing.fireTimesFrom(schedule.nextFireAt(), NEXT_FIRE_TIMES),
                    schedule.createdAt(), fires);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schedule " + schedule.id() + " has unreadable job options", e);
        }
    }

    /** The job options as given, but the webhook's secret: it signs the jobs' webhooks and is never shown. */
    private JsonNode shownJob(StoredSchedule schedule) throws JsonProcessingException {
        JsonNode job = json.readTree(schedule.jobRequest());
        if (job.path("webhook") instanceof ObjectNode webhook) {
            webhook.remove("secret");
        }
        return job;
    }

    /** Fire times are kept to the second: an interval schedule's times are then whole seconds too. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
