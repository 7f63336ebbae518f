package routes.store;

import java.util.List;
import routes.model.JobStatus;

/**
 * Where a job stands, as the live event stream sends it: its counts and, per category, how many
 * product pages were found under it and how many of those are stored. A snapshot, not an event:
 * the next one replaces it, so thousands of products make a handful of these, not thousands.
 */
public record JobProgress(long jobId, JobStatus status, JobView.Counts counts, List<CategoryProgress> categories) {

    public record CategoryProgress(String name, String path, long productsFound, long productsStored) {
    }
}
