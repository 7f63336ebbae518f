package routes.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.model.CrawlTask;
import routes.store.NewJob;
import routes.store.NewSchedule;
import routes.web.ApiException;
import routes.web.JobRequestParser;

/**
 * Reads and validates POST /api/schedules: {"name"?, "cron" + "timeZone"? | "interval", "job"}. The
 * job part is checked as POST /api/jobs checks it (its refusals name "job.&lt;field&gt;") and stored as
 * given, so every job option works in a schedule as it does in a submission.
 */
@Component
public class ScheduleRequestParser {

    static final Set<String> FIELDS = Set.of("name", "cron", "timeZone", "interval", "job");
    private static final int MAX_NAME_LENGTH = 200;

    private final JobRequestParser jobRequests;
    private final ObjectMapper json;
    private final Duration minInterval;

    public ScheduleRequestParser(JobRequestParser jobRequests, ObjectMapper json,
                                 @Value("${caravan.schedules.min-interval}") Duration minInterval) {
        this.jobRequests = jobRequests;
        this.json = json;
        this.minInterval = minInterval;
    }

    public NewSchedule parse(byte[] body, Instant now) {
        JsonNode root = jobRequests.readObject(body,
                "request body is empty: send a JSON object with \"cron\" or \"interval\" and \"job\"");
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest(name, "unknown field; expected one of " + FIELDS);
            }
        });
        String name = name(text(root, "name"));
        String cron = text(root, "cron");
        String timeZone = text(root, "timeZone");
        String interval = text(root, "interval");
        if (cron != null && interval != null) {
            throw ApiException.badRequest("interval", "give either cron or interval, not both");
        }
        if (cron == null && interval == null) {
            throw ApiException.badRequest("cron", "is required (or interval)");
        }
        if (interval != null && timeZone != null) {
            throw ApiException.badRequest("timeZone", "applies to cron only: an interval is the same in every zone");
        }
        ScheduleTiming timing = cron != null ? ScheduleTiming.cron(cron, timeZone) : ScheduleTiming.interval(interval, minInterval);
        String job = jobText(root.get("job"));
        return new NewSchedule(name, job, CrawlTask.siteOf(validJob(job).url()),
                cron == null ? null : cron.strip(), cron == null ? null : timeZone == null ? "UTC" : timeZone,
                timing.intervalSeconds(), timing.next(now));
    }

    /** The job part as JSON text. */
    private String jobText(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("job", "is required: the job's options, as a POST /api/jobs body");
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("job", "must be an object: the job's options, as a POST /api/jobs body");
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a parsed JSON object", e);
        }
    }

    /** The job, refused (its field as "job.url", ...) if POST /api/jobs would refuse it. */
    private NewJob validJob(String job) {
        try {
            return jobRequests.parse(job.getBytes(StandardCharsets.UTF_8), null).job();
        } catch (ApiException refused) {
            throw new ApiException(refused.getStatus(), refused.getField() == null ? "job" : "job." + refused.getField(),
                    refused.getMessage());
        }
    }

    private static String name(String name) {
        if (name == null) {
            return null;
        }
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest("name", "must be a non-empty string of at most " + MAX_NAME_LENGTH + " characters");
        }
        JobRequestParser.refuseHiddenCharacters("name", name);
        return name.strip();
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(field, "must be a string");
        }
        return node.asText();
    }
}
