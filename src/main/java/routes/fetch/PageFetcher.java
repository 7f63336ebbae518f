package routes.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import routes.model.PageValidators;

/**
 * A polite, bounded HTTP GET: every hop (redirects included) passes the {@link HostGuard}, the
 * body is read only up to the size cap, and each failure says whether a retry can help.
 */
public class PageFetcher {

    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 425, 429, 500, 502, 503, 504);

    private final FetchSettings settings;
    private final HostGuard guard;
    private final HttpClient client;

    public PageFetcher(FetchSettings settings, HostGuard guard) {
        this.settings = settings;
        this.guard = guard;
        // Redirects are followed here, not by the client, so each hop is checked by the guard.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    public FetchedPage fetch(String url) {
        return fetch(url, null);
    }

    /**
     * A conditional GET when {@code validators} are given (If-None-Match, If-Modified-Since, on every
     * hop: they were answered at the end of this URL's redirects): a 304 is then a page without
     * body. A 304 to a request that sent none is the server's error, and a permanent failure.
     */
    public FetchedPage fetch(String url, PageValidators validators) {
        URI uri = URI.create(url);
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            if (!visited.add(uri)) {
                throw new PermanentFetchException(url, "redirect loop at " + uri);
            }
            HttpResponse<InputStream> response = send(uri, validators);
            int status = response.statusCode();
            if (isRedirect(status)) {
                close(response);
                if (hop >= settings.maxRedirects()) {
                    throw new PermanentFetchException(url, "more than " + settings.maxRedirects() + " redirects from " + url);
                }
                uri = uri.resolve(response.headers().firstValue("Location")
                        .orElseThrow(() -> new PermanentFetchException(url, status + " redirect without Location from " + url)));
                continue;
            }
            if (status >= 200 && status < 300) {
                return new FetchedPage(uri.toString(), status, response.headers().firstValue("Content-Type").orElse(null),
                        readBody(url, response), PageValidators.of(response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null)));
            }
            if (status == FetchedPage.NOT_MODIFIED) {
                close(response);
                if (validators == null) {
                    throw new PermanentFetchException(url, "304 Not Modified from " + uri + " to a request that was not conditional");
                }
                return new FetchedPage(uri.toString(), status, null, new byte[0], validators);
            }
            close(response);
            if (TRANSIENT_STATUSES.contains(status)) {
                throw new TransientFetchException(url, status + " from " + uri, retryAfter(response), null);
            }
            throw new PermanentFetchException(url, status + " from " + uri);
        }
    }

    private HttpResponse<InputStream> send(URI uri, PageValidators validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (validators != null && validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new TransientFetchException(uri.toString(), "timed out fetching " + uri, null, e);
        } catch (IOException e) {
            throw new TransientFetchException(uri.toString(), "I/O error fetching " + uri + ": " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFetchException(uri.toString(), "interrupted fetching " + uri, null, e);
        }
    }

    /** Reads at most the cap (+1 byte to notice more): a huge body costs a bounded amount of memory. */
    private byte[] readBody(String url, HttpResponse<InputStream> response) {
        long cap = settings.maxBodyBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream body = response.body()) {
            if (declared > cap) {
                throw tooLarge(url);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) {
                throw tooLarge(url);
            }
            return bytes;
        } catch (HttpTimeoutException e) {
            throw new TransientFetchException(url, "timed out reading " + url, null, e);
        } catch (IOException e) {
            throw new TransientFetchException(url, "truncated or reset body from " + url + ": " + e, null, e);
        }
    }

    private PermanentFetchException tooLarge(String url) {
        return new PermanentFetchException(url, "body larger than " + settings.maxBodyBytes() + " bytes at " + url);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Retry-After as delta-seconds or an HTTP date, capped; junk is ignored. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        Duration delay;
        try {
            delay = Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                delay = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException junk) {
                return null;
            }
        }
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : delay;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }
}
