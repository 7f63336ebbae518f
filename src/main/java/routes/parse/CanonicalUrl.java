package routes.parse;

import java.net.URI;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import routes.profile.SiteProfile;

/**
 * A product page's identity: its rel=canonical, else its og:url, else the URL it was fetched from —
 * each normalised by the profile (tracking and facet parameters, the platform's canonical path).
 * A canonical on another site, or pointing to the home page (a theme bug), is not trusted.
 */
final class CanonicalUrl {

    private CanonicalUrl() {
    }

    static String of(Document page, SiteProfile profile) {
        URI fetched = URI.create(page.location());
        for (String query : new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]"}) {
            Element element = Css.selectFirst(page, query);
            String candidate = element == null ? null : element.hasAttr("href") ? element.absUrl("href") : resolve(fetched, element.attr("content"));
            String url = candidate == null || candidate.isEmpty() ? null : profile.normaliseProduct(candidate);
            if (url != null && sameSite(URI.create(url), fetched) && !URI.create(url).getRawPath().equals("/")) {
                return url;
            }
        }
        String normalised = profile.normaliseProduct(page.location());
        return normalised == null ? page.location() : normalised;
    }

    private static String resolve(URI base, String href) {
        try {
            return base.resolve(href.strip()).toString();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean sameSite(URI a, URI b) {
        return Objects.equals(a.getHost(), b.getHost()) && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
