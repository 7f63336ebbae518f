package caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import caravan.demo.DemoCatalog;
import caravan.demo.DemoShopServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at / and the Hawtio console, driven as a person would in headless Chromium:
 * submit through the form, follow the job to its end, read its products; see the Camel routes.
 * Skipped where Chromium is not installed, unless CARAVAN_REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
@ExtendWith(DashboardBrowserIT.NeedsChromium.class)
class DashboardBrowserIT extends CaravanIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String MISSING_BROWSER = "Chromium and chromedriver are needed at " + CHROMIUM + " and "
            + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";

    private WebDriver browser;

    /** Runs before @AfterEach closes the browser, so a failing test leaves a picture and the DOM of what it saw. */
    @RegisterExtension
    final AfterTestExecutionCallback keepThePageOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
        }
    };

    /**
     * Without Chromium the class is skipped with the reason, before the application context starts:
     * {@code mvn verify} needs only a JDK and Maven. CI sets CARAVAN_REQUIRE_BROWSER=1 to fail instead.
     */
    static class NeedsChromium implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (chromiumInstalled() || "1".equals(System.getenv("CARAVAN_REQUIRE_BROWSER"))) {
                return ConditionEvaluationResult.enabled("Chromium is installed, or required");
            }
            return ConditionEvaluationResult.disabled(MISSING_BROWSER
                    + "; browser tests skipped (set CARAVAN_REQUIRE_BROWSER=1 to fail instead)");
        }
    }

    @BeforeAll
    static void chromiumIsInstalled() {
        assertTrue(chromiumInstalled(), MISSING_BROWSER + "; CARAVAN_REQUIRE_BROWSER=1 makes that a failure");
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void startBrowser(@TempDir Path profile) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root and offline: no sandbox, and nothing that would wait on the blocked network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1100");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCrawlSubmittedFromTheDashboardIsFollowedToItsEndAndShowsItsProducts() throws IOException {
        browser.get(base() + "/");
        WebElement form = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("submit-form")));

        form.findElement(By.name("url")).sendKeys("not a url");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        By urlError = By.cssSelector(".field-error[data-field=url]");
        waitUntil(ExpectedConditions.textMatches(urlError, Pattern.compile("\\S")));
        assertThat(form.findElement(urlError).getText()).contains("not a valid URL");
        assertThat(form.findElement(By.name("url")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(form.findElements(By.cssSelector(".field-error:not([data-field=url])")))
                .allSatisfy(other -> assertThat(other.getText()).isEmpty());
        screenshot("01-submit-form-refused-url");

        WebElement url = form.findElement(By.name("url"));
        url.clear();
        url.sendKeys(shop.baseUrl());
        new Select(form.findElement(By.name("priority"))).selectByValue("urgent");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        waitUntil(ExpectedConditions.urlMatches("#/jobs/\\d+$"));
        long jobId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/jobs/", ""));
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("job-view")));
        // only the live event stream's progress snapshots fill the categories table
        waitUntil(Duration.ofSeconds(60),
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#categories-table tbody tr"), 0));
        screenshot("02-job-running");

        waitUntil(Duration.ofSeconds(120), ExpectedConditions.textToBe(By.cssSelector("#job-status .status"), "DONE"));
        waitUntil(ExpectedConditions.attributeToBe(By.id("job-progress"), "aria-valuenow", "100"));
        JsonNode job = json(get("/api/jobs/" + jobId));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        JsonNode counts = job.get("counts");
        // what the page shows is what the API says once the job has ended
        for (String count : List.of("categories", "pagesFetched", "productsStored", "pagesUnchanged", "failedTasks",
                "queuedTasks")) {
            waitUntil(ExpectedConditions.textToBe(By.cssSelector("#job-counters [data-count=" + count + "]"),
                    counts.get(count).asText()));
        }
        assertThat(counts.get("productsStored").asLong()).isPositive();
        assertThat(counts.get("failedTasks").asLong()).as("the shop's failing pages").isPositive();
        assertThat(browser.findElements(By.cssSelector("#categories-table tbody tr")))
                .hasSize(counts.get("categories").asInt());

        List<WebElement> products = waitUntil(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#products-table tbody tr"), 0));
        assertThat(products).allSatisfy(product -> {
            assertThat(product.findElement(By.cssSelector("td:first-child a")).getText()).isNotBlank();
            assertThat(product.findElements(By.cssSelector("ul.categories li"))).isNotEmpty();
        });
        // the list reloaded when the job ended counts every stored product
        waitUntil(ExpectedConditions.textMatches(By.cssSelector("#products-pager .pager-position"),
                Pattern.compile("\\(" + counts.get("productsStored").asText() + "\\)")));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#dead-letters-table tbody tr"),
                counts.get("failedTasks").asInt()));
        // its end, followed by what changed since the site's previous job if there was one
        waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='job-history']/li[strong='job_status' and span='DONE']")));
        screenshot("03-job-done-with-products");
        scrollTo(browser.findElement(By.id("dead-letters-table")));
        screenshot("04-job-dead-letters");
    }

    @Test
    void theQueueViewShowsWhatTheWorkersRunAndWhatTheQueueStatsSay() throws IOException {
        browser.get(base() + "/#/queue");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("queue-view")));
        queueViewAgreesWithTheApi();

        // a shop whose product pages take 800 ms: its tasks are in flight long enough to be seen
        DemoShopServer slow = new DemoShopServer(DemoCatalog.generate(24), FIXTURE_SHOP_HOSTS.get(8), 0, 0, 800);
        slow.start();
        try {
            long id = submit("{\"url\": \"" + slow.baseUrl() + "/\"}");
            // the page follows by itself, without being reloaded: a worker lists a page of that shop, of that job
            waitUntil(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table[@id='workers-table']"
                    + "//ul[@class='tasks']/li[a[starts-with(@href, '" + slow.baseUrl() + "/')]]"
                    + "/a[@href='#/jobs/" + id + "' and normalize-space()='job " + id + "']")));
            screenshot("05-queue-and-workers-busy");
            assertThat(awaitJobEnded(id, Duration.ofSeconds(60)).get("status").asText()).isEqualTo("DONE");
        } finally {
            slow.stop();
        }

        JsonNode stats = queueViewAgreesWithTheApi();
        assertThat(stats.get("liveWorkers").asInt()).isPositive();
        assertThat(browser.findElements(By.cssSelector("#throughput-chart rect.bar"))).hasSize(60)
                .anySatisfy(bar -> assertThat(Long.parseLong(bar.getDomAttribute("data-value"))).isPositive());
        assertThat(browser.findElement(By.cssSelector("#throughput-chart figcaption")).getText())
                .matches(sum(stats.get("finishedPerMinute")) + " tasks? finished in the last hour.*");
        // the queue by host: the summary names ready and waiting hosts
        assertThat(browser.findElement(By.id("hosts-summary")).getText())
                .matches(stats.at("/hosts/readyHosts").asText() + " ready .*waiting on politeness.*");
        screenshot("06-queue-and-workers");
    }

    /**
     * Waits until the queue view shows what GET /api/queue/stats says, and returns that. Its figures
     * move (a minute ends, a worker beats), so page and API are read again until they agree.
     */
    private JsonNode queueViewAgreesWithTheApi() {
        return waitUntil(driver -> {
            JsonNode now = json(get("/api/queue/stats"));
            return shownQueueStats().equals(queueStatsOf(now)) ? now : null;
        });
    }

    /**
     * The queue view's figures, chart bars and workers, as the page shows them: read in one script,
     * since every refresh replaces the elements.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> shownQueueStats() {
        return new TreeMap<>((Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const shown = {};
                for (const figure of document.querySelectorAll('#queue-counters [data-stat]')) {
                  shown[figure.dataset.stat] = figure.textContent;
                }
                shown.finishedPerMinute = [...document.querySelectorAll('#throughput-chart rect.bar')]
                  .map((bar) => bar.dataset.value);
                shown.workers = [...document.querySelectorAll('#workers-table tbody tr td:first-child')]
                  .map((cell) => cell.textContent);
                return shown;
                """));
    }

    /** The same figures from GET /api/queue/stats. */
    private static Map<String, Object> queueStatsOf(JsonNode stats) {
        Map<String, Object> figures = new TreeMap<>();
        stats.get("ready").properties()
                .forEach(ready -> figures.put("ready." + ready.getKey(), ready.getValue().asText()));
        for (String figure : List.of("leased", "delayed", "deadLetters", "tasksPerMinute", "liveWorkers",
                "strandedTasks", "reofferedTasks")) {
            figures.put(figure, stats.get(figure).asText());
        }
        List<String> perMinute = new ArrayList<>();
        stats.get("finishedPerMinute").forEach(count -> perMinute.add(count.asText()));
        figures.put("finishedPerMinute", perMinute);
        List<String> workers = new ArrayList<>();
        stats.get("workers").forEach(worker -> workers.add(worker.get("id").asText()));
        workers.sort(null);
        figures.put("workers", workers);
        return figures;
    }

    private static long sum(JsonNode numbers) {
        long sum = 0;
        for (JsonNode number : numbers) {
            sum += number.asLong();
        }
        return sum;
    }

    @Test
    void aScheduleIsCreatedThroughTheFormShowsItsNextRunsAndIsPausedAndDeleted() throws IOException {
        browser.get(base() + "/#/schedules");
        WebElement form = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("schedule-form")));
        String name = "demo shop every morning";
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.name("job.url")).sendKeys(shop.baseUrl() + "/");
        new Select(form.findElement(By.name("job.priority"))).selectByValue("low");
        form.findElement(By.name("job.maxPages")).sendKeys("20");

        // an interval under a minute is refused next to the interval field, the cron fields out of view
        new Select(form.findElement(By.name("repeat"))).selectByValue("interval");
        WebElement cron = form.findElement(By.name("cron"));
        assertThat(cron.isDisplayed()).isFalse();
        form.findElement(By.name("interval")).sendKeys("PT30S");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.textMatches(By.cssSelector(".field-error[data-field=interval]"),
                Pattern.compile("\\S")));
        assertThat(form.findElement(By.name("interval")).getDomAttribute("aria-invalid")).isEqualTo("true");

        new Select(form.findElement(By.name("repeat"))).selectByValue("cron");
        assertThat(form.findElement(By.name("interval")).isDisplayed()).isFalse();
        cron.sendKeys("every morning");
        WebElement timeZone = form.findElement(By.name("timeZone"));
        timeZone.clear();
        timeZone.sendKeys("Europe/Berlin");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // refused: the message stands next to the cron field, and nothing was stored
        By cronError = By.cssSelector(".field-error[data-field=cron]");
        waitUntil(ExpectedConditions.textMatches(cronError, Pattern.compile("\\S")));
        assertThat(cron.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(form.findElements(By.cssSelector(".field-error:not([data-field=cron])")))
                .allSatisfy(other -> assertThat(other.getText()).isEmpty());
        assertThat(schedulesNamed(name)).isEmpty();
        screenshot("07-schedule-form-refused-cron");

        cron.clear();
        cron.sendKeys("0 6 * * *");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlMatches("#/schedules/\\d+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/schedules/", ""));
        JsonNode schedule = json(get("/api/schedules/" + id));
        assertThat(schedule.get("name").asText()).isEqualTo(name);
        assertThat(schedule.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(schedule.at("/job/priority").asText()).isEqualTo("low");
        assertThat(schedule.at("/job/maxPages").asInt()).isEqualTo(20);

        // its next runs, each at 06:00 in Berlin, shown in the browser's own time zone
        List<String> nextRuns = new ArrayList<>();
        schedule.get("nextFireTimes").forEach(time -> nextRuns.add(time.asText()));
        assertThat(nextRuns).isNotEmpty().allSatisfy(time -> assertThat(
                Instant.parse(time).atZone(ZoneId.of("Europe/Berlin")).toLocalTime()).isEqualTo(LocalTime.of(6, 0)));
        Object inTheBrowsersZone = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].map((time) => new Date(time).toLocaleString())", nextRuns);
        waitUntil(driver -> texts(By.cssSelector("#schedule-next-runs li time")).equals(inTheBrowsersZone));
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("#schedule-state .status"), "ACTIVE"));
        screenshot("08-schedule-next-runs");

        browser.findElement(By.id("schedule-pause")).click();
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("#schedule-state .status"), "PAUSED"));
        assertThat(json(get("/api/schedules/" + id)).get("paused").asBoolean()).isTrue();
        assertThat(browser.findElement(By.id("schedule-resume")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("schedule-pause")).isDisplayed()).isFalse();

        // the list shows it paused; deleting it there (after the confirmation) removes it
        browser.findElement(By.linkText("← all schedules")).click();
        By listed = By.xpath("//table[@id='schedules-table']//tr[td/a[normalize-space()='" + name + "']]");
        WebElement row = waitUntil(ExpectedConditions.visibilityOfElementLocated(listed));
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("PAUSED");
        screenshot("09-schedules-list");
        row.findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        waitUntil(ExpectedConditions.alertIsPresent()).accept();
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(listed));
        assertThat(get("/api/schedules/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aProductCrawledTwiceWithAChangedPriceShowsBothPricesInItsHistoryChart() throws IOException {
        AtomicReference<String> price = new AtomicReference<>("19.99");
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", SPARE_SITE_PORT), 0);
        site.createContext("/", exchange -> {
            byte[] page = kettlePage(price.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            boolean kettle = exchange.getRequestURI().getPath().equals("/p/kettle");
            exchange.sendResponseHeaders(kettle ? 200 : 404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        try {
            String job = "{\"url\": \"http://127.0.0.1:" + SPARE_SITE_PORT + "/p/kettle\", \"type\": \"product\"}";
            assertThat(awaitJobEnded(submit(job), Duration.ofSeconds(30)).get("status").asText()).isEqualTo("DONE");
            price.set("24.50");
            long second = submit(job);
            assertThat(awaitJobEnded(second, Duration.ofSeconds(30)).get("status").asText()).isEqualTo("DONE");

            // the second job's page names the change and links the product to its history
            browser.get(base() + "/#/jobs/" + second);
            WebElement change = waitUntil(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#changes-table tbody tr")));
            assertThat(change.findElement(By.cssSelector("td:first-child")).getText()).isEqualTo("price up");
            assertThat(browser.findElement(By.cssSelector("#changes-filter [data-change-count=priceUp]")).getText())
                    .isEqualTo("1");
            screenshot("10-job-changes");
            // one kind at a time: there was no new product
            browser.findElement(By.cssSelector("#changes-filter [data-change=new]")).click();
            By firstCell = By.cssSelector("#changes-table tbody tr td");
            waitUntil(ExpectedConditions.textToBe(firstCell, "No changes of this kind"));
            browser.findElement(By.cssSelector("#changes-filter [data-change=price_up]")).click();
            waitUntil(ExpectedConditions.textToBe(firstCell, "price up"));
            assertThat(browser.findElements(By.cssSelector("#changes-table tbody tr"))).hasSize(1);
            waitUntil(ExpectedConditions.elementToBeClickable(By.linkText("price history"))).click();
            waitUntil(ExpectedConditions.urlMatches("#/products/\\d+$"));
            long productId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*#/products/", ""));

            JsonNode observations = json(get("/api/products/" + productId + "/history")).get("observations");
            assertThat(observations).hasSize(2);
            List<WebElement> points = waitUntil(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#price-chart circle.price-point"), 2));
            assertThat(points).extracting(point -> new BigDecimal(point.getDomAttribute("data-price")))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("19.99"), new BigDecimal("24.50"));
            // later to the right, and the higher price higher up
            assertThat(Double.parseDouble(points.get(1).getDomAttribute("cx")))
                    .isGreaterThan(Double.parseDouble(points.get(0).getDomAttribute("cx")));
            assertThat(Double.parseDouble(points.get(1).getDomAttribute("cy")))
                    .isLessThan(Double.parseDouble(points.get(0).getDomAttribute("cy")));
            assertThat(browser.findElements(By.cssSelector("#observations-table tbody tr"))).hasSize(2);
            screenshot("11-product-price-history");
        } finally {
            site.stop(0);
        }
    }

    /** A product page as a shop's template renders it, with the price given. */
    private static String kettlePage(String price) {
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>Copper kettle</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product",
                  "name": "Copper kettle", "sku": "KETTLE-1", "offers": {"@type": "Offer", "price": "%s",
                  "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}}</script>
                </head><body><h1>Copper kettle</h1><span class="price">%s €</span></body></html>
                """.formatted(price, price);
    }

    private List<JsonNode> schedulesNamed(String name) {
        List<JsonNode> named = new ArrayList<>();
        json(get("/api/schedules?size=200")).get("items").forEach(schedule -> {
            if (schedule.get("name").asText().equals(name)) {
                named.add(schedule);
            }
        });
        return named;
    }

    private List<String> texts(By elements) {
        return browser.findElements(elements).stream().map(WebElement::getText).toList();
    }

    @Test
    void hawtioListsTheCamelRoutes() throws IOException {
        browser.get(base() + "/actuator/hawtio/");
        // the Camel plugin's tree (context > routes > each route), read over /actuator/jolokia
        waitUntil(Duration.ofSeconds(60), ExpectedConditions.elementToBeClickable(treeNode("routes"))).click();
        By routesTab = By.xpath("//nav[@aria-label='Camel Nav']//a[normalize-space()='Routes']");
        waitUntil(ExpectedConditions.elementToBeClickable(routesTab)).click();
        waitUntil(ExpectedConditions.attributeToBe(routesTab, "aria-current", "page"));
        WebElement taskDispatch = waitUntil(ExpectedConditions.visibilityOfElementLocated(routeRow("task-dispatch")));
        assertThat(taskDispatch.findElement(By.cssSelector("td[data-label=State]")).getText()).isEqualTo("Started");
        assertThat(browser.findElements(routeRow("submit-job"))).hasSize(1);
        scrollTo(taskDispatch);
        screenshot("12-hawtio-camel-routes");
    }

    private static By treeNode(String text) {
        return By.xpath("//button[contains(@class,'tree-view__node-text') and normalize-space()='" + text + "']");
    }

    /** A row of the Routes tab's table, by the route's id. */
    private static By routeRow(String routeId) {
        return By.xpath("//table//tr[td[@data-label='Name' and normalize-space()='" + routeId + "']]");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private <T> T waitUntil(ExpectedCondition<T> condition) {
        return waitUntil(Duration.ofSeconds(30), condition);
    }

    private <T> T waitUntil(Duration atMost, ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, atMost).until(condition);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private void screenshot(String name) throws IOException {
        Path file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
