package routes.fetch;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
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
