package routes.failure;

import org.apache.camel.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The predicates the YAML routes' onWhen clauses name ({@code onWhen: {ref: infrastructureFailure}}),
 * so that no task is dead-lettered for an outage. Predicates rather than bean methods: Camel hands
 * a predicate the exchange as it is while an exception is being matched, with the exception on it.
 */
@Configuration(proxyBeanMethods = false)
class FailurePredicates {

    /** The exchange failed because PostgreSQL or Redis did. */
    @Bean
    Predicate infrastructureFailure() {
        return exchange -> InfrastructureFailures.isInfrastructure(exchange.getException());
    }

    /** The failure is the task's own: its site, its page, or a bug of ours. */
    @Bean
    Predicate taskOwnFailure() {
        return exchange -> !InfrastructureFailures.isInfrastructure(exchange.getException());
    }
}
