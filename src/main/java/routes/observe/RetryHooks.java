package routes.observe;

import org.apache.camel.Processor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import routes.store.CrawlTask;

/** The processors task-errors' redelivery policy calls by name (onExceptionOccurredRef, onRedeliveryRef). */
@Configuration(proxyBeanMethods = false)
class RetryHooks {

    @Bean
    Processor transientFailureOccurred(RetryBackoffs backoffs) {
        return exchange -> backoffs.failed();
    }

    @Bean
    Processor retryStarting(RetryBackoffs backoffs) {
        return exchange -> backoffs.retrying(exchange.getProperty("task", CrawlTask.class));
    }
}
