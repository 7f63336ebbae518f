package caravan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Applies {@link ListenAddressDecision} to the application's web server and logs it. Runs after
 * Spring Boot's own customizer so that the address it sets from server.address is the one replaced.
 */
class LoopbackUnlessKeyedCustomizer implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackUnlessKeyedCustomizer.class);

    private final ServerProperties server;
    private final boolean keyConfigured;
    private final boolean openWithoutKeyAllowed;

    LoopbackUnlessKeyedCustomizer(ServerProperties server, boolean keyConfigured, boolean openWithoutKeyAllowed) {
        this.server = server;
        this.keyConfigured = keyConfigured;
        this.openWithoutKeyAllowed = openWithoutKeyAllowed;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        ListenAddressDecision decision = ListenAddressDecision.decide("server.address", server.getAddress(),
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
