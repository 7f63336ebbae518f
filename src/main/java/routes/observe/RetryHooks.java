package routes.observe;

import org.apache.camel.Processor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The processors task-errors' redelivery policy calls by name (onExceptionOccurredRef, onRedeliveryRef). */
@Configuration(proxyBeanMethods = false)
class RetryHooks {

    @Bean
    Processor transientFailureOccurred(RetryBackoffs backoffs) {
        return backoffs::failed;
    }

    @Bean
    Processor retryStarting(RetryBackoffs backoffs) {
        return backoffs::retrying;
    }
}
