package routes.web;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;
import routes.export.ExportFormat;
import routes.store.DeadLetterStore;
import routes.store.DeadLetterView;
import routes.store.JobStore;
import routes.store.JobView;
import routes.store.PageOf;
import routes.store.ProductFilter;
import routes.store.ReplayResult;
import routes.store.ResultQueries;
import routes.webhook.WebhookAttempt;
import routes.webhook.WebhookDeliveries;

/**
 * The read and cancel endpoints: checks their parameters, then asks the stores; for the read
 * whose SQL is in its route (products) it hands the route the checked parameters.
 */
@Component
public class JobQueries {

    private final QueryParams params;
    private final JobStore jobs;
    private final ResultQueries results;
    private final DeadLetterStore deadLetters;
    private final WebhookDeliveries webhooks;

    public JobQueries(QueryParams params, JobStore jobs, ResultQueries results, DeadLetterStore deadLetters,
                      WebhookDeliveries webhooks) {
        this.params = params;
        this.jobs = jobs;
        this.results = results;
        this.deadLetters = deadLetters;
        this.webhooks = webhooks;
    }

    public JobView get(@Header("id") String id) {
        return jobs.get(params.id("id", id));
    }

    public PageOf<JobView> list(@Header("status") String status, @Header("page") String page, @Header("size") String size) {
        return jobs.list(params.status(status), params.page(page), params.size(size));
    }

    /** GET /api/jobs/{id}/products' parameters, checked: the named parameters of the route's SQL. */
    public Map<String, Object> productsQuery(@Header("id") String id, @Header("availability") String availability,
                                             @Header("minPrice") String minPrice, @Header("maxPrice") String maxPrice,
                                             @Header("page") String page, @Header("size") String size) {
        Map<String, Object> query = new HashMap<>();
        query.put("jobId", params.id("id", id));
        ProductFilter filter = params.productFilter(availability, minPrice, maxPrice);
        query.put("availability", filter.availability());
        query.put("minPrice", filter.minPrice());
        query.put("maxPrice", filter.maxPrice());
        int pageNumber = params.page(page);
        int pageSize = params.size(size);
        query.put("page", pageNumber);
        query.put("size", pageSize);
        query.put("offset", (long) pageNumber * pageSize);
        return query;
    }

    /** A list's answer: a JSON page, or every row as JSON Lines or CSV (format parameter, else Accept). */
    public ExportFormat exportFormat(@Header("format") String format, @Header("Accept") String accept) {
        return params.exportFormat(format, accept);
    }

    public PageOf<DeadLetterView> deadLetters(@Header("jobId") String jobId, @Header("page") String page,
                                              @Header("size") String size) {
        return results.deadLetters(params.optionalId("jobId", jobId), params.page(page), params.size(size));
    }

    public PageOf<WebhookAttempt> webhookAttempts(@Header("id") String id, @Header("page") String page,
                                                  @Header("size") String size) {
        return webhooks.attempts(params.id("id", id), params.page(page), params.size(size));
    }

    public ReplayResult replayDeadLetter(@Header("id") String id) {
        return deadLetters.replay(params.id("id", id));
    }

    public ReplayResult replayJobDeadLetters(@Header("id") String id) {
        return deadLetters.replayJob(params.id("id", id));
    }

    public JobStore.Cancellation cancel(@Header("id") String id) {
        return jobs.cancel(params.id("id", id));
    }
}
