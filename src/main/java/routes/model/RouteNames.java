package routes.model;

import routes.queue.TaskQueueEndpoint;

/**
 * The names the YAML routes and the Java they call share, each written here once: the YAML spells
 * them out (it cannot import), and RouteNamesTest fails if a route uses a Caravan* name not defined
 * here or a name here stops being used.
 */
public final class RouteNames {

    /** Exchange property: the {@link CrawlTask} a worker runs, set by task-dispatch. */
    public static final String TASK = "task";
    /** Exchange property: the URL the fetch-page route fetches. */
    public static final String FETCH_URL = "fetchUrl";
    /**
     * Exchange property: the {@link PageValidators} fetch-page sends with {@link #FETCH_URL} (a
     * conditional request), or none; only product pages have them.
     */
    public static final String PAGE_VALIDATORS = "CaravanPageValidators";
    /** Header: the host (and port) of {@link #FETCH_URL}, whose breaker, robots.txt and slots apply. */
    public static final String FETCH_HOST = "CaravanFetchHost";
    /** Header: the host request slot fetch-page holds while its request runs. */
    public static final String REQUEST_SLOT = "CaravanRequestSlot";
    /** Exchange property: whether the task may still go back to the queue (it has not requested a page). */
    public static final String MAY_DEFER = "CaravanMayDefer";
    /** Header: the site's Crawl-delay in milliseconds, for the request slot. */
    public static final String CRAWL_DELAY = "CaravanCrawlDelay";
    /** Header: retries spent before a task was dead-lettered. */
    public static final String RETRIES = "CaravanRetries";
    /** Exchange property: hand the task back to the queue for this many milliseconds (taskqueue:). */
    public static final String DEFER_MILLIS = TaskQueueEndpoint.DEFER_MILLIS;
    /** The workers' route, whose exchanges in flight are the tasks a worker is running. */
    public static final String TASK_DISPATCH_ROUTE = "task-dispatch";

    private RouteNames() {
    }
}
