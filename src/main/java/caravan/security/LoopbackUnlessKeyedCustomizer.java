package caravan.security;

import java.net.InetAddress;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Applies {@link ListenAddressDecision} to a web server (the application's, or the management
 * server's when management.server.port is set) and logs it. Runs after Spring Boot's own customizer
 * so that the address it sets from configuration is the one replaced.
 */
class LoopbackUnlessKeyedCustomizer implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackUnlessKeyedCustomizer.class);

    private final String addressProperty;
    private final Supplier<InetAddress> configuredAddress;
    private final boolean keyConfigured;
    private final boolean openWithoutKeyAllowed;

    /**
     * @param addressProperty   the property the address comes from, named in messages
     * @param configuredAddress its value, or null when not set; read when the server is created
     */
    LoopbackUnlessKeyedCustomizer(String addressProperty, Supplier<InetAddress> configuredAddress,
                                  boolean keyConfigured, boolean openWithoutKeyAllowed) {
        this.addressProperty = addressProperty;
        this.configuredAddress = configuredAddress;
        this.keyConfigured = keyConfigured;
        this.openWithoutKeyAllowed = openWithoutKeyAllowed;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        ListenAddressDecision decision = ListenAddressDecision.decide(addressProperty, configuredAddress.get(),
                keyConfigured, openWithoutKeyAllowed);
        factory.setAddress(decision.address());
        if (decision.open()) {
            LOG.warn("SECURITY: {}", decision.message());
        } else {
            LOG.info(decision.message());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
