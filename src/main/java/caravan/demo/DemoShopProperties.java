package caravan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** caravan.demo-shop.* — see application.yml. */
@ConfigurationProperties(prefix = "caravan.demo-shop")
public record DemoShopProperties(boolean enabled, int port, int products, int failingEvery) {
}
