package routes.parse;

import java.net.URI;
import java.util.Objects;
import org.jsoup.nodes.Element;

/** Turns links found on a page into absolute URLs on the page's own site. */
final class Links {

    private Links() {
    }

    /**
     * The absolute form of the element's link (href, or src), without fragment, or null when it
     * is not http(s) or points to another host or port.
     */
    static String sameSite(Element element, String attribute, String pageUrl) {
        String absolute = element.absUrl(attribute);
        if (absolute.isEmpty()) {
            return null;
        }
        int fragment = absolute.indexOf('#');
        String withoutFragment = fragment < 0 ? absolute : absolute.substring(0, fragment);
        try {
            URI page = URI.create(pageUrl);
            URI link = URI.create(withoutFragment);
            if (!"http".equals(link.getScheme()) && !"https".equals(link.getScheme())) {
                return null;
            }
            if (!Objects.equals(page.getHost(), link.getHost()) || effectivePort(page) != effectivePort(link)) {
                return null;
            }
            return withoutFragment;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
