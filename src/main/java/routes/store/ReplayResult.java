package routes.store;

import routes.model.TaskOffer;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** What a replay did: how many dead letters went back to work, and the tasks to put on the queue. */
public record ReplayResult(int replayed, @JsonIgnore TaskOffer offer) {
}
