package routes.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import routes.model.TaskOffer;

/** What a replay did: how many dead letters went back to work, and the tasks to put on the queue. */
public record ReplayResult(int replayed, @JsonIgnore TaskOffer offer) {
}
