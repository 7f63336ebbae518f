package routes.parse;

import java.util.Locale;
import java.util.Map;

/** Availability as the schema.org short name ("InStock"), whatever form the page used. */
final class Availability {

    private static final Map<String, String> KNOWN = Map.of(
            "instock", "InStock", "outofstock", "OutOfStock", "preorder", "PreOrder", "backorder", "BackOrder",
            "discontinued", "Discontinued", "limitedavailability", "LimitedAvailability", "soldout", "SoldOut",
            "onlineonly", "OnlineOnly", "instoreonly", "InStoreOnly");

    private Availability() {
    }

    static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String last = value.strip().replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        String key = last.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return KNOWN.getOrDefault(key, last);
    }
}
