package caravan.live;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import routes.store.JobEvents;
import routes.store.JobStore;
import routes.store.JobView;
import routes.web.ApiError;
import routes.web.ApiErrors;
import routes.web.QueryParams;

/**
 * GET /api/jobs/{id}/events: a Server-Sent Events stream for EventSource, curl and any client
 * that does not ask for JSON; with {@code Accept: application/json}, the same history as a JSON
 * list (at most 1000 events a call). Both resume after {@code Last-Event-ID} or {@code ?after=}.
 * A stream of an ended job closes after its final event, and reconnecting to it with nothing new
 * answers 204, which tells EventSource to stop.
 */
@RestController
class JobEventStreamController {

    private static final int MAX_LISTED = 1000;

    private final JobEventHub hub;
    private final JobEvents events;
    private final JobStore jobs;
    private final QueryParams params;
    private final ApiErrors apiErrors;

    JobEventStreamController(JobEventHub hub, JobEvents events, JobStore jobs, QueryParams params, ApiErrors apiErrors) {
        this.hub = hub;
        this.events = events;
        this.jobs = jobs;
        this.params = params;
        this.apiErrors = apiErrors;
    }

    @GetMapping("/api/jobs/{id}/events")
    ResponseEntity<?> events(@PathVariable("id") String id,
                             @RequestHeader(name = "Accept", required = false) String accept,
                             @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                             @RequestParam(name = "after", required = false) String after) {
        JobView job = jobs.get(params.id("id", id));
        long resumeAfter = present(lastEventId) ? params.id("Last-Event-ID", lastEventId)
                : present(after) ? params.id("after", after) : 0;
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(events.after(job.id(), resumeAfter, MAX_LISTED));
        }
        List<JobEvents.JobEvent> missed = events.after(job.id(), resumeAfter, 1);
        if (!job.status().isActive() && resumeAfter > 0 && missed.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        // X-Accel-Buffering: a proxy such as nginx must pass events on as they come
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(hub.subscribe(job.id(), resumeAfter));
    }

    /** Refusals look as they do on every other endpoint (the routes' api-errors). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> refused(Exception failure) {
        ApiError error = apiErrors.describe(failure);
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(error);
    }

    private static boolean wantsJson(String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                && !accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
