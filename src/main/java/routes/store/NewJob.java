package routes.store;

import java.util.List;
import java.util.Map;
import routes.model.JobType;
import routes.queue.Priority;

/**
 * A validated job submission, ready to be stored.
 *
 * @param profile the site profile the job names, or null to detect it on the first page
 */
public record NewJob(String url, JobType type, Priority priority, int maxPages,
                     List<String> categories, Map<String, String> selectors, String profile) {
}
