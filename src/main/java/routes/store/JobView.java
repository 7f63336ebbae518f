package routes.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import routes.model.JobStatus;

/** A job as the API shows it: what was asked, where it stands, and where to look next. */
public record JobView(long id, String url, String type, String priority, int maxPages,
                      List<String> categories, Map<String, String> selectors, Profile profile, JobStatus status,
                      Counts counts, Changes changes, Instant createdAt, Instant startedAt, Instant finishedAt,
                      Long durationMs, String error, Map<String, String> links) {

    /**
     * Progress, derived from the frontier on every read so it can never drift from it.
     * {@code pagesUnchanged}: product pages that answered 304 Not Modified (fetched, not downloaded
     * nor parsed again), part of {@code pagesFetched}.
     */
    public record Counts(long categories, long pagesFetched, long productsStored, long failedTasks, long queuedTasks,
                         long pagesUnchanged) {
    }

    /**
     * What changed against the site's previous DONE job, recorded when this job ended DONE (null
     * before, and when the site had no previous DONE job).
     */
    public record Changes(long comparedWithJobId, ChangeCounts counts) {
    }

    /** How many products of each change a job found. */
    public record ChangeCounts(@JsonProperty("new") long newProducts, long gone, long priceUp, long priceDown,
                               long availability) {
    }

    /** The site profile the job crawls with and why (null until its first page was read). */
    public record Profile(String name, String reason) {
    }

    static Map<String, String> linksFor(long id) {
        String self = "/api/jobs/" + id;
        return Map.of("self", self, "events", self + "/events", "products", self + "/products",
                "changes", self + "/changes", "deadLetters", "/api/dead-letters?jobId=" + id);
    }
}
