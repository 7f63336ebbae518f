package caravan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.core.env.Environment;

/**
 * With management.server.port set, the actuator (Hawtio and Jolokia among it) gets a server of its
 * own, listening on management.server.address: the same rule as for the application's server
 * ({@link ListenAddressDecision}) decides that address. It is set on the bound properties, which
 * Spring Boot's management server reads when the management context starts.
 */
class ManagementAddressPostProcessor implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementAddressPostProcessor.class);

    private final Environment environment;

    ManagementAddressPostProcessor(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ManagementServerProperties management
                && ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            ListenAddressDecision decision = ListenAddressDecision.decide("management.server.address",
                    management.getAddress(), !environment.getProperty("caravan.security.api-key", "").isBlank(),
                    environment.getProperty("caravan.security.allow-open-without-key", Boolean.class, false));
            management.setAddress(decision.address());
            if (decision.open()) {
                LOG.warn("SECURITY: management server: {}", decision.message());
            } else {
                LOG.info("Management server: {}", decision.message());
            }
        }
        return bean;
    }
}
