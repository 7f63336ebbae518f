package caravan.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Turns the API key on when one is configured (caravan.security.api-key, e.g. from the environment
 * variable CARAVAN_SECURITY_API_KEY). Where a key is required (the external profile) and none is
 * given, the service refuses to start rather than run open. Without a key it listens on loopback
 * only ({@link ListenAddressDecision}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(@Value("${caravan.security.api-key:}") String key,
                                                      @Value("${caravan.security.require-api-key}") boolean required) {
        if (key.isBlank() && required) {
            throw new IllegalStateException("caravan.security.require-api-key is true but no key is configured: "
                    + "set CARAVAN_SECURITY_API_KEY (at least 16 characters)");
        }
        if (!key.isBlank() && key.length() < 16) {
            throw new IllegalStateException("caravan.security.api-key must be at least 16 characters");
        }
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(key));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(!key.isBlank());
        return registration;
    }

    @Bean
    LoopbackUnlessKeyedCustomizer loopbackUnlessKeyed(ServerProperties server,
                                                      @Value("${caravan.security.api-key:}") String key,
                                                      @Value("${caravan.security.allow-open-without-key:false}") boolean open) {
        return new LoopbackUnlessKeyedCustomizer(server, !key.isBlank(), open);
    }

    /** Static: a post-processor is created before the other beans of this configuration. */
    @Bean
    static ManagementAddressPostProcessor managementAddress(Environment environment) {
        return new ManagementAddressPostProcessor(environment);
    }
}
