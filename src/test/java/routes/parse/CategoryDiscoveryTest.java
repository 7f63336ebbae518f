package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryDiscoveryTest {

    private static final Pattern CATEGORIES = Pattern.compile("^/(c|brands?)/[^/]");
    private final CategoryDiscovery discovery = new CategoryDiscovery();

    @Test
    void navigationLinksMatchingTheCategoryPatternAreCategories() {
        List<CategoryLink> found = discovery.fromNavigation("""
                <header><nav><a href="/">Home</a><a href="/c/shoes?sort=new">Shoes</a>
                <a href="/c/shoes/boots">Boots</a><a href="/about">About</a>
                <a href="https://other.example/c/x">Elsewhere</a></nav></header>
                <main><a href="/c/hidden">not navigation</a></main>
                """, "https://shop.example/", "nav a[href]", CATEGORIES);

        assertThat(found).extracting(CategoryLink::path, CategoryLink::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/c/shoes", "Shoes"),
                        org.assertj.core.groups.Tuple.tuple("/c/shoes/boots", "Boots"));
        assertThat(found.get(0).url()).isEqualTo("https://shop.example/c/shoes");
    }

    @Test
    void sitemapCategoriesAreNamedAfterTheirPath() {
        byte[] xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://shop.example/</loc></url>
                  <url><loc>https://shop.example/c/new-arrivals</loc></url>
                  <url><loc>https://shop.example/p/1-boot</loc></url>
                  <url><loc>https://shop.example/brands/acme</loc></url>
                </urlset>""".getBytes(StandardCharsets.UTF_8);

        List<CategoryLink> found = discovery.fromSitemap(xml, "application/xml", "https://shop.example/sitemap.xml", CATEGORIES);

        assertThat(found).extracting(CategoryLink::path).containsExactly("/c/new-arrivals", "/brands/acme");
        assertThat(found.get(0).name()).isEqualTo("New Arrivals");
        assertThat(found.get(0).kind()).isEqualTo(CategoryKind.FEATURED);
        assertThat(discovery.fromSitemap("garbage".getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://shop.example/sitemap.xml", CATEGORIES)).isEmpty();
    }

    @Test
    void mergeKeepsNavigationNamesAssignsParentsAndPutsProductCategoriesFirst() {
        List<CategoryLink> merged = CategoryDiscovery.merge(
                List.of(CategoryLink.named("https://s.example/c/sale", "Sale!"),
                        CategoryLink.named("https://s.example/c/clothing/shirts", "Shirts"),
                        CategoryLink.named("https://s.example/c/men", "Men")),
                List.of(CategoryLink.fromUrl("https://s.example/c/clothing"), CategoryLink.fromUrl("https://s.example/c/sale"),
                        CategoryLink.fromUrl("https://s.example/c/cloth")));

        assertThat(merged).extracting(CategoryLink::path)
                .containsExactly("/c/cloth", "/c/clothing", "/c/clothing/shirts", "/c/men", "/c/sale");
        assertThat(merged.get(2).parentPath()).isEqualTo("/c/clothing");
        assertThat(merged.get(1).parentPath()).isNull();
        assertThat(merged.get(4).name()).isEqualTo("Sale!");
    }

    @ParameterizedTest
    @CsvSource({"/c/men,Men,GENDER", "/c/womens-shoes,Women's Shoes,PRODUCT", "/c/women,Damen,GENDER",
            "/brands/acme,Acme,BRAND", "/c/new-arrivals,New Arrivals,FEATURED", "/c/clearance,Clearance,FEATURED",
            "/c/shirts,Shirts,PRODUCT", "/c/x,Best Sellers,FEATURED"})
    void classifiesCategories(String path, String name, CategoryKind kind) {
        assertThat(CategoryKind.classify(path, name)).isEqualTo(kind);
    }
}
