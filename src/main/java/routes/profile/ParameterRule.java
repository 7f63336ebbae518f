package routes.profile;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A query parameter name as a profile lists it: literal, or with "*" matching any run of characters. */
record ParameterRule(String glob, Pattern pattern) {

    static ParameterRule of(String glob) {
        return new ParameterRule(glob, Pattern.compile(Arrays.stream(glob.split("\\*", -1))
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part)).collect(Collectors.joining(".*"))));
    }

    boolean matches(String name) {
        return pattern.matcher(name).matches();
    }
}
