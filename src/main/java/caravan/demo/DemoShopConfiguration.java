package caravan.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves the demo shop alongside the service, so a fresh install has something to crawl offline. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "caravan.demo-shop.enabled", havingValue = "true")
class DemoShopConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    DemoShopServer demoShopServer(DemoShopProperties properties) {
        return new DemoShopServer(DemoCatalog.generate(properties.products()), "127.0.0.1", properties.port(),
                properties.failingEvery());
    }
}
