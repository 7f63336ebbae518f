package routes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingParserTest {

    private final ListingParser parser = new ListingParser();

    @Test
    void collectsSameSiteProductLinksOnceInOrderAndTheNextPage() {
        ListingPage page = parser.parse("""
                <a class="product-link" href="/p/2-b#reviews">B</a>
                <a class="product-link" href="/p/1-a">A</a>
                <a class="product-link" href="https://shop.example:8443/p/2-b">B again</a>
                <a class="product-link" href="https://elsewhere.example/p/9">off site</a>
                <a class="product-link" href="mailto:x@y">mail</a>
                <a rel="next" href="?page=3">Next</a>
                """, "https://shop.example:8443/c/boots?page=2", "a.product-link", "a[rel=next]");

        assertThat(page.productUrls()).containsExactly("https://shop.example:8443/p/2-b", "https://shop.example:8443/p/1-a");
        assertThat(page.nextPageUrl()).isEqualTo("https://shop.example:8443/c/boots?page=3");
    }

    @Test
    void lastPageHasNoNextPage() {
        ListingPage page = parser.parse("<a rel='next' href='/c/boots?page=2'>same page</a>",
                "https://shop.example/c/boots?page=2", "a.product-link", "a[rel=next]");
        assertThat(page.productUrls()).isEmpty();
        assertThat(page.nextPageUrl()).isNull();
    }
}
