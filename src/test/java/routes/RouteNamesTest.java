package routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import routes.model.RouteNames;

/**
 * The YAML routes and the Java they call agree on the names they share: every Caravan* header or
 * property a route uses is one of RouteNames, and every name there is still used by a route.
 */
class RouteNamesTest {

    private static final Path ROUTES = Path.of("src/main/resources/routes");
    private static final Pattern CARAVAN_NAME = Pattern.compile("\\bCaravan[A-Z]\\w*");

    @Test
    void everyCaravanNameInTheRoutesIsDefinedInRouteNames() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher names = CARAVAN_NAME.matcher(routesText());
        while (names.find()) {
            used.add(names.group());
        }

        assertThat(used).isNotEmpty().isSubsetOf(definedNames());
    }

    @Test
    void everyNameInRouteNamesIsUsedByARoute() throws IOException {
        String routes = routesText();

        assertThat(definedNames()).allSatisfy(name ->
                assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(routes).find())
                        .as("%s is used by a route file", name).isTrue());
    }

    private static Set<String> definedNames() {
        return Arrays.stream(RouteNames.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(RouteNamesTest::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String routesText() throws IOException {
        try (Stream<Path> files = Files.list(ROUTES)) {
            return files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
