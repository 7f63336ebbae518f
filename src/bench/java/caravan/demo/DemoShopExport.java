package caravan.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every page of a generated shop to a directory, so a static web server (nginx in the
 * benchmarks) can serve exactly what {@link DemoShopServer} serves, without a JVM of its own.
 *
 * <p>Layout, one file per URL the shop links to (a server maps URLs to it; see bench/shop/serve.sh):
 * <ul>
 *   <li>{@code /} → {@code index.html}; {@code /robots.txt}, {@code /sitemap.xml} as is</li>
 *   <li>{@code /p/<id>-<slug>} → {@code p/<id>-<slug>} (no extension: served as HTML)</li>
 *   <li>{@code /c/<path>} and {@code /brands/<name>} → {@code <url path>/index.html} (page 1) and
 *       {@code <url path>/page-<n>.html} for {@code ?page=<n>}, n = 1..last</li>
 *   <li>{@code 404.html}: the body DemoShopServer answers for an unknown URL</li>
 * </ul>
 * Pages embed absolute URLs (sitemap, robots.txt, JSON-LD images), so the base URL is an argument.
 *
 * <p>{@code --products 10000 --base-url http://127.0.0.1:8099 --out /tmp/shop}
 */
public final class DemoShopExport {

    private DemoShopExport() {
    }

    /** Writes the pages; returns how many files were written. */
    public static int export(DemoCatalog catalog, String baseUrl, Path out) throws IOException {
        DemoShopPages pages = new DemoShopPages(catalog, baseUrl);
        int files = 0;
        files += write(out.resolve("index.html"), pages.home());
        files += write(out.resolve("robots.txt"), pages.robots());
        files += write(out.resolve("sitemap.xml"), pages.sitemap());
        files += write(out.resolve("404.html"), "<h1>Not found</h1>");
        for (DemoCategory category : catalog.categories()) {
            Path dir = out.resolve(category.urlPath().substring(1));
            int last = catalog.listingPageCount(category);
            for (int number = 1; number <= last; number++) {
                String html = pages.listing(category, number).orElseThrow();
                files += write(dir.resolve("page-" + number + ".html"), html);
                if (number == 1) {
                    files += write(dir.resolve("index.html"), html);
                }
            }
        }
        Path productDir = Files.createDirectories(out.resolve("p"));
        for (DemoProduct product : catalog.products()) {
            files += write(productDir.resolve(product.urlPath().substring("/p/".length())), pages.product(product));
        }
        return files;
    }

    private static int write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return 1;
    }

    public static void main(String[] args) throws IOException {
        int products = 10_000;
        String baseUrl = "http://127.0.0.1:8099";
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--products" -> products = Integer.parseInt(args[i + 1]);
                case "--base-url" -> baseUrl = args[i + 1].replaceAll("/+$", "");
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        int files = export(DemoCatalog.generate(products), baseUrl, out);
        System.out.println("Wrote " + files + " files for " + products + " products (" + baseUrl + ") to " + out);
    }
}
