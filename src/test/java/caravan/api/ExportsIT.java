package caravan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

import caravan.CaravanIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * GET /api/jobs/{id}/products and /changes as JSON Lines and CSV over real HTTP: every product
 * (change) of the job once, as its JSON pages show it, with the filters applied; streamed from a
 * cursor that is let go of when the client goes away or fails.
 */
class ExportsIT extends CaravanIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The products query, as pg_stat_activity shows it (its first 1024 bytes). */
    private static final String PRODUCTS_QUERY = "%WITH found AS%";
    private static long crawledJob;

    @Test
    void jsonLinesHoldEveryProductOnceExactlyAsTheJsonPagesShowIt() throws IOException {
        long job = crawledJob();
        List<JsonNode> paged = allPages(job, "");

        HttpResponse<String> export = send(job, "", "application/x-ndjson");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        assertThat(export.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(paged.size()));
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"job-" + job + "-products.jsonl\"");
        assertThat(export.body()).endsWith("\n");
        assertThat(lines(export.body())).hasSizeGreaterThan(200).containsExactlyElementsOf(paged);
    }

    @Test
    void csvHasOneRecordPerProductWithItsFlatFields() throws IOException {
        long job = crawledJob();
        List<JsonNode> paged = allPages(job, "");

        HttpResponse<String> export = send(job, "format=csv", null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"job-" + job + "-products.csv\"");
        assertThat(export.body()).startsWith("url,sku,title,price,listPrice,lowPrice,highPrice,currency,availability,"
                + "brand,gtin,mpn,categories,images,variants,description\r\n");
        List<Map<String, String>> records = records(export.body());
        assertThat(records).extracting(r -> r.get("url"))
                .containsExactlyElementsOf(paged.stream().map(p -> p.get("url").asText()).toList())
                .doesNotHaveDuplicates();
        for (int i = 0; i < paged.size(); i++) {
            JsonNode product = paged.get(i);
            Map<String, String> record = records.get(i);
            assertThat(record.get("title")).isEqualTo(product.get("title").asText());
            assertThat(record.get("sku")).isEqualTo(text(product.get("sku")));
            assertThat(new BigDecimal(record.get("price"))).isEqualByComparingTo(product.get("price").decimalValue());
            assertThat(record.get("currency")).isEqualTo(product.get("currency").asText());
            assertThat(record.get("availability")).isEqualTo(product.get("availability").asText());
            assertThat(record.get("categories")).isEqualTo(String.join("|",
                    StreamSupport.stream(product.get("categories").spliterator(), false).map(c -> c.get("path").asText()).toList()));
            assertThat(record.get("images")).isEqualTo(String.join("|",
                    StreamSupport.stream(product.get("images").spliterator(), false).map(JsonNode::asText).toList()));
            assertThat(record.get("variants")).isEqualTo(String.valueOf(product.get("variants").size()));
            assertThat(record.get("description")).isEqualTo(text(product.get("description")));
        }
    }

    @Test
    void theFiltersApplyToTheExportAndPageAndSizeDoNot() throws IOException {
        long job = crawledJob();
        String filters = "availability=InStock&minPrice=20&maxPrice=150";
        List<JsonNode> filtered = allPages(job, filters);
        assertThat(filtered).isNotEmpty().hasSizeLessThan(allPages(job, "").size());

        HttpResponse<String> jsonLines = send(job, filters + "&format=jsonl&page=3&size=1", "text/csv");
        HttpResponse<String> csv = send(job, filters + "&page=1&size=5", "text/csv;q=0.9, application/json;q=0.1");

        assertThat(lines(jsonLines.body())).containsExactlyElementsOf(filtered);
        assertThat(jsonLines.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(filtered.size()));
        assertThat(records(csv.body())).extracting(r -> r.get("url"))
                .containsExactlyElementsOf(filtered.stream().map(p -> p.get("url").asText()).toList());
    }

    @Test
    void theJsonPageStaysTheDefaultAndTheFormatParameterWinsOverAccept() {
        long job = crawledJob();

        for (HttpResponse<String> page : List.of(send(job, "size=3", null), send(job, "size=3", "*/*"),
                send(job, "size=3&format=json", "text/csv"))) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(json(page).get("items")).hasSize(3);
        }
        assertThat(send(job, "", "application/jsonl").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
    }

    @Test
    void anUnknownJobIsA404AndAnUnknownFormatA400NamingIt() {
        HttpResponse<String> unknownJob = send(987_654_321L, "format=csv", null);
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(unknownJob.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(unknownJob).get("status").asInt()).isEqualTo(404);

        HttpResponse<String> badFormat = send(crawledJob(), "format=xml", "text/csv");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(json(badFormat).get("field").asText()).isEqualTo("format");
    }

    @Test
    void aLargeExportStreamsFromAnOpenCursorAndLetsGoOfItWhenTheClientGoesAway() throws Exception {
        int count = 50_000;
        long job = jobOfInsertedProducts(count);
        HttpRequest request = HttpRequest.newBuilder(uri(job, "format=jsonl")).GET().build();

        HttpResponse<InputStream> export = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader body = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
            assertThat(JSON.readTree(body.readLine()).get("url").asText()).endsWith("/" + job + "/1");
            // the first lines are here while the rest is still in PostgreSQL, read through an open cursor
            assertThat(exportsReading()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> exportsReading() == 0);

        HttpResponse<InputStream> whole = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(whole.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(count));
        try (BufferedReader body = new BufferedReader(new InputStreamReader(whole.body(), StandardCharsets.UTF_8))) {
            assertThat(body.lines().count()).isEqualTo(count);
        }
        assertThat(exportsReading()).isZero();
    }

    @Test
    void aFailureMidStreamEndsTheBodyShortOfItsTotalCountInsteadOfHanging() throws Exception {
        int count = 50_000;
        long job = jobOfInsertedProducts(count);
        HttpRequest request = HttpRequest.newBuilder(uri(job, "format=jsonl")).GET().build();

        HttpResponse<InputStream> export = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(count));
        long read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (BufferedReader body = new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
                long lines = body.readLine() == null ? 0 : 1;
                // PostgreSQL ends the export's session while its cursor still has rows to give
                assertThat(jdbc.queryForObject("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE query LIKE ? AND state <> 'idle'", Integer.class, PRODUCTS_QUERY)).isEqualTo(1);
                try {
                    while (body.readLine() != null) {
                        lines++;
                    }
                } catch (IOException cut) {
                    // a body cut short may also end this way
                }
                return lines;
            }
        });
        assertThat(read).isPositive().isLessThan(count);
        await().atMost(Duration.ofSeconds(10)).until(() -> exportsReading() == 0);
        // the next export gets a connection of its own, and all of its rows
        assertThat(lines(send(job, "format=jsonl", null).body())).hasSize(count);
    }

    @Test
    void aJobsChangesExportAsTheirPagesListThemOfOneKindOrAll() throws IOException {
        long job = jobOfInsertedProducts(450);
        // what a job's end records (routes.history.JobChangeRecorder): kinds in turn, old and new values
        jdbc.update("""
                INSERT INTO job_change (job_id, product_id, change, old_value, new_value)
                SELECT job_id, product_id, (ARRAY['new', 'gone', 'price_up', 'price_down', 'availability'])[n % 5 + 1],
                       CASE WHEN n % 5 > 1 THEN 'old, "' || n || '"' END, CASE WHEN n % 5 > 1 THEN 'new' || n END
                FROM (SELECT job_id, product_id, row_number() OVER (ORDER BY id) AS n FROM crawl_task WHERE job_id = ?) t
                """, job);
        List<JsonNode> paged = allChangePages(job, "");
        assertThat(paged).hasSize(450);

        HttpResponse<String> jsonLines = sendTo("/api/jobs/" + job + "/changes?format=jsonl", null);
        HttpResponse<String> csv = sendTo("/api/jobs/" + job + "/changes?page=2", "text/csv");
        HttpResponse<String> priceUps = sendTo("/api/jobs/" + job + "/changes?change=price_up", "application/x-ndjson");

        assertThat(lines(jsonLines.body())).containsExactlyElementsOf(paged);
        assertThat(jsonLines.headers().firstValue("X-Total-Count")).hasValue("450");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"job-" + job + "-changes.csv\"");
        List<Map<String, String>> records = records(csv.body());
        assertThat(records).hasSize(450);
        for (int i = 0; i < paged.size(); i++) {
            JsonNode change = paged.get(i);
            assertThat(records.get(i)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "productId", change.get("productId").asText(), "url", change.get("url").asText(),
                    "title", change.get("title").asText(), "change", change.get("change").asText(),
                    "old", text(change.get("old")), "new", text(change.get("new"))));
        }
        assertThat(lines(priceUps.body())).containsExactlyElementsOf(allChangePages(job, "change=price_up"))
                .hasSize(90);
        assertThat(sendTo("/api/jobs/987654321/changes?format=csv", null).statusCode()).isEqualTo(404);
        assertThat(json(sendTo("/api/jobs/" + job + "/changes?format=yaml", null)).get("field").asText())
                .isEqualTo("format");
    }

    private List<JsonNode> allChangePages(long job, String filters) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode got = json(get("/api/jobs/" + job + "/changes?size=200&page=" + page + "&" + filters)).get("items");
            if (got.isEmpty()) {
                return items;
            }
            got.forEach(items::add);
        }
    }

    /**
     * Sessions holding an export's cursor open: idle in its transaction between two fetches, or
     * fetching (a page's read of the same query is done, idle, once it has answered).
     */
    private int exportsReading() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE query LIKE ? AND state <> 'idle'",
                Integer.class, PRODUCTS_QUERY);
    }

    /** A job that found {@code count} products, inserted as a crawl would have stored them. */
    private long jobOfInsertedProducts(int count) {
        String site = "http://export.test";
        long job = jdbc.queryForObject("""
                INSERT INTO crawl_job (url, site, type, priority, max_pages, status, request_hash)
                VALUES (?, ?, 'full_site', 'normal', 1, 'DONE', 'export-test') RETURNING id
                """, Long.class, site + "/", site);
        jdbc.update("""
                INSERT INTO product (url, site, title, price, currency, sku, availability, images, description)
                SELECT ? || '/p/' || ? || '/' || n, ?, 'Product ' || n || ', "quoted"', n % 500 + 0.99, 'EUR', 'SKU-' || n,
                       'InStock', ARRAY[? || '/i/' || n || '.jpg'], 'Line one' || chr(10) || 'line two'
                FROM generate_series(1, ?) n
                """, site, job, site, site, count);
        jdbc.update("""
                INSERT INTO crawl_task (job_id, kind, url, status, product_id)
                SELECT ?, 'product', url, 'DONE', id FROM product WHERE url LIKE ? ORDER BY id
                """, job, site + "/p/" + job + "/%");
        return job;
    }

    private synchronized long crawledJob() {
        if (crawledJob == 0) {
            long id = submit("{\"url\": \"" + shop.baseUrl() + "/\", \"type\": \"full_site\"}");
            assertThat(awaitJobEnded(id, Duration.ofSeconds(120)).get("status").asText()).isEqualTo("DONE");
            crawledJob = id;
        }
        return crawledJob;
    }

    private List<JsonNode> allPages(long job, String filters) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode got = json(get("/api/jobs/" + job + "/products?size=200&page=" + page + "&" + filters)).get("items");
            if (got.isEmpty()) {
                return items;
            }
            got.forEach(items::add);
        }
    }

    private static List<JsonNode> lines(String body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static List<Map<String, String>> records(String body) throws IOException {
        try (MappingIterator<Map<String, String>> records = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return records.readAll();
        }
    }

    /** A JSON field as CSV writes it: null is an empty field. */
    private static String text(JsonNode field) {
        return field == null || field.isNull() ? "" : field.asText();
    }

    private HttpResponse<String> send(long job, String query, String accept) {
        return sendTo("/api/jobs/" + job + "/products?" + query, accept);
    }

    private HttpResponse<String> sendTo(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(long job, String query) {
        return URI.create("http://127.0.0.1:" + port + "/api/jobs/" + job + "/products?" + query);
    }
}
