package routes.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import routes.store.JobView;

/**
 * A page of what changed in a job against the site's previous DONE job ({@code comparedWithJobId};
 * null, with nothing counted, when the job has not ended DONE or its site had no earlier DONE job).
 */
public record JobChanges(long jobId, Long comparedWithJobId, JobView.ChangeCounts counts, List<Item> items, int page,
                         int size, long total) {

    /** One product's change, with its value before and after (prices as amounts, availabilities as schema.org names). */
    public record Item(long productId, String url, String title, String change,
                       @JsonProperty("old") String oldValue, @JsonProperty("new") String newValue) {
    }
}
