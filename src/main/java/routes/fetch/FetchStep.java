package routes.fetch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;
import routes.model.PageValidators;
import routes.model.RouteNames;

/**
 * The fetch as the fetch-page route calls it while holding the host's request slot: through the
 * host's circuit breaker, and the site's Retry-After (or the breaker's open period) handed back to
 * Camel's redelivery. Each request's latency goes into {@code caravan_fetch_duration_seconds} per host;
 * a page answered 304 to the validators the route sent (a product page unchanged since a previous
 * job) counts in {@code caravan_fetch_not_modified_total} per host: a page whose body was saved.
 */
@Component
public class FetchStep {

    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    /** The exchange property set once a task has sent a page request: from then on it waits for its host. */
    private static final String PAGE_REQUESTED = "CaravanPageRequested";

    private final PageFetcher fetcher;
    private final HostCircuitBreakers breakers;
    private final MeterRegistry registry;

    public FetchStep(PageFetcher fetcher, HostCircuitBreakers breakers, MeterRegistry registry) {
        this.fetcher = fetcher;
        this.breakers = breakers;
        this.registry = registry;
    }

    /**
     * Whether a host that is not ready may make the task hand itself back to the queue: only until
     * the task has requested its first page; after that (a discovery's sitemaps, a retry) going back
     * would throw away what it fetched, so it waits for its host in the thread, as one of the few
     * tasks its host's lane lets hold a worker.
     */
    public boolean mayDefer(@ExchangeProperty(PAGE_REQUESTED) Boolean pageRequested) {
        return !Boolean.TRUE.equals(pageRequested);
    }

    public FetchedPage fetch(@ExchangeProperty(RouteNames.FETCH_URL) String url, @Header(RouteNames.FETCH_HOST) String host,
                             @ExchangeProperty(RouteNames.PAGE_VALIDATORS) PageValidators validators, Exchange exchange) {
        Message message = exchange.getMessage();
        exchange.setProperty(PAGE_REQUESTED, true);
        try {
            FetchedPage page = breakers.call(host, url, () -> timed(host, url, validators));
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

    private FetchedPage timed(String host, String url, PageValidators validators) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            FetchedPage page = fetcher.fetch(url, validators);
            outcome = page.notModified() ? "not_modified" : "ok";
            if (page.notModified()) {
                Counter.builder("caravan.fetch.not.modified")
                        .description("Pages answered 304 Not Modified to a conditional request: not downloaded nor parsed again")
                        .tag("host", host)
                        .register(registry)
                        .increment();
            }
            return page;
        } finally {
            Timer.builder("caravan.fetch.duration")
                    .description("HTTP fetch latency per host, redirects and body included")
                    .tag("host", host)
                    .tag("outcome", outcome)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry)
                    .record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The throttles' key: requests are limited per host and port. */
    public String hostOf(String url) {
        return URI.create(url).getRawAuthority();
    }
}
