package routes.fetch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FetchConfiguration {

    @Bean
    HostGuard hostGuard(FetchProperties properties) {
        return new HostGuard(properties.allowedHosts(), InternalHosts.load());
    }

    @Bean
    PageFetcher pageFetcher(FetchProperties properties, HostGuard hostGuard) {
        return new PageFetcher(new FetchSettings(properties.userAgent(), properties.connectTimeout(),
                properties.readTimeout(), properties.maxRedirects(), properties.maxBodySize().toBytes()), hostGuard);
    }
}
