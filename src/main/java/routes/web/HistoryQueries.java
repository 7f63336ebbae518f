package routes.web;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import routes.history.Change;
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

    /** The changes export's parameters, checked: the named parameters of its SQL (routes.export.ChangeRows). */
    public Map<String, Object> changesExportQuery(@Header("id") String id, @Header("change") String change) {
        Map<String, Object> query = new HashMap<>();
        query.put("jobId", params.id("id", id));
        Change kind = params.change(change);
        query.put("change", kind == null ? null : kind.label());
        return query;
    }
}
