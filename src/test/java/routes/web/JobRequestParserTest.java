package routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import routes.fetch.HostGuard;
import routes.fetch.InternalHosts;
import routes.model.JobType;
import routes.model.WebhookEvent;
import routes.profile.SiteProfiles;
import routes.queue.Priority;
import routes.store.NewJob;
import routes.store.Submission;

/**
 * The submission parser on its own: defaults, the edges of each field's rule, and what is kept.
 * JobSubmissionValidationIT and HostileSubmissionsIT send the everyday refusals over HTTP; the
 * cases here are the ones they do not reach (limits exactly, normalising, the accepted forms).
 */
class JobRequestParserTest {

    private static final int DEFAULT_MAX_PAGES = 200;
    private static final int MAX_PAGES_LIMIT = 1000;
    private static final String URL = "\"url\": \"http://shop.example/\"";

    private static final String SECRET = "s3cret-of-16-chars";

    private final JobRequestParser parser = new JobRequestParser(new ObjectMapper(),
            new HostGuard(List.of("shop.example", "hooks.example"), InternalHosts.load()), profiles(), 65536,
            DEFAULT_MAX_PAGES, MAX_PAGES_LIMIT);

    @Test
    void onlyTheUrlIsRequiredAndEverythingElseHasItsDefault() {
        Submission submission = parse("{" + URL + "}", null);

        assertThat(submission.job()).isEqualTo(new NewJob("http://shop.example/", JobType.FULL_SITE, Priority.NORMAL,
                DEFAULT_MAX_PAGES, List.of(), Map.of(), null, null));
        assertThat(submission.idempotencyKey()).isNull();
    }

    @Test
    void explicitNullsMeanTheDefaults() {
        NewJob job = parse("{" + URL + ", \"type\": null, \"priority\": null, \"maxPages\": null, \"categories\": null,"
                + " \"selectors\": null, \"profile\": null}", null).job();

        assertThat(job).isEqualTo(parse("{" + URL + "}", null).job());
    }

    @Test
    void everyFieldIsKeptAsGiven() {
        NewJob job = parse("""
                {"url": "https://shop.example/c/shoes?page=1", "type": "category", "priority": "urgent", "maxPages": 50,
                 "categories": ["  Shoes ", "men/boots"], "profile": "shopify",
                 "selectors": {"price": ".price .now", "productLink": "a.product", "nextPage": "a[rel=next]",
                               "categoryLink": "nav a"}}
                """, null).job();

        assertThat(job).isEqualTo(new NewJob("https://shop.example/c/shoes?page=1", JobType.CATEGORY, Priority.URGENT, 50,
                List.of("Shoes", "men/boots"), Map.of("price", ".price .now", "productLink", "a.product",
                "nextPage", "a[rel=next]", "categoryLink", "nav a"), "shopify", null));
    }

    @ParameterizedTest
    @CsvSource({
            "https://Shop.Example:8443/x, https://shop.example:8443/x",
            "http://SHOP.Example./a/../b, http://shop.example/b",
            "'  http://shop.example/  ', http://shop.example/"})
    void theUrlIsStoredInOneSpellingPerHost(String given, String stored) {
        assertThat(parse("{\"url\": \"" + given + "\"}", null).job().url()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://user:secret@shop.example/",
            "http://shop.example:70000/",
            "http://shöp.example/",
            "http://shop.example/\u202Egnp.exe",
            "http:///no-host",
            "mailto:shop@shop.example"})
    void aUrlBreakingARuleIsRefusedNamingTheUrl(String url) {
        assertRefused("{\"url\": " + new ObjectMapper().valueToTree(url) + "}", "url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"full_site", "category", "product"})
    void everyJobTypeIsAccepted(String type) {
        assertThat(parse("{" + URL + ", \"type\": \"" + type + "\"}", null).job().type().label()).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"urgent", "high", "normal", "low"})
    void everyPriorityIsAccepted(String priority) {
        assertThat(parse("{" + URL + ", \"priority\": \"" + priority + "\"}", null).job().priority())
                .isEqualTo(Priority.of(priority));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, MAX_PAGES_LIMIT})
    void maxPagesMayBeAnythingFromOneToTheLimit(int maxPages) {
        assertThat(parse("{" + URL + ", \"maxPages\": " + maxPages + "}", null).job().maxPages()).isEqualTo(maxPages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "2147483648", "true"})
    void maxPagesPastTheLimitOrNotANumberIsRefused(String maxPages) {
        ApiException refused = assertRefused("{" + URL + ", \"maxPages\": " + maxPages + "}", "maxPages");
        if (!maxPages.equals("true")) {
            assertThat(refused).hasMessage("must be between 1 and " + MAX_PAGES_LIMIT);
        }
    }

