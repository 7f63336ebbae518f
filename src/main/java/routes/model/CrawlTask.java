package routes.model;

import java.net.URI;
import java.util.Map;
import routes.queue.Priority;
import routes.queue.QueueMessage;

/**
 * One unit of crawl work as it travels through Redis: self-contained, so a worker needs no
 * lookup to run it. Its id is the crawl_task row's, which makes enqueue and re-runs idempotent.
 *
 * @param category the category a listing page walks, or a product was first found under (null for discovery)
 * @param selectors the job's CSS selectors (may be empty)
 * @param profile the site profile the job crawls with; null until its first page has been read
 */
public record CrawlTask(long id, long jobId, TaskKind kind, String url, Priority priority,
                        TaskCategory category, Map<String, String> selectors, String profile) implements QueueMessage {

    public CrawlTask withProfile(String name) {
        return new CrawlTask(id, jobId, kind, url, priority, category, selectors, name);
    }

    public CrawlTask withCategory(TaskCategory confirmed) {
        return new CrawlTask(id, jobId, kind, url, priority, confirmed, selectors, profile);
    }

    @Override
    public String messageId() {
        return String.valueOf(id);
    }

    @Override
    public Priority messagePriority() {
        return priority;
    }

    /** Served per host (host[:port], the key of its politeness limits): a host that must wait holds no worker. */
    @Override
    public String messageLane() {
        return URI.create(url).getRawAuthority();
    }

    /** Jobs sharing a host take turns in its lane. */
    @Override
    public String messageGroup() {
        return String.valueOf(jobId);
    }

    /** scheme://host[:port] — the site products and categories belong to. */
    public static String siteOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
