package routes.price;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** The local currency names CLDR lacks, from price/currency-aliases.yaml. */
record CurrencyAliases(Map<String, List<String>> names, Map<String, String> defaults, Set<String> decidedByLanguage) {

    private static final String RESOURCE = "/price/currency-aliases.yaml";

    static CurrencyAliases load() {
        try (InputStream in = CurrencyAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Object> yaml = new Yaml().load(in);
            return from(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static CurrencyAliases from(Map<String, Object> yaml) {
        Map<String, List<String>> names = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        ((Map<Object, Object>) yaml.get("names")).forEach((name, value) -> {
            String sign = String.valueOf(name);
            if (value instanceof List<?> codes) {
                names.put(sign, codes.stream().map(String::valueOf).map(CurrencyAliases::known).toList());
            } else {
                String code = known(String.valueOf(value));
                names.put(sign, List.of(code));
                defaults.put(sign, code);
            }
        });
        Set<String> decidedByLanguage = Set.copyOf((List<String>) yaml.get("decided-by-language"));
        return new CurrencyAliases(Map.copyOf(names), Map.copyOf(defaults), decidedByLanguage);
    }

    /** A typo in the alias file should stop the start, not quietly mean nothing. */
    private static String known(String code) {
        if (!IsoCodes.isKnown(code)) {
            throw new IllegalStateException(RESOURCE + " names an unknown currency code: " + code);
        }
        return code;
    }
}
