package routes.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fetch as the fetch-page route calls it: allowed by the site's robots.txt, through the host's
 * circuit breaker, within its concurrency limit and Crawl-delay, and the site's Retry-After (or the
 * breaker's open period) handed back to Camel's redelivery.
 */
@Component
public class FetchStep {

    private final PageFetcher fetcher;
    private final HostConcurrency concurrency;
    private final RobotsRules robots;
    private final HostCircuitBreakers breakers;
    private final long maxCrawlDelayMillis;

    public FetchStep(PageFetcher fetcher, HostConcurrency concurrency, RobotsRules robots, HostCircuitBreakers breakers,
                     @Value("${caravan.fetch.robots.max-crawl-delay}") Duration maxCrawlDelay) {
        this.fetcher = fetcher;
        this.concurrency = concurrency;
        this.robots = robots;
        this.breakers = breakers;
        this.maxCrawlDelayMillis = maxCrawlDelay.toMillis();
    }

    public FetchedPage fetch(@ExchangeProperty("fetchUrl") String url, Message message) {
        try {
            BaseRobotRules rules = robots.forPage(URI.create(url));
            if (!rules.isAllowed(url)) {
                throw new PermanentFetchException(url, "disallowed by robots.txt: " + url);
            }
            String host = hostOf(url);
            FetchedPage page = breakers.call(host, url,
                    () -> concurrency.call(host, crawlDelayMillis(rules), () -> fetcher.fetch(url)));
            message.removeHeader(Exchange.REDELIVERY_DELAY);
            return page;
        } catch (TransientFetchException e) {
            // Camel's redelivery uses this header instead of its computed backoff: the site said when.
            if (e.retryAfter() != null) {
                message.setHeader(Exchange.REDELIVERY_DELAY, e.retryAfter().toMillis());
            } else {
                message.removeHeader(Exchange.REDELIVERY_DELAY);
            }
            throw e;
        }
    }

    /** A site may ask for a pause between requests; an absurd one is capped rather than obeyed. */
    private long crawlDelayMillis(BaseRobotRules rules) {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY ? 0 : Math.min(Math.max(0, delay), maxCrawlDelayMillis);
    }

    /** The throttles' key: requests are limited per host and port. */
    public String hostOf(String url) {
        return URI.create(url).getRawAuthority();
    }
}
