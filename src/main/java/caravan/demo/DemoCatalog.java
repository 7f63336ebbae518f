package caravan.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A generated shop: categories with sub-categories, genders, featured collections and brands, and
 * N products spread over them. Everything derives from the product id, so the same N always gives
 * the same shop — tests compare what was crawled against it.
 */
public final class DemoCatalog {

    private static final int PAGE_SIZE = 24;
    private static final List<DemoCategory> CATEGORIES = List.of(
            new DemoCategory("clothing", "Clothing", null, "product"),
            new DemoCategory("clothing/shirts", "Shirts", "clothing", "product"),
            new DemoCategory("clothing/jackets", "Jackets", "clothing", "product"),
            new DemoCategory("clothing/trousers", "Trousers", "clothing", "product"),
            new DemoCategory("footwear", "Footwear", null, "product"),
            new DemoCategory("footwear/sneakers", "Sneakers", "footwear", "product"),
            new DemoCategory("footwear/boots", "Boots", "footwear", "product"),
            new DemoCategory("bags", "Bags", null, "product"),
            new DemoCategory("accessories", "Accessories", null, "product"),
            new DemoCategory("accessories/hats", "Hats", "accessories", "product"),
            new DemoCategory("accessories/belts", "Belts", "accessories", "product"),
            new DemoCategory("men", "Men", null, "gender"),
            new DemoCategory("women", "Women", null, "gender"),
            new DemoCategory("kids", "Kids", null, "gender"),
            new DemoCategory("sale", "Sale", null, "featured"),
            new DemoCategory("new-arrivals", "New Arrivals", null, "featured"),
            new DemoCategory("brands/acme", "Acme", null, "brand"),
            new DemoCategory("brands/globex", "Globex", null, "brand"),
            new DemoCategory("brands/initech", "Initech", null, "brand"),
            new DemoCategory("brands/northwind", "Northwind", null, "brand"));
    private static final List<String> LEAVES = List.of("clothing/shirts", "clothing/jackets", "clothing/trousers",
            "footwear/sneakers", "footwear/boots", "bags", "accessories/hats", "accessories/belts");
    private static final List<String> NOUNS = List.of("Shirt", "Jacket", "Trousers", "Sneakers", "Boots", "Bag", "Hat", "Belt");
    private static final List<String> GENDERS = List.of("men", "women", "kids");
    private static final List<String> BRANDS = List.of("brands/acme", "brands/globex", "brands/initech", "brands/northwind");
    private static final List<String> ADJECTIVES = List.of("Classic", "Urban", "Trail", "Everyday", "Heritage", "Studio");
    private static final List<String> COLOURS = List.of("Navy", "Olive", "Black", "Sand", "Crimson", "Grey", "Ivory", "Teal");

    private final List<DemoProduct> products;
    private final Map<String, List<DemoProduct>> byCategory = new HashMap<>();

    private DemoCatalog(List<DemoProduct> products) {
        this.products = products;
        CATEGORIES.forEach(c -> byCategory.put(c.path(), new ArrayList<>()));
        products.forEach(p -> p.categoryPaths().forEach(path -> byCategory.get(path).add(p)));
    }

    public static DemoCatalog generate(int productCount) {
        List<DemoProduct> products = new ArrayList<>(productCount);
        for (int id = 1; id <= productCount; id++) {
            products.add(generateProduct(id));
        }
        return new DemoCatalog(List.copyOf(products));
    }

    private static DemoProduct generateProduct(int id) {
        int leafIndex = (id - 1) % LEAVES.size();
        String leaf = LEAVES.get(leafIndex);
        String brand = BRANDS.get(id % BRANDS.size());
        String title = ADJECTIVES.get(id % ADJECTIVES.size()) + " " + COLOURS.get(id / 3 % COLOURS.size()) + " "
                + NOUNS.get(leafIndex) + " " + id;
        List<String> categories = new ArrayList<>();
        categories.add(leaf);
        if (leaf.contains("/")) {
            categories.add(leaf.substring(0, leaf.indexOf('/')));
        }
        categories.add(GENDERS.get(id / LEAVES.size() % GENDERS.size()));
        categories.add(brand);
        if (id % 5 == 0) {
            categories.add("sale");
        }
        if (id % 7 == 3) {
            categories.add("new-arrivals");
        }
        List<String> images = new ArrayList<>();
        for (int k = 1; k <= 1 + id % 3; k++) {
            images.add("/img/" + id + "-" + k + ".jpg");
        }
        String brandName = brand.substring(brand.indexOf('/') + 1);
        brandName = brandName.substring(0, 1).toUpperCase(Locale.ROOT) + brandName.substring(1);
        return new DemoProduct(id, "/p/" + id + "-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'), title,
                BigDecimal.valueOf(500 + (id * 7919L) % 99_500, 2), id % 4 == 0 ? "USD" : "EUR",
                String.format("SKU-%06d", id),
                id % 11 == 0 ? "OutOfStock" : id % 13 == 0 ? "PreOrder" : "InStock",
                List.copyOf(images), "The " + title + " by " + brandName + " — made to last & easy to <care> for.",
                brandName, List.copyOf(categories),
                id % 10 == 7 ? DemoProduct.Markup.MICRODATA : id % 10 == 9 ? DemoProduct.Markup.OPEN_GRAPH
                        : DemoProduct.Markup.JSON_LD);
    }

    public List<DemoCategory> categories() {
        return CATEGORIES;
    }

    public List<DemoProduct> products() {
        return products;
    }

    public Optional<DemoProduct> product(int id) {
        return id >= 1 && id <= products.size() ? Optional.of(products.get(id - 1)) : Optional.empty();
    }

    public Optional<DemoCategory> categoryAt(String urlPath) {
        return CATEGORIES.stream().filter(c -> c.urlPath().equals(urlPath)).findFirst();
    }

    /** The category's products in id order (a parent category lists its children's). */
    public List<DemoProduct> productsIn(DemoCategory category) {
        return byCategory.get(category.path());
    }

    public int pageSize() {
        return PAGE_SIZE;
    }

    public int listingPageCount(DemoCategory category) {
        return Math.max(1, (productsIn(category).size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
