package routes.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Availability as the schema.org short name ("InStock"), whatever form the page used. */
public final class Availability {

    /** schema.org's ItemAvailability values, by their lower-case name without separators. */
    private static final Map<String, String> KNOWN = Stream.of("InStock", "OutOfStock", "PreOrder", "BackOrder",
                    "Discontinued", "LimitedAvailability", "SoldOut", "OnlineOnly", "InStoreOnly", "PreSale",
                    "MadeToOrder", "Reserved")
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), name -> name));

    private Availability() {
    }

    /** The schema.org short name, or the value's last path segment when it names none. */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String last = lastSegment(value);
        return KNOWN.getOrDefault(key(last), last);
    }

    /** The schema.org short name, if the value names one. */
    public static Optional<String> known(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.ofNullable(KNOWN.get(key(lastSegment(value))));
    }

    public static List<String> names() {
        return KNOWN.values().stream().sorted().toList();
    }

    private static String lastSegment(String value) {
        String last = value.strip().replaceAll("/+$", "");
        return last.substring(last.lastIndexOf('/') + 1);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
