package routes.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A successfully fetched page. {@code url} is where it was finally found, after redirects. */
public record FetchedPage(String url, int status, String contentType, byte[] body) {

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
