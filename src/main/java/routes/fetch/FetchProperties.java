package routes.fetch;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** caravan.fetch.* — see application.yml. */
@ConfigurationProperties(prefix = "caravan.fetch")
public record FetchProperties(String userAgent, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                              DataSize maxBodySize, List<String> allowedHosts) {
}
