import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Product pages parsed per second on one thread (one core), by whichever ProductParser the jar on
 * the class path holds: the parser is found by reflection, so the same harness measures a build
 * from before a change and one after. Run by bench/parse.sh.
 *
 *   ParseBench <pages dir> <seconds>
 */
public final class ParseBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        List<String[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            // the demo shop's product pages have no extension; the extraction fixtures end in .html
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().matches(".*\\.(json|md|xml|txt)$"))
                    .sorted().toList()) {
                pages.add(new String[] {"http://127.0.0.1:8099/" + dir.relativize(file), Files.readString(file, StandardCharsets.UTF_8)});
            }
        }
        Object json = Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getConstructor().newInstance();
        Class<?> parserType = Class.forName("routes.parse.ProductParser");
        Object parser = null;
        for (Constructor<?> constructor : parserType.getConstructors()) {
            Class<?>[] types = constructor.getParameterTypes();
            Object[] arguments = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                arguments[i] = types[i].isInstance(json) ? json : types[i].getConstructor().newInstance();
            }
            parser = constructor.newInstance(arguments);
        }
        Method parse = parserType.getMethod("parse", String.class, String.class, Map.class);

        run(parser, parse, pages, seconds / 3); // warm-up: JIT
        long[] result = run(parser, parse, pages, seconds);
        double elapsed = result[1] / 1e9;
        System.out.printf("pages=%d parsed=%d not_products=%d seconds=%.2f pages_per_s=%.1f%n",
                pages.size(), result[0], result[2], elapsed, result[0] / elapsed);
    }

    /** @return {pages parsed, nanoseconds, pages refused as not a product} */
    private static long[] run(Object parser, Method parse, List<String[]> pages, double seconds) throws Exception {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long parsed = 0;
        long refused = 0;
        while (System.nanoTime() < deadline) {
            for (String[] page : pages) {
                try {
                    parse.invoke(parser, page[1], page[0], Map.of());
                } catch (InvocationTargetException e) {
                    if (!e.getCause().getClass().getSimpleName().equals("NotAProductException")) {
                        throw e;
                    }
                    refused++;
                }
                parsed++;
            }
        }
        return new long[] {parsed, System.nanoTime() - start, refused};
    }
}
