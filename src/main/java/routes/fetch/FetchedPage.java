package routes.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import routes.model.PageValidators;

/**
 * A successfully fetched page. {@code url} is where it was finally found, after redirects;
 * {@code validators} what it answered to be asked about next time (null if nothing). A 304 (the
 * page did not change since the validators sent) has no body.
 */
public record FetchedPage(String url, int status, String contentType, byte[] body, PageValidators validators) {

    static final int NOT_MODIFIED = 304;

    /** The page answered 304 Not Modified to a conditional request: what was stored from it still holds. */
    public boolean notModified() {
        return status == NOT_MODIFIED;
    }

    /** The body decoded with the charset the server declared (UTF-8 if none or unknown). */
    public String text() {
        return new String(body, charset());
    }

    private Charset charset() {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String param = part.strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("charset=")) {
                    try {
                        return Charset.forName(param.substring("charset=".length()).replace("\"", ""));
                    } catch (IllegalArgumentException unknown) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
