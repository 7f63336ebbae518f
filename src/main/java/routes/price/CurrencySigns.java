package routes.price;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every way a currency is written that a price text may contain — ISO code, CLDR symbol, local name — and the
 * currencies each may mean. Built once from the JDK, CLDR and the alias file; read-only afterwards.
 */
final class CurrencySigns {

    private final Map<String, Set<String>> candidates;
    private final Map<String, String> defaults;
    private final Set<String> decidedByLanguage;
    private final int longest;

    private CurrencySigns(Map<String, Set<String>> candidates, Map<String, String> defaults,
                          Set<String> decidedByLanguage) {
        this.candidates = candidates;
        this.defaults = defaults;
        this.decidedByLanguage = decidedByLanguage;
        this.longest = candidates.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static CurrencySigns load() {
        Map<String, Set<String>> candidates = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        IsoCodes.all().forEach(code -> add(candidates, code, code));
        CldrSymbols.collect((sign, code) -> add(candidates, sign, code));
        defaults.putAll(CldrSymbols.englishDefaults(candidates));
        CurrencyAliases aliases = CurrencyAliases.load();
        aliases.names().forEach((name, codes) -> codes.forEach(code -> add(candidates, name, code)));
        defaults.putAll(aliases.defaults());
        inheritAcrossTrailingDot(candidates);
        candidates.replaceAll((sign, codes) -> Set.copyOf(codes));
        return new CurrencySigns(Map.copyOf(candidates), Map.copyOf(defaults), aliases.decidedByLanguage());
    }

    /** "Rs." and "Rs", "kr." and "kr", "грн." and "грн" name the same currencies: a trailing dot only abbreviates. */
    private static void inheritAcrossTrailingDot(Map<String, Set<String>> candidates) {
        candidates.forEach((sign, codes) -> {
            if (sign.length() > 1 && sign.endsWith(".")) {
                codes.addAll(candidates.getOrDefault(sign.substring(0, sign.length() - 1), Set.of()));
            }
        });
    }

    private static void add(Map<String, Set<String>> candidates, String sign, String code) {
        candidates.computeIfAbsent(sign, s -> new TreeSet<>()).add(code);
    }

    /** The currencies the sign may mean; empty when it is not a currency sign. */
    Set<String> candidates(String sign) {
        return candidates.getOrDefault(sign, Set.of());
    }

    /** What an ambiguous sign means when nothing on the page settles it, or null when it stays ambiguous. */
    String defaultFor(String sign) {
        return defaults.get(sign);
    }

    boolean decidedByLanguage(String sign) {
        return decidedByLanguage.contains(sign);
    }

    int longestSign() {
        return longest;
    }
}
