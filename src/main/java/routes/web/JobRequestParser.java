package routes.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import routes.fetch.CanonicalHost;
import routes.fetch.HostGuard;
import routes.fetch.PermanentFetchException;
import routes.fetch.TransientFetchException;
import routes.model.JobType;
import routes.profile.SiteProfile;
import routes.profile.SiteProfiles;
import routes.queue.Priority;
import routes.store.NewJob;
import routes.store.Submission;

/**
 * Reads and validates a job submission. Everything is checked before anything is stored, and
 * every refusal names the field at fault.
 */
@Component
public class JobRequestParser {

    static final Set<String> FIELDS = Set.of("url", "type", "priority", "maxPages", "categories", "selectors", "profile");
    static final List<String> SELECTOR_KEYS = Stream.concat(SiteProfile.PRODUCT_FIELDS.stream(),
            Stream.of("productLink", "nextPage", "categoryLink")).toList();
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_CATEGORIES = 100;
    private static final int MAX_TEXT_LENGTH = 500;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final ObjectMapper json;
    private final HostGuard hostGuard;
    private final SiteProfiles profiles;
    private final int maxBodyBytes;
    private final int defaultMaxPages;
    private final int maxPagesLimit;

    public JobRequestParser(ObjectMapper json, HostGuard hostGuard, SiteProfiles profiles,
                            @Value("${caravan.api.max-body-bytes}") int maxBodyBytes,
                            @Value("${caravan.jobs.default-max-pages}") int defaultMaxPages,
                            @Value("${caravan.jobs.max-pages-limit}") int maxPagesLimit) {
        // Duplicate keys are refused: which of two "url"s was meant cannot be guessed.
        this.json = json.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.hostGuard = hostGuard;
        this.profiles = profiles;
        this.maxBodyBytes = maxBodyBytes;
        this.defaultMaxPages = defaultMaxPages;
        this.maxPagesLimit = maxPagesLimit;
    }

