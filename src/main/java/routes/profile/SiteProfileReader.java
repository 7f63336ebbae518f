package routes.profile;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one profile file. Every value is checked as it is read — CSS selectors compiled by jsoup,
 * regexes by java.util.regex, page URL forms parsed — and anything wrong or unknown is refused
 * with the file and line, so a typo stops the start instead of silently matching nothing.
 */
final class SiteProfileReader {

    private static final Map<String, Set<String>> KEYS = Map.of(
            "", Set.of("name", "description", "detect", "navigation", "listing", "sitemaps", "urls", "product", "variants"),
            "variants", Set.of("selector", "attribute", "items", "sku", "name", "price", "list-price", "availability",
                    "url", "image", "attributes", "attribute-name", "options"),
            "variants.options", Set.of("at", "name", "values", "value", "items"),
            "product", Set.copyOf(SiteProfile.PRODUCT_FIELDS),
            "detect", Set.of("html-contains", "selectors"),
            "navigation", Set.of("links", "exclude-paths"),
            "listing", Set.of("product-links", "next-page", "page-url"),
            "sitemaps", Set.of("categories", "products", "skip"),
            "urls", Set.of("product-path", "strip-parameters", "skip-parameters", "canonical"));

    private final String file;

    private SiteProfileReader(String file) {
        this.file = file;
    }

    /**
     * @param base the profile whose settings fill what the file leaves out (null: the file must be complete,
     *             as the generic profile is)
     */
    static SiteProfile read(String file, Reader content, SiteProfile base) {
        return new SiteProfileReader(file).read(content, base);
    }

