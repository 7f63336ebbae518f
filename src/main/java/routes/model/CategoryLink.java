package routes.model;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A category found on a site: its listing URL, its URL path (its identity), name, kind and parent's path.
 *
 * @param nameGuessed the name was made from the path (no link text): the listing page's heading is better
 */
public record CategoryLink(String url, String path, String name, CategoryKind kind, String parentPath, boolean nameGuessed) {

    /** A category known only by its URL (a category job, a sitemap entry): named after its last path segment. */
    public static CategoryLink fromUrl(String url) {
        return named(url, null);
    }

    public static CategoryLink named(String url, String name) {
        URI uri = URI.create(url);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        boolean guessed = name == null || name.isBlank();
        String label = guessed ? humanise(path) : name.strip();
        String listing = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        return new CategoryLink(listing, path, label, CategoryKind.classify(path, label), null, guessed);
    }

    public CategoryLink withParent(String parent) {
        return new CategoryLink(url, path, name, kind, parent, nameGuessed);
    }

    /** "/c/new-arrivals" → "New Arrivals". */
    public static String humanise(String path) {
        String last = path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        return Arrays.stream(last.split("[-_+]+")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