    public Submission parse(byte[] body, String idempotencyKey) {
        JsonNode root = readObject(body, "request body is empty: send a JSON object with at least \"url\"");
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest(name, "unknown field; expected one of " + FIELDS);
            }
        });
        NewJob job = new NewJob(url(root.get("url")),
                JobType.fromLabel(text(root, "type", "full_site"))
                        .orElseThrow(() -> ApiException.badRequest("type", "must be one of full_site, category, product")),
                priority(text(root, "priority", "normal")),
                maxPages(root.get("maxPages")),
                categories(root.get("categories")),
                selectors(root.get("selectors")),
                profile(text(root, "profile", null)));
        return new Submission(job, idempotencyKey(idempotencyKey), hash(job));
    }

    /** A request body that must be one JSON object (no duplicate keys), within caravan.api.max-body-bytes. */
    public JsonNode readObject(byte[] body, String whenEmpty) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest(null, whenEmpty);
        }
        if (body.length > maxBodyBytes) {
            throw new ApiException(413, null, "request body is larger than " + maxBodyBytes + " bytes");
        }
        JsonNode root = readJson(body);
        if (!root.isObject()) {
            throw ApiException.badRequest(null, "request body must be a JSON object");
        }
        return root;
    }

    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(null, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest(null, "unreadable request body");
        }
    }

    private String url(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("url", "is required");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ApiException.badRequest("url", "must be a non-empty string");
        }
        String text = node.asText().strip();
        refuseHiddenCharacters("url", text);
        if (text.length() > MAX_URL_LENGTH) {
            throw ApiException.badRequest("url", "is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("url", "is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.badRequest("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ApiException.badRequest("url", "has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.badRequest("url", "must not carry credentials");
        }
        if (uri.getPort() > 65535) {
            throw ApiException.badRequest("url", "has a port outside 1-65535");
        }
        if (!uri.getHost().chars().allMatch(c -> c < 128)) {
            // look-alike letters from other scripts make one host read as another
            throw ApiException.badRequest("url", "host must be ASCII: write international domains in their xn-- form");
        }
        try {
            hostGuard.check(uri);
        } catch (PermanentFetchException refused) {
            throw ApiException.badRequest("url", refused.getMessage());
        } catch (TransientFetchException unresolvedNow) {
            // A host that does not resolve at this moment may later; the crawl reports it if not.
        }
        // stored as one spelling per host (LOCALHOST. and localhost are one), as the guard compared it
        return CanonicalHost.of(uri.getHost()).replaceIn(uri).normalize().toString();
    }

    /**
     * Control and invisible formatting characters (NUL, bidi overrides, zero-width joiners) have no
     * place in a URL, a category name or a selector, and are a classic way to make text read as
     * something it is not.
     */
    public static void refuseHiddenCharacters(String field, String text) {
        boolean hidden = text.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        });
        if (hidden) {
            throw ApiException.badRequest(field, "contains control or invisible characters");
        }
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(field, "must be a string");
        }
        return node.asText();
    }

    private static Priority priority(String label) {
        return switch (label) {
            case "urgent", "high", "normal", "low" -> Priority.of(label);
            default -> throw ApiException.badRequest("priority", "must be one of urgent, high, normal, low");
        };
    }

    private int maxPages(JsonNode node) {
        if (node == null || node.isNull()) {
            return defaultMaxPages;
        }
        if (!node.isIntegralNumber()) {
            throw ApiException.badRequest("maxPages", "must be a whole number");
        }
        if (!node.canConvertToInt() || node.asInt() < 1 || node.asInt() > maxPagesLimit) {
            throw ApiException.badRequest("maxPages", "must be between 1 and " + maxPagesLimit);
        }
        return node.asInt();
    }

    private static List<String> categories(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("categories", "must be an array of category names or paths");
        }
        if (node.size() > MAX_CATEGORIES) {
            throw ApiException.badRequest("categories", "may name at most " + MAX_CATEGORIES + " categories");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > MAX_TEXT_LENGTH) {
                throw ApiException.badRequest("categories", "entries must be non-empty strings of at most "
                        + MAX_TEXT_LENGTH + " characters");
            }
            refuseHiddenCharacters("categories", item.asText());
            names.add(item.asText().strip());
        }
        return List.copyOf(names);
    }

    private static Map<String, String> selectors(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("selectors", "must be an object of field name to CSS selector");
        }
        Map<String, String> selectors = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = "selectors." + field.getKey();
            if (!SELECTOR_KEYS.contains(field.getKey())) {
                throw ApiException.badRequest(name, "unknown selector; expected one of " + SELECTOR_KEYS);
            }
            JsonNode value = field.getValue();
            if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT_LENGTH) {
                throw ApiException.badRequest(name, "must be a CSS selector string of at most " + MAX_TEXT_LENGTH + " characters");
            }
            refuseHiddenCharacters(name, value.asText());
            try {
                QueryParser.parse(value.asText());
            } catch (Selector.SelectorParseException e) {
                throw ApiException.badRequest(name, "is not a valid CSS selector: " + e.getMessage());
            }
            selectors.put(field.getKey(), value.asText());
        }
        return Map.copyOf(selectors);
    }

    /** A site profile by name, or null: detect the shop's platform on its first page. */
    private String profile(String name) {
        if (name == null) {
            return null;
        }
        if (!profiles.exists(name)) {
            throw ApiException.badRequest("profile", "unknown site profile \"" + name + "\"; installed: "
                    + profiles.names().stream().sorted().toList());
        }
        return name;
    }

    private static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiException.badRequest("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " visible ASCII characters");
        }
        return key;
    }

    /** Identifies the request's content, so a reused Idempotency-Key with a different request is caught. */
    private String hash(NewJob job) {
        try {
            byte[] canonical = json.writeValueAsBytes(job);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash job request", e);
        }
    }
}
