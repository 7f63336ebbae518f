package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import routes.profile.SiteProfile;

class ListingParserTest {

    private final SiteProfile generic = Profiles.named("generic");

    @Test
    void collectsSameSiteProductLinksOnceInOrderNormalised() {
        ListingPage page = parse("""
                <a class="product-link" href="/p/2-b#reviews">B</a>
                <a class="product-link" href="/p/1-a?utm_source=grid">A</a>
                <a class="product-link" href="https://SHOP.example:8443/p/2-b">B again</a>
                <a class="product-link" href="https://elsewhere.example/p/9">off site</a>
                <a class="product-link" href="/p/3-c?add-to-cart=3">add to cart</a>
                <a class="product-link" href="mailto:x@y">mail</a>
                <a rel="next" href="?page=3">Next</a>
                """, "https://shop.example:8443/c/boots?page=2", generic);

        assertThat(page.productUrls()).containsExactly("https://shop.example:8443/p/2-b", "https://shop.example:8443/p/1-a");
        assertThat(page.nextPageUrl()).isEqualTo("https://shop.example:8443/c/boots?page=3");
    }

    @Test
    void nextPageNamedByAriaLabelOrTextInAnyCommonLanguage() {
        assertThat(parse("<nav><a href='/c/boots?page=1'>1</a><a href='/c/boots?page=2' aria-label='Next page'>"
                + "<svg></svg></a></nav>", "https://shop.example/c/boots", generic).nextPageUrl())
                .isEqualTo("https://shop.example/c/boots?page=2");
        assertThat(parse("<a class='page-numbers' href='/c/boots/page/3/'>Suivant</a>", "https://shop.example/c/boots/page/2/",
                generic).nextPageUrl()).isEqualTo("https://shop.example/c/boots/page/3/");
        // a "next" link to somewhere else is not this listing's next page
        assertThat(parse("<a href='/blog?page=2'>Next</a>", "https://shop.example/c/boots", generic).nextPageUrl()).isNull();
    }

    @Test
    void numberedPaginationWithoutANextLinkLeadsToThePageAfterThisOne() {
        ListingPage page = parse("<ul class='pages'><li><a href='?p=1'>1</a></li><li><strong>2</strong></li>"
                + "<li><a href='?p=3'>3</a></li><li><a href='?p=4'>4</a></li></ul>", "https://shop.example/tops.html?p=2", generic);
        assertThat(page.nextPageUrl()).isEqualTo("https://shop.example/tops.html?p=3");
    }

    @Test
    void lastPageHasNoNextPage() {
        ListingPage page = parse("<a rel='next' href='/c/boots?page=2'>same page</a><a href='/c/boots?page=1'>1</a>",
                "https://shop.example/c/boots?page=2", generic);
        assertThat(page.productUrls()).isEmpty();
        assertThat(page.nextPageUrl()).isNull();
    }

    @Test
    void headingAndBreadcrumbParentAreRead() {
        ListingPage page = parse("""
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
                  {"@type":"ListItem","position":2,"name":"Clothing","item":"https://shop.example/product-category/clothing/"},
                  {"@type":"ListItem","position":1,"name":"Home","item":"https://shop.example/"},
                  {"@type":"ListItem","position":3,"name":"Hoodies"}]}</script>
                <h1 class="page-title"> Hoodies </h1>""", "https://shop.example/product-category/clothing/hoodies/", generic);
        assertThat(page.heading()).isEqualTo("Hoodies");
        assertThat(page.breadcrumbParentPath()).isEqualTo("/product-category/clothing/");
    }

    private static ListingPage parse(String html, String url, SiteProfile profile) {
        return ListingParser.parse(Jsoup.parse(html, url), profile, new ProductParser(new com.fasterxml.jackson.databind.ObjectMapper(), new routes.price.PriceParser()));
    }
}
