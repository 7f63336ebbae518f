package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import routes.fetch.FetchedPage;
import routes.model.CategoryKind;
import routes.model.CategoryLink;
import routes.profile.SiteProfile;

class CategoryDiscoveryTest {

    private final SiteProfile generic = Profiles.named("generic");

    @Test
    void navigationLinksThatMayBeListingsAreCandidatesWhateverTheirPath() {
        List<CategoryLink> found = CategoryDiscovery.fromNavigation(Jsoup.parse("""
                <header><nav><a href="/">Home</a><a href="/shoes?utm_source=menu">Shoes</a>
                <a href="/shoes/boots">Boots</a><a href="/about-us">About</a><a href="/cart">Cart</a>
                <a href="/account/login">Log in</a><a href="/blogs/news">Blog</a><a href="/shoes?sort=price">By price</a>
                <a href="/shoes?page=2">2</a><a href="/products/red-boot">Red boot</a>
                <a href="https://other.example/c/x">Elsewhere</a><a href="mailto:x@shop.example">Mail</a></nav></header>
                <main><a href="/hidden">not navigation</a></main>
                """, "https://shop.example/"), generic);

        assertThat(found).extracting(CategoryLink::path, CategoryLink::name)
                .containsExactly(tuple("/shoes", "Shoes"), tuple("/shoes/boots", "Boots"));
        assertThat(found.get(0).url()).isEqualTo("https://shop.example/shoes");
    }

    @Test
    void parentsComeFromTheMenusNesting() {
        List<CategoryLink> found = CategoryDiscovery.fromNavigation(Jsoup.parse("""
                <nav><ul>
                  <li><a href="/women.html">Women</a>
                    <ul><li><a href="/tops-women.html">Tops</a>
                          <ul><li><a href="/jackets-women.html">Jackets</a></li></ul></li>
                        <li><a href="/bottoms-women.html">Bottoms</a></li></ul></li>
                  <li><details><summary>Men</summary><ul><li><a href="/tees-men.html">Tees</a></li></ul></details></li>
                </ul></nav>
                """, "https://shop.example/"), generic);

        assertThat(found).extracting(CategoryLink::path, CategoryLink::parentPath).containsExactly(
                tuple("/women.html", null), tuple("/tops-women.html", "/women.html"),
                tuple("/jackets-women.html", "/tops-women.html"), tuple("/bottoms-women.html", "/women.html"),
                tuple("/tees-men.html", null));
    }

    @Test
    void sitemapIndexesAreFollowedAndEntriesSortedIntoCategoriesAndProducts() {
        SitemapWalk walk = new SitemapWalk(generic, "https://shop.example/", List.of("https://shop.example/sitemap.xml"), 10);
        assertThat(walk.next()).isEqualTo("https://shop.example/sitemap.xml");
        walk.read(page("https://shop.example/sitemap.xml", """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://shop.example/sitemap_collections_1.xml</loc></sitemap>
                  <sitemap><loc>https://shop.example/sitemap_blogs_1.xml</loc></sitemap>
                  <sitemap><loc>https://shop.example/all.xml</loc></sitemap>
                </sitemapindex>"""));
        assertThat(walk.next()).isEqualTo("https://shop.example/sitemap_collections_1.xml");
        walk.read(page("https://shop.example/sitemap_collections_1.xml", urlset("/c/new-arrivals", "/c/shirts?page=2")));
        assertThat(walk.next()).isEqualTo("https://shop.example/all.xml");
        walk.read(page("https://shop.example/all.xml", urlset("/", "/brands/acme", "/p/1-boot", "/contact")));
        assertThat(walk.hasNext()).isFalse();

        assertThat(walk.categories()).extracting(CategoryLink::path).containsExactly("/c/new-arrivals", "/brands/acme");
        assertThat(walk.categories().get(0).name()).isEqualTo("New Arrivals");
        assertThat(walk.categories().get(0).kind()).isEqualTo(CategoryKind.FEATURED);
        assertThat(walk.products()).containsExactly("https://shop.example/p/1-boot");
        walk.read(page("https://shop.example/broken.xml", "garbage"));
        assertThat(walk.summary()).contains("broken.xml (unreadable");
    }

    @Test
    void mergeKeepsNavigationNamesAssignsParentsAndPutsProductCategoriesFirst() {
        List<CategoryLink> merged = CategoryDiscovery.merge(
                List.of(CategoryLink.named("https://s.example/c/sale", "Sale!"),
                        CategoryLink.named("https://s.example/c/clothing/shirts", "Shirts"),
                        CategoryLink.named("https://s.example/c/men", "Men"),
                        CategoryLink.named("https://s.example/women/tops-women.html", "Tops")),
                List.of(CategoryLink.fromUrl("https://s.example/c/clothing"), CategoryLink.fromUrl("https://s.example/c/sale"),
                        CategoryLink.fromUrl("https://s.example/c/cloth"), CategoryLink.fromUrl("https://s.example/women.html")));

        assertThat(merged).extracting(CategoryLink::path, CategoryLink::parentPath).containsExactly(
                tuple("/c/cloth", null), tuple("/c/clothing", null), tuple("/c/clothing/shirts", "/c/clothing"),
                tuple("/women/tops-women.html", "/women.html"), tuple("/c/men", null), tuple("/women.html", null),
                tuple("/c/sale", null));
        assertThat(merged.get(6).name()).isEqualTo("Sale!");
    }

    @ParameterizedTest
    @CsvSource({"/c/men,Men,GENDER", "/c/womens-shoes,Women's Shoes,PRODUCT", "/c/women,Damen,GENDER",
            "/brands/acme,Acme,BRAND", "/c/new-arrivals,New Arrivals,FEATURED", "/c/clearance,Clearance,FEATURED",
            "/c/shirts,Shirts,PRODUCT", "/c/x,Best Sellers,FEATURED"})
    void classifiesCategories(String path, String name, CategoryKind kind) {
        assertThat(CategoryKind.classify(path, name)).isEqualTo(kind);
    }

    private static FetchedPage page(String url, String body) {
        return new FetchedPage(url, 200, "application/xml", body.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths) {
            xml.append("<url><loc>https://shop.example").append(path).append("</loc></url>");
        }
        return xml.append("</urlset>").toString();
    }
}
