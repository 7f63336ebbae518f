package routes.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each site's robots.txt, parsed by crawler-commons and kept for a while. A missing robots.txt
 * (4xx) allows everything; one that cannot be fetched right now (5xx, timeout) fails the fetch as
 * transient, so the page is retried later rather than crawled against unknown rules. robots.txt
 * is a request to the site like any other: it waits for the host's request slot.
 */
@Component
public class RobotsRules {

    private final PageFetcher fetcher;
    private final RequestSlots slots;
    private final boolean enabled;
    private final Duration cacheTtl;
    private final long maxCrawlDelayMillis;
    private final List<String> agentNames;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> bySite = new ConcurrentHashMap<>();

    public RobotsRules(PageFetcher fetcher, RequestSlots slots, FetchProperties properties,
                       @Value("${caravan.fetch.robots.enabled}") boolean enabled,
                       @Value("${caravan.fetch.robots.cache-ttl}") Duration cacheTtl,
                       @Value("${caravan.fetch.robots.max-crawl-delay}") Duration maxCrawlDelay) {
        this.fetcher = fetcher;
        this.slots = slots;
        this.enabled = enabled;
        this.cacheTtl = cacheTtl;
        this.maxCrawlDelayMillis = maxCrawlDelay.toMillis();
        // robots.txt groups name products: "Caravan/0.1 (+https://…)" answers to "caravan"
        this.agentNames = List.of(properties.userAgent().split("[/\\s]")[0].toLowerCase(Locale.ROOT));
    }

    /**
     * @param mayDefer whether fetching robots.txt may hand the task back to the queue when its host
     *     is not ready (what it fetched is kept here, so the task loses nothing)
     * @throws PermanentFetchException if the site's robots.txt disallows the page for us
     */
    public void check(String url, boolean mayDefer) {
        if (!forPage(URI.create(url), mayDefer).isAllowed(url)) {
            throw new PermanentFetchException(url, "disallowed by robots.txt: " + url);
        }
    }

    /** The pause the site asks for between requests (0: none); an absurd one is capped rather than obeyed. */
    public long crawlDelayMillis(String url) {
        long delay = forPage(URI.create(url), false).getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY ? 0 : Math.min(Math.max(0, delay), maxCrawlDelayMillis);
    }

    /** The rules that apply to this page's site; fetched on first use and after the cache time. */
    public BaseRobotRules forPage(URI page, boolean mayDefer) {
        if (!enabled) {
            return parser.failedFetch(404);
        }
        String site = page.getScheme() + "://" + page.getRawAuthority();
        Cached cached = bySite.get(site);
        if (cached != null && cached.fresh(cacheTtl)) {
            return cached.rules();
        }
        // one fetch per site even when many workers ask at once; the lock is held only while loading
        return bySite.compute(site, (key, current) ->
                current != null && current.fresh(cacheTtl) ? current : new Cached(load(key, mayDefer), System.nanoTime())).rules();
    }

    private BaseRobotRules load(String site, boolean mayDefer) {
        String url = site + "/robots.txt";
        String host = URI.create(site).getRawAuthority();
        String slot = slots.acquire(host, 0, mayDefer);
        try {
            FetchedPage robots = fetcher.fetch(url);
            return parser.parseContent(url, robots.body(), robots.contentType(), agentNames);
        } catch (PermanentFetchException missing) {
            return parser.failedFetch(404);
        } finally {
            slots.release(host, slot);
        }
    }

    private record Cached(BaseRobotRules rules, long loadedAtNanos) {
        boolean fresh(Duration ttl) {
            return System.nanoTime() - loadedAtNanos < ttl.toNanos();
        }
    }
}
