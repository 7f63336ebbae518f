package caravan.demo;

/**
 * A category of the demo shop.
 *
 * @param path e.g. "clothing/shirts" or "brands/acme"
 * @param kind product, gender, featured or brand
 */
public record DemoCategory(String path, String name, String parentPath, String kind) {

    /** Where its listing is served: brands at /brands/…, everything else at /c/…. */
    public String urlPath() {
        return kind.equals("brand") ? "/" + path : "/c/" + path;
    }
}
