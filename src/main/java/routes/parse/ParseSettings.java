package routes.parse;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The selectors and patterns used when a job does not give its own (caravan.parse.*). */
@ConfigurationProperties(prefix = "caravan.parse")
public record ParseSettings(String navSelector, String categoryPathPattern,
                            String productLinkSelector, String nextPageSelector) {
}
