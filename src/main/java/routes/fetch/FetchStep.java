package routes.fetch;

import java.net.URI;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * The fetch as the fetch-page route calls it: through the host's circuit breaker, within its
 * concurrency limit, and the site's Retry-After (or the breaker's open period) handed back to
 * Camel's redelivery.
 */
@Component
public class FetchStep {

    private final PageFetcher fetcher;
    private final HostConcurrency concurrency;
    private final HostCircuitBreakers breakers;

    public FetchStep(PageFetcher fetcher, HostConcurrency concurrency, HostCircuitBreakers breakers) {
        this.fetcher = fetcher;
        this.concurrency = concurrency;
        this.breakers = breakers;
    }

    public FetchedPage fetch(@ExchangeProperty("fetchUrl") String url, Message message) {
        try {
            String host = hostOf(url);
            FetchedPage page = breakers.call(host, url, () -> concurrency.call(host, () -> fetcher.fetch(url)));
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

    /** The throttles' key: requests are limited per host and port. */
    public String hostOf(String url) {
        return URI.create(url).getRawAuthority();
    }
}
