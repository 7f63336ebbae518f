package routes.fetch;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per site (resilience4j): when most recent requests to a host failed
 * transiently, stop sending it requests for a while, then let a few through to see whether it
 * recovered. Permanent answers (404...) show the site is up, so they do not count as failures.
 */
@Component
public class HostCircuitBreakers {

    private final CircuitBreakerRegistry registry;
    private final Duration openFor;
    /** When each host's breaker last opened: how long its tasks wait in the queue. */
    private final Map<String, Instant> openedAt = new ConcurrentHashMap<>();

    public HostCircuitBreakers(@Value("${caravan.fetch.circuit-breaker.failure-rate}") float failureRatePercent,
                               @Value("${caravan.fetch.circuit-breaker.window}") int window,
                               @Value("${caravan.fetch.circuit-breaker.open-for}") Duration openFor) {
        this.openFor = openFor;
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(window)
                .failureRateThreshold(failureRatePercent)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(3)
                .recordExceptions(TransientFetchException.class)
                .ignoreExceptions(PermanentFetchException.class)
                .build());
        registry.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
                .onStateTransition(event -> {
                    if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                        openedAt.put(event.getCircuitBreakerName(), Instant.now());
                    }
                }));
    }

    /**
     * Before taking a request slot: a host whose breaker is open is not ready until the breaker lets
     * a trial through. A task that may still hand itself back does so (its task waits in the queue,
     * not in a worker); one already holding a page fails as transient, retried after the open period.
     */
    public void admit(String host, String url, boolean mayDefer) {
        CircuitBreaker breaker = registry.circuitBreaker(host);
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            return;
        }
        Instant opened = openedAt.get(host);
        Duration left = opened == null ? openFor : Duration.between(Instant.now(), opened.plus(openFor));
        if (left.isNegative() || left.isZero()) {
            return; // due for its trial: the call lets it through (half open)
        }
        if (mayDefer) {
            throw new HostNotReadyException(host, left, "circuit open after repeated failures");
        }
        throw new TransientFetchException(url, "circuit open for " + host + " after repeated failures", left, null);
    }

    /** Runs the request unless the host's breaker is open; then fails at once, asking to retry after the open period. */
    public <T> T call(String host, String url, Supplier<T> request) {
        try {
            return registry.circuitBreaker(host).executeSupplier(request);
        } catch (CallNotPermittedException open) {
            throw new TransientFetchException(url, "circuit open for " + host + " after repeated failures", openFor, open);
        }
    }

    public CircuitBreaker.State state(String host) {
        return registry.circuitBreaker(host).getState();
    }
}