    @Test
    void categoriesAreLimitedInNumberAndLength() {
        String hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> "\"c" + i + "\"").toList().toString();
        assertThat(parse("{" + URL + ", \"categories\": " + hundred + "}", null).job().categories()).hasSize(100);
        String hundredAndOne = IntStream.rangeClosed(1, 101).mapToObj(i -> "\"c" + i + "\"").toList().toString();
        assertRefused("{" + URL + ", \"categories\": " + hundredAndOne + "}", "categories");

        assertThat(parse("{" + URL + ", \"categories\": [\"" + "c".repeat(500) + "\"]}", null).job().categories())
                .containsExactly("c".repeat(500));
        assertRefused("{" + URL + ", \"categories\": [\"" + "c".repeat(501) + "\"]}", "categories");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[3]", "[\"shoes\", null]", "[[\"shoes\"]]", "[\"sho\\u200Bes\"]", "[\"\"]"})
    void aCategoryThatIsNotPlainTextIsRefused(String categories) {
        assertRefused("{" + URL + ", \"categories\": " + categories + "}", "categories");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\": 7}                       | selectors.title",
            "{\"sku\": \"   \"}                   | selectors.sku",
            "{\"brand\": \"h1\\u0000\"}           | selectors.brand",
            "{\"image\": \"img:nth-child(\"}      | selectors.image",
            "{\"description\": \"div >\"}         | selectors.description"})
    void aSelectorThatIsNotOneValidCssSelectorIsRefusedNamingIt(String selectors, String field) {
        assertRefused("{" + URL + ", \"selectors\": " + selectors + "}", field);
    }

    @Test
    void aSelectorMayBeFiveHundredCharactersLong() {
        String longest = "div" + ".a".repeat(248) + "p";
        assertThat(longest).hasSize(500);
        assertThat(parse("{" + URL + ", \"selectors\": {\"title\": \"" + longest + "\"}}", null).job().selectors())
                .containsEntry("title", longest);
        assertRefused("{" + URL + ", \"selectors\": {\"title\": \"" + longest + "p\"}}", "selectors.title");
    }

    @Test
    void anUnknownProfileIsRefusedListingTheInstalledOnes() {
        ApiException refused = assertRefused("{" + URL + ", \"profile\": \"shopfiy\"}", "profile");

        assertThat(refused.getMessage()).contains("shopify", "woocommerce");
    }

    @Test
    void aWebhookIsKeptWithItsSecretAndAnnouncesTheJobsEndByDefault() {
        NewJob job = parse("{" + URL + ", \"webhook\": {\"url\": \"https://HOOKS.example/caravan?x=1\", \"secret\": \""
                + SECRET + "\"}}", null).job();

        assertThat(job.webhook()).isEqualTo(new NewJob.Webhook("https://hooks.example/caravan?x=1", SECRET,
                List.of(WebhookEvent.JOB_ENDED)));
        assertThat(job.webhook().toString()).doesNotContain(SECRET);
        assertThat(parse("{" + URL + ", \"webhook\": {\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET
                + "\", \"events\": [\"job.ended\"]}}", null).job().webhook().events()).containsExactly(WebhookEvent.JOB_ENDED);
        assertThat(parse("{" + URL + ", \"webhook\": null}", null).job().webhook()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[\"job.changes\"]                  | JOB_CHANGES",
            "[\"job.changes\", \"job.ended\"] | JOB_CHANGES, JOB_ENDED"})
    void aWebhookMayAskForTheJobsChangesAlongsideItsEndOrAlone(String events, String kept) {
        NewJob job = parse("{" + URL + ", \"webhook\": {\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET
                + "\", \"events\": " + events + "}}", null).job();

        assertThat(job.webhook().events()).containsExactly(Arrays.stream(kept.split(", "))
                .map(WebhookEvent::valueOf).toArray(WebhookEvent[]::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"https://hooks.example/\"                                                  | webhook",
            "{\"secret\": \"" + SECRET + "\"}                                          | webhook.url",
            "{\"url\": \"ftp://hooks.example/\", \"secret\": \"" + SECRET + "\"}   | webhook.url",
            "{\"url\": \"http://10.1.2.3/hook\", \"secret\": \"" + SECRET + "\"}   | webhook.url",
            "{\"url\": \"http://192.168.0.10/\", \"secret\": \"" + SECRET + "\"}   | webhook.url",
            "{\"url\": \"http://127.0.0.1:9/\", \"secret\": \"" + SECRET + "\"}    | webhook.url",
            "{\"url\": \"http://[::ffff:169.254.169.254]/\", \"secret\": \"" + SECRET + "\"} | webhook.url",
            "{\"url\": \"http://u:p@hooks.example/\", \"secret\": \"" + SECRET + "\"} | webhook.url",
            "{\"url\": \"https://hooks.example/\"}                                     | webhook.secret",
            "{\"url\": \"https://hooks.example/\", \"secret\": \"fifteen-chars!!\"} | webhook.secret",
            "{\"url\": \"https://hooks.example/\", \"secret\": 1234567890123456789}   | webhook.secret",
            "{\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET + "\", \"events\": []} | webhook.events",
            "{\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET + "\", \"events\": [\"job.started\"]} | webhook.events",
            "{\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET + "\", \"events\": [\"job.ended\", \"job.ended\"]} | webhook.events",
            "{\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET + "\", \"events\": \"job.ended\"} | webhook.events",
            "{\"url\": \"https://hooks.example/\", \"secret\": \"" + SECRET + "\", \"headers\": {}} | webhook.headers"})
    void aWebhookBreakingARuleIsRefusedNamingItsField(String webhook, String field) {
        assertRefused("{" + URL + ", \"webhook\": " + webhook + "}", field);
    }

    @Test
    void aWebhookToAnInternalAddressIsRefusedSayingWhy() {
        ApiException refused = assertRefused("{" + URL + ", \"webhook\": {\"url\": \"http://10.1.2.3/hook\", \"secret\": \""
                + SECRET + "\"}}", "webhook.url");

        assertThat(refused.getMessage()).contains("10.1.2.3", "private", "caravan.fetch.allowed-hosts");
    }

    @Test
    void theSecretIsPartOfTheRequestSoAKeyReusedWithAnotherSecretIsAnotherRequest() {
        String hooked = "{" + URL + ", \"webhook\": {\"url\": \"https://hooks.example/\", \"secret\": \"";

        assertThat(parse(hooked + SECRET + "\"}}", "k").requestHash())
                .isEqualTo(parse(hooked + SECRET + "\"}}", "k").requestHash())
                .isNotEqualTo(parse(hooked + SECRET + "x\"}}", "k").requestHash())
                .isNotEqualTo(parse("{" + URL + "}", "k").requestHash());
    }

    @Test
    void theIdempotencyKeyIsKeptWhenItIsOneToTwoHundredFiftyFiveVisibleAsciiCharacters() {
        assertThat(parse("{" + URL + "}", "k").idempotencyKey()).isEqualTo("k");
        assertThat(parse("{" + URL + "}", "k".repeat(255)).idempotencyKey()).hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "clé", "tab\there"})
    void anIdempotencyKeyWithNoOrInvisibleOrNonAsciiCharactersIsRefused(String key) {
        ApiException refused = catchRefusal(() -> parse("{" + URL + "}", key));

        assertThat(refused.getField()).isEqualTo("Idempotency-Key");
        assertThat(refused.getStatus()).isEqualTo(400);
    }

    @Test
    void theSameRequestHashesTheSameWhateverItsSpellingAndAnotherOneDifferently() {
        String hash = parse("{" + URL + ", \"maxPages\": 200}", "a").requestHash();

        assertThat(parse("{\"maxPages\": 200,   \"url\": \"http://SHOP.example/\"}", "b").requestHash()).isEqualTo(hash);
        assertThat(parse("{" + URL + "}", "a").requestHash()).as("the default is the same request").isEqualTo(hash);
        assertThat(parse("{" + URL + ", \"maxPages\": 201}", "a").requestHash()).isNotEqualTo(hash);
        assertThat(parse("{" + URL + ", \"priority\": \"high\"}", "a").requestHash()).isNotEqualTo(hash);
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWithoutNamingAField() {
        JobRequestParser small = new JobRequestParser(new ObjectMapper(),
                new HostGuard(List.of("shop.example"), InternalHosts.load()), profiles(), 40, DEFAULT_MAX_PAGES, MAX_PAGES_LIMIT);
        byte[] body = ("{" + URL + ", \"type\": \"product\"}").getBytes(StandardCharsets.UTF_8);

        ApiException refused = catchRefusal(() -> small.parse(body, null));

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getField()).isNull();
    }

    private Submission parse(String body, String idempotencyKey) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), idempotencyKey);
    }

    private ApiException assertRefused(String body, String field) {
        ApiException refused = catchRefusal(() -> parse(body, null));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getField()).as(refused.getMessage()).isEqualTo(field);
        assertThat(refused.getMessage()).isNotBlank();
        return refused;
    }

    private static ApiException catchRefusal(Runnable parse) {
        Throwable thrown = catchThrowable(parse::run);
        assertThat(thrown).isInstanceOf(ApiException.class);
        return (ApiException) thrown;
    }

    private static SiteProfiles profiles() {
        try {
            return new SiteProfiles("classpath:profiles/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
