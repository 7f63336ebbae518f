package routes.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** What a category groups products by; product categories are crawled first. */
public enum CategoryKind {
    PRODUCT, GENDER, FEATURED, BRAND;

    private static final Set<String> BRAND_SEGMENTS = Set.of("brand", "brands", "marke", "marken", "designers");
    private static final Set<String> GENDER_WORDS = Set.of("men", "mens", "women", "womens", "kids", "boys", "girls",
            "unisex", "baby", "herren", "damen");
    private static final Set<String> FEATURED_WORDS = Set.of("sale", "new", "new-arrivals", "new-in", "featured",
            "clearance", "best-sellers", "bestsellers", "deals", "outlet", "trending", "offers", "gifts");

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CategoryKind classify(String path, String name) {
        String[] segments = Arrays.stream(path.toLowerCase(Locale.ROOT).split("/")).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        if (Arrays.stream(segments).anyMatch(BRAND_SEGMENTS::contains)) {
            return BRAND;
        }
        // "/women.html" (Magento's category URLs) names the same as "/women"
        String last = segments.length == 0 ? "" : normalise(segments[segments.length - 1].replaceFirst("\\.html?$", ""));
        String label = name == null ? "" : normalise(name);
        if (GENDER_WORDS.contains(last) || GENDER_WORDS.contains(label)) {
            return GENDER;
        }
        if (FEATURED_WORDS.contains(last) || FEATURED_WORDS.contains(label)) {
            return FEATURED;
        }
        return PRODUCT;
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).strip().replace('\'', ' ').replaceAll("[\\s_]+", "-");
    }
}
