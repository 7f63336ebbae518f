package routes.parse;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import routes.profile.SiteProfile;

/** Finds the product links, the next page, the heading and the breadcrumb parent of a listing page. */
final class ListingParser {

    /** "next" as pagination links name it (aria-label, title or text), in the languages shops are most often in. */
    private static final Pattern NEXT = Pattern.compile("(?iu)^(next|next page|next »|next ›|suivant|suivante|page suivante"
            + "|weiter|nächste|nächste seite|siguiente|página siguiente|successiva|successivo|pagina successiva|volgende"
            + "|próxima|proxima|próxima página|następna|следующая|далее|次へ|下一页|下一頁|다음|›|»|→|>|>>)$");

    private ListingParser() {
    }

    static ListingPage parse(Document page, SiteProfile profile, ProductParser productParser) {
        String normalised = profile.normalise(page.location());
        URI here = URI.create(normalised == null ? page.location() : normalised);
        List<String> products = productLinks(page, profile);
        return new ListingPage(products, nextPage(page, here, profile), heading(page), Breadcrumbs.parentPath(page, here),
                products.isEmpty() && productParser.isProduct(page));
    }

    static List<String> productLinks(Document page, SiteProfile profile) {
        Set<String> products = new LinkedHashSet<>();
        for (Element link : Css.select(page, SiteProfile.group(profile.productLinks()))) {
            String url = Links.sameSite(link, "href", page.location());
            String normalised = url == null ? null : profile.normaliseProduct(url);
            if (normalised != null && !normalised.equals(page.location())) {
                products.add(normalised);
            }
        }
        return List.copyOf(products);
    }

    /**
     * The profile's next-page link; else a link named "next" to another page of this listing; else
     * the numbered link to the page after this one.
     */
    private static String nextPage(Document page, URI here, SiteProfile profile) {
        URI listing = profile.firstPage(here);
        int number = profile.pageNumber(here);
        String byProfile = Css.select(page, SiteProfile.group(profile.nextPage())).stream()
                .map(link -> pageOfListing(link, page.location(), profile, listing))
                .filter(Objects::nonNull).filter(url -> !url.equals(here.toString())).findFirst().orElse(null);
        if (byProfile != null) {
            return byProfile;
        }
        String following = null;
        for (Element link : Css.select(page, "a[href]")) {
            String url = pageOfListing(link, page.location(), profile, listing);
            if (url == null || url.equals(here.toString())) {
                continue;
            }
            if (isNamedNext(link) && profile.pageNumber(URI.create(url)) > number) {
                return url;
            }
            if (following == null && profile.pageNumber(URI.create(url)) == number + 1) {
                following = url;
            }
        }
        return following;
    }

    /** The link's URL when it is a page of the same listing (same first page), else null. */
    private static String pageOfListing(Element link, String pageUrl, SiteProfile profile, URI listing) {
        String url = Links.sameSite(link, "href", pageUrl);
        String normalised = url == null ? null : profile.normalise(url);
        if (normalised == null) {
            return null;
        }
        URI uri = URI.create(normalised);
        return samePage(profile.firstPage(uri), listing) ? normalised : null;
    }

    private static boolean samePage(URI a, URI b) {
        return Objects.equals(a.getRawPath().replaceAll("/$", ""), b.getRawPath().replaceAll("/$", ""))
                && Objects.equals(a.getRawQuery(), b.getRawQuery());
    }

    private static boolean isNamedNext(Element link) {
        for (String name : new String[] {link.attr("aria-label"), link.attr("title"), link.text()}) {
            if (!name.isBlank() && NEXT.matcher(name.strip()).matches()) {
                return true;
            }
        }
        return link.attr("rel").equalsIgnoreCase("next");
    }

    /** The page's h1 as a reader sees it: text for screen readers only ("Collection: ") left out. */
    private static String heading(Document page) {
        Element h1 = page.selectFirst("h1");
        if (h1 == null) {
            return null;
        }
        Element visible = h1.clone();
        visible.select(".visually-hidden, .sr-only, .screen-reader-text").remove();
        String text = Texts.clean(visible.text());
        return text.isEmpty() ? null : text;
    }
}
