package caravan.shops;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One HTTP answer of a fixture shop. */
public record FixturePage(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static FixturePage html(String html) {
        return new FixturePage(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static FixturePage xml(String xml) {
        return new FixturePage(200, "application/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static FixturePage text(String text) {
        return new FixturePage(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static FixturePage redirect(int status, String location) {
        return new FixturePage(status, "text/html", new byte[0], Map.of("Location", location));
    }
}