    private SiteProfile read(Reader content, SiteProfile base) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(content);
        } catch (MarkedYAMLException e) {
            throw new InvalidProfileException(file, e.getProblemMark().getLine() + 1, e.getProblem());
        }
        if (!(root instanceof MappingNode top)) {
            throw fail(root, "a profile is a YAML mapping with at least \"name\"");
        }
        Map<String, Node> fields = fields(top, "");
        Node nameNode = fields.get("name");
        if (nameNode == null) {
            throw fail(top, "\"name\" is required");
        }
        String name = scalar(nameNode, "name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw fail(nameNode, "name must be lower case letters, digits and dashes: " + name);
        }
        Map<String, Node> detect = section(fields, "detect");
        Map<String, Node> navigation = section(fields, "navigation");
        Map<String, Node> listing = section(fields, "listing");
        Map<String, Node> sitemaps = section(fields, "sitemaps");
        Map<String, Node> urls = section(fields, "urls");
        Map<String, Node> product = section(fields, "product");
        return new SiteProfile(name,
                fields.containsKey("description") ? scalar(fields.get("description"), "description") : name,
                file,
                list(detect, "html-contains", List.of(), Function.identity()),
                list(detect, "selectors", List.of(), this::selector),
                list(navigation, "links", base == null ? null : base.navigationLinks(), this::selector),
                list(navigation, "exclude-paths", base == null ? null : base.excludePaths(), this::regex),
                list(listing, "product-links", base == null ? null : base.productLinks(), this::selector),
                list(listing, "next-page", base == null ? null : base.nextPage(), this::selector),
                list(listing, "page-url", base == null ? null : base.pageUrls(), PageUrlForm::parse),
                list(sitemaps, "categories", base == null ? null : base.sitemapCategories(), this::regex),
                list(sitemaps, "products", base == null ? null : base.sitemapProducts(), this::regex),
                list(sitemaps, "skip", base == null ? null : base.sitemapSkip(), this::regex),
                urls.containsKey("product-path") ? regex(scalar(urls.get("product-path"), "urls.product-path"), urls.get("product-path"))
                        : base == null ? null : base.productPath(),
                list(urls, "strip-parameters", base == null ? null : base.stripParameters(), ParameterRule::of),
                list(urls, "skip-parameters", base == null ? null : base.skipParameters(), ParameterRule::of),
                urls.containsKey("canonical") ? rewrites(urls.get("canonical")) : base == null ? List.of() : base.canonical(),
                productFields(product, base == null ? Map.of() : base.productFields()),
                fields.containsKey("variants") ? variantSources(fields.get("variants")) : base == null ? List.of() : base.variantSources());
    }

    private Map<String, Node> section(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw fail(node, "\"" + key + "\" must be a mapping");
        }
        return fields(mapping, key);
    }

    private Map<String, Node> fields(MappingNode mapping, String section) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!KEYS.get(section).contains(key)) {
                throw fail(tuple.getKeyNode(), "unknown key \"" + (section.isEmpty() ? "" : section + ".") + key
                        + "\"; expected one of " + KEYS.get(section));
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw fail(tuple.getKeyNode(), "\"" + key + "\" is given twice");
            }
        }
        return fields;
    }

    /** A list setting; absent: the fallback (the base profile's), which must exist for a complete profile. */
    private <T> List<T> list(Map<String, Node> section, String key, List<T> fallback, Function<String, T> convert) {
        Node node = section.get(key);
        if (node == null) {
            if (fallback == null) {
                throw new InvalidProfileException(file, 1, "\"" + key + "\" is required in the generic profile");
            }
            return fallback;
        }
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<T> values = new ArrayList<>();
        for (Node item : items) {
            String text = scalar(item, key);
            try {
                values.add(convert.apply(text));
            } catch (IllegalArgumentException invalid) {
                throw fail(item, key + ": " + invalid.getMessage());
            }
        }
        return List.copyOf(values);
    }

    /** The base profile's product selectors, each replaced by the file's where it gives one. */
    private Map<String, String> productFields(Map<String, Node> section, Map<String, String> base) {
        Map<String, String> selectors = new LinkedHashMap<>(base);
        section.forEach((field, node) -> {
            try {
                selectors.put(field, selector(scalar(node, "product." + field)));
            } catch (IllegalArgumentException invalid) {
                throw fail(node, "product." + field + ": " + invalid.getMessage());
            }
        });
        return Map.copyOf(selectors);
    }

    private List<VariantSource> variantSources(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            throw fail(node, "\"variants\" must be a list of {selector, items, sku, price …}");
        }
        List<VariantSource> sources = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                throw fail(item, "a variants source is a mapping {selector, items, sku, price …}");
            }
            Map<String, Node> source = fields(mapping, "variants");
            if (!source.containsKey("selector")) {
                throw fail(item, "a variants source needs \"selector\"");
            }
            String selector = selector(scalar(source.get("selector"), "selector"), source.get("selector"));
            Map<String, JsonPointer> fields = new LinkedHashMap<>();
            for (String field : VariantSource.FIELDS) {
                String key = field.equals("listPrice") ? "list-price" : field;
                if (source.containsKey(key)) {
                    fields.put(field, pointer(source.get(key), key));
                }
            }
            VariantSource.Options options = null;
            if (source.get("options") instanceof MappingNode optionMapping) {
                Map<String, Node> o = fields(optionMapping, "variants.options");
                for (String key : List.of("at", "name", "values", "value", "items")) {
                    if (!o.containsKey(key)) {
                        throw fail(optionMapping, "\"options\" needs at, name, values, value and items");
                    }
                }
                options = new VariantSource.Options(pointer(o.get("at"), "at"), pointer(o.get("name"), "name"),
                        pointer(o.get("values"), "values"), pointer(o.get("value"), "value"), pointer(o.get("items"), "items"));
            } else if (source.containsKey("options")) {
                throw fail(source.get("options"), "\"options\" must be a mapping {at, name, values, value, items}");
            }
            sources.add(new VariantSource(selector,
                    source.containsKey("attribute") ? scalar(source.get("attribute"), "attribute") : null,
                    source.containsKey("items") ? pointer(source.get("items"), "items") : JsonPointer.empty(),
                    Map.copyOf(fields),
                    source.containsKey("attribute-name") ? regex(scalar(source.get("attribute-name"), "attribute-name"),
                            source.get("attribute-name")) : null,
                    options));
        }
        return List.copyOf(sources);
    }

    /** A JSON Pointer (RFC 6901: "/a/b", "~1" for a slash in a name); "" is the whole document. */
    private JsonPointer pointer(Node node, String key) {
        String text = node instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (text == null) {
            throw fail(node, "\"" + key + "\" must be a JSON Pointer such as /sku");
        }
        try {
            return JsonPointer.compile(text);
        } catch (IllegalArgumentException invalid) {
            throw fail(node, key + ": invalid JSON Pointer \"" + text + "\": " + invalid.getMessage());
        }
    }

    private String selector(String css, Node node) {
        try {
            return selector(css);
        } catch (IllegalArgumentException invalid) {
            throw fail(node, invalid.getMessage());
        }
    }

    private List<PathRewrite> rewrites(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            throw fail(node, "\"canonical\" must be a list of {from, to}");
        }
        List<PathRewrite> rewrites = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                throw fail(item, "a canonical rule is a mapping {from: <regex>, to: <replacement>}");
            }
            Map<String, Node> rule = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode(), "key");
                if (!Set.of("from", "to").contains(key)) {
                    throw fail(tuple.getKeyNode(), "unknown key \"" + key + "\" in a canonical rule; expected from, to");
                }
                rule.put(key, tuple.getValueNode());
            }
            if (!rule.containsKey("from") || !rule.containsKey("to")) {
                throw fail(item, "a canonical rule needs both \"from\" and \"to\"");
            }
            Pattern from = regex(scalar(rule.get("from"), "from"), rule.get("from"));
            String to = scalar(rule.get("to"), "to");
            try {
                from.matcher("").replaceFirst(to);
            } catch (IllegalArgumentException | IndexOutOfBoundsException invalid) {
                throw fail(rule.get("to"), "replacement \"" + to + "\" does not fit " + from + ": " + invalid.getMessage());
            }
            rewrites.add(new PathRewrite(from, to));
        }
        return List.copyOf(rewrites);
    }

    private String selector(String css) {
        try {
            QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException invalid) {
            throw new IllegalArgumentException("invalid CSS selector \"" + css + "\": " + invalid.getMessage());
        }
    }

    private Pattern regex(String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException invalid) {
            throw new IllegalArgumentException("invalid regular expression \"" + text + "\": " + invalid.getDescription());
        }
    }

    private Pattern regex(String text, Node node) {
        try {
            return regex(text);
        } catch (IllegalArgumentException invalid) {
            throw fail(node, invalid.getMessage());
        }
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw fail(node, "\"" + key + "\" must be a non-empty text");
        }
        return scalar.getValue();
    }

    private InvalidProfileException fail(Node node, String message) {
        return new InvalidProfileException(file, node == null ? 1 : node.getStartMark().getLine() + 1, message);
    }
}
