package routes.fetch;

import java.time.Duration;

/** Limits of every fetch. */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, int maxRedirects,
                            long maxBodyBytes) {
}
