package routes.web;

import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import routes.history.HistoryStore;
import routes.history.JobChanges;
import routes.history.ProductHistory;

/** The history endpoints: a product's observations, a job's changes; parameters checked first. */
@Component
public class HistoryQueries {

    private final QueryParams params;
    private final HistoryStore history;

    public HistoryQueries(QueryParams params, HistoryStore history) {
        this.params = params;
        this.history = history;
    }

    public ProductHistory productHistory(@Header("id") String id) {
        return history.productHistory(params.id("id", id));
    }

    public JobChanges jobChanges(@Header("id") String id, @Header("change") String change, @Header("page") String page,
                                 @Header("size") String size) {
        return history.jobChanges(params.id("id", id), params.change(change), params.page(page), params.size(size));
    }
}
