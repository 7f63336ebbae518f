package routes.profile;

import java.net.URI;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a platform addresses page N of a listing: a query parameter ({@code "?page={n}"},
 * {@code "?p={n}"}) or a path suffix ({@code "/page/{n}/"}).
 */
public final class PageUrlForm {

    private final String template;
    private final String parameter;
    private final Pattern pathSuffix;

    private PageUrlForm(String template, String parameter, Pattern pathSuffix) {
        this.template = template;
        this.parameter = parameter;
        this.pathSuffix = pathSuffix;
    }

    /** @throws IllegalArgumentException when the template has no {n} or is neither form */
    public static PageUrlForm parse(String template) {
        if (!template.contains("{n}")) {
            throw new IllegalArgumentException("page URL form must contain {n}: " + template);
        }
        Matcher query = Pattern.compile("^\\?([A-Za-z0-9_.\\-\\[\\]]+)=\\{n}$").matcher(template);
        if (query.matches()) {
            return new PageUrlForm(template, query.group(1), null);
        }
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("page URL form must be \"?name={n}\" or a path like \"/page/{n}/\": " + template);
        }
        String[] parts = template.split("\\{n}", -1);
        String regex = Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining("(\\d+)"));
        return new PageUrlForm(template, null, Pattern.compile(regex + "$"));
    }

    /** The page number this URL addresses in this form, if it does. */
    public OptionalInt pageOf(URI url) {
        if (parameter != null) {
            String query = url.getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).equals(parameter) && pair.substring(eq + 1).matches("\\d{1,6}")) {
                        return OptionalInt.of(Integer.parseInt(pair.substring(eq + 1)));
                    }
                }
            }
            return OptionalInt.empty();
        }
        Matcher m = pathSuffix.matcher(url.getRawPath() == null ? "" : url.getRawPath());
        return m.find() && m.group(1).length() <= 6 ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The URL of the listing's first page: this form's page part removed. */
    public URI firstPage(URI url) {
        if (parameter != null) {
            String query = url.getRawQuery() == null ? null : Arrays.stream(url.getRawQuery().split("&"))
                    .filter(pair -> !pair.startsWith(parameter + "=")).collect(Collectors.joining("&"));
            return rebuild(url, url.getRawPath(), query == null || query.isEmpty() ? null : query);
        }
        Matcher m = pathSuffix.matcher(url.getRawPath());
        if (!m.find()) {
            return url;
        }
        String path = url.getRawPath().substring(0, m.start());
        return rebuild(url, path.isEmpty() ? "/" : path + (template.endsWith("/") && !path.endsWith("/") ? "/" : ""),
                url.getRawQuery());
    }

    @Override
    public String toString() {
        return template;
    }

    private static URI rebuild(URI url, String rawPath, String rawQuery) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + rawPath + (rawQuery == null ? "" : "?" + rawQuery));
    }
}
