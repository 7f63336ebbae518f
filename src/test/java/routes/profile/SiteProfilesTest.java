package routes.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import routes.fetch.FetchedPage;

class SiteProfilesTest {

    private static final String GENERIC = """
            name: generic
            navigation:
              links: ["nav a[href]"]
              exclude-paths: ["^/about"]
            listing:
              product-links: ["a.product[href]"]
              next-page: ["a[rel=next]"]
              page-url: ["?page={n}", "/page/{n}/"]
            sitemaps:
              categories: ["categories"]
              products: ["products"]
              skip: ["blog"]
            urls:
              product-path: "^/products/"
              strip-parameters: ["utm_*", "variant"]
              skip-parameters: ["sort_by", "filter.*"]
              canonical: []
            product:
              related: ".related"
            """;

    @TempDir
    Path folder;

    @Test
    void everyShippedProfileLoadsAndAPlatformInheritsWhatItLeavesOut() throws IOException {
        SiteProfiles shipped = new SiteProfiles("classpath:profiles/");
        assertThat(shipped.names()).contains("generic", "shopify", "woocommerce", "magento2", "bigcommerce", "prestashop");

        write("generic.yaml", GENERIC);
        write("acme.yaml", """
                name: acme
                detect:
                  html-contains: ["acme-cdn.example"]
                listing:
                  product-links: ["a.tile[href]"]
                product:
                  listPrice: "s.was"
                variants:
                  - selector: "form[data-variants]"
                    attribute: data-variants
                    sku: /sku
                    price: /price
                """);
        SiteProfile acme = new SiteProfiles(folder.toUri().toString()).get("acme");
        assertThat(acme.productLinks()).containsExactly("a.tile[href]");
        assertThat(acme.productFields()).as("the generic profile's product selectors, merged key by key")
                .containsEntry("related", ".related").containsEntry("listPrice", "s.was");
        assertThat(acme.variantSources()).singleElement().satisfies(source -> {
            assertThat(source.attribute()).isEqualTo("data-variants");
            assertThat(source.fields().get("price")).hasToString("/price");
        });
        assertThat(acme.navigationLinks()).containsExactly("nav a[href]");
        assertThat(acme.source()).endsWith("acme.yaml");
    }

    @Test
    void aBadFileStopsTheStartNamingFileAndLine() throws IOException {
        write("generic.yaml", GENERIC);
        write("broken.yaml", """
                name: broken
                listing:
                  product-links:
                    - "a.ok[href]"
                    - "a[href"
                """);
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("broken.yaml:5:").hasMessageContaining("invalid CSS selector");

        write("broken.yaml", "name: broken\nlisting:\n  product-link: [\"a\"]\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .hasMessageContaining("broken.yaml:3:").hasMessageContaining("unknown key \"listing.product-link\"");

        write("broken.yaml", "name: broken\nurls:\n  product-path: \"([a-z\"\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .hasMessageContaining("broken.yaml:3:").hasMessageContaining("invalid regular expression");

        write("broken.yaml", "name: broken\nlisting:\n  page-url: [\"page-{x}\"]\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .hasMessageContaining("broken.yaml:3:").hasMessageContaining("{n}");

        write("broken.yaml", "name: broken\nvariants:\n  - selector: \"script\"\n    price: \"display_price\"\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .hasMessageContaining("broken.yaml:4:").hasMessageContaining("invalid JSON Pointer");

        write("broken.yaml", "name: broken\nvariants:\n  - selector: \"script\"\n    cost: /price\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .hasMessageContaining("broken.yaml:4:").hasMessageContaining("unknown key \"variants.cost\"");

        write("broken.yaml", "name: broken\n  bad: indentation: here\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString())).hasMessageContaining("broken.yaml:2:");

        write("broken.yaml", "name: generic\n");
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString())).hasMessageContaining("already used by");
    }

    @Test
    void withoutTheGenericProfileNothingStarts() {
        assertThatThrownBy(() -> new SiteProfiles(folder.toUri().toString()))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("generic profile is missing");
    }

    @Test
    void theFirstRecognisedPlatformIsChosenAndTheJobsSelectorsReplaceItsOwn() throws IOException {
        SiteProfiles shipped = new SiteProfiles("classpath:profiles/");
        ChosenProfile shopify = shipped.choose(page("<html><head><link rel='preconnect' href='https://cdn.shopify.com'></head></html>"),
                null, Map.of());
        assertThat(shopify.name()).isEqualTo("shopify");
        assertThat(shopify.reason()).startsWith("detected: ");

        ChosenProfile unknown = shipped.choose(page("<html><body><nav><a href='/c/x'>X</a></nav></body></html>"), null, Map.of());
        assertThat(unknown.name()).isEqualTo("generic");
        assertThat(unknown.reason()).startsWith("no platform recognised");

        ChosenProfile named = shipped.choose(page("<html></html>"), "magento2", Map.of("productLink", "a.mine[href]"));
        assertThat(named.name()).isEqualTo("magento2");
        assertThat(named.reason()).isEqualTo("named by the job");
        assertThat(named.profile().productLinks()).containsExactly("a.mine[href]");
    }

    @Test
    void linksAreNormalisedStrippedOfTrackingAndFacetLinksAreNoPages() throws IOException {
        write("generic.yaml", GENERIC.replace("canonical: []", """
                canonical:
                    - from: "^/collections/[^/]+(/products/.+)$"
                      to: "$1"
                """));
        SiteProfile profile = new SiteProfiles(folder.toUri().toString()).get("generic");
        assertThat(profile.normaliseProduct("HTTP://Shop.Example:80/collections/tees/products/a-tee?utm_source=x&variant=12#reviews"))
                .isEqualTo("http://shop.example/products/a-tee");
        // the canonical rewrite is for product links only
        assertThat(profile.normalise("http://shop.example/collections/tees/products/a-tee")).isEqualTo("http://shop.example/collections/tees/products/a-tee");
        assertThat(profile.normalise("https://shop.example/collections/tees?page=2&utm_medium=y")).isEqualTo("https://shop.example/collections/tees?page=2");
        assertThat(profile.normalise("https://shop.example/collections/tees?sort_by=price-ascending")).isNull();
        assertThat(profile.normalise("https://shop.example/collections/tees?filter.v.color=red")).isNull();
        assertThat(profile.normalise("mailto:someone@shop.example")).isNull();
    }

    @Test
    void pageUrlFormsReadAndRemoveThePageNumber() {
        PageUrlForm query = PageUrlForm.parse("?p={n}");
        assertThat(query.pageOf(URI.create("https://s.example/tops.html?p=3&q=x")).getAsInt()).isEqualTo(3);
        assertThat(query.pageOf(URI.create("https://s.example/tops.html?pp=3"))).isEmpty();
        assertThat(query.firstPage(URI.create("https://s.example/tops.html?p=3&q=x")))
                .isEqualTo(URI.create("https://s.example/tops.html?q=x"));
        PageUrlForm path = PageUrlForm.parse("/page/{n}/");
        assertThat(path.pageOf(URI.create("https://s.example/product-category/hoodies/page/12/")).getAsInt()).isEqualTo(12);
        assertThat(path.firstPage(URI.create("https://s.example/product-category/hoodies/page/12/")))
                .isEqualTo(URI.create("https://s.example/product-category/hoodies/"));
        assertThatThrownBy(() -> PageUrlForm.parse("page={n}")).isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static FetchedPage page(String html) {
        return new FetchedPage("https://shop.example/", 200, "text/html", html.getBytes(StandardCharsets.UTF_8), null);
    }
}
