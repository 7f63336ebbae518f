package routes.structured;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The RDFa vocabulary and prefixes in force at an element ({@code vocab}, {@code prefix}), and terms and CURIEs
 * ({@code name}, {@code schema:price}) resolved with them. {@code schema:} is predefined, as in RDFa's initial context.
 */
record RdfaContext(String vocab, Map<String, String> prefixes) {

    private static final Pattern PREFIX = Pattern.compile("(\\S+):\\s+(\\S+)");

    static RdfaContext initial() {
        return new RdfaContext(null, Map.of("schema", "http://schema.org/"));
    }

    /** The context for {@code element} and its descendants. */
    RdfaContext enter(Element element) {
        if (!element.hasAttr("vocab") && !element.hasAttr("prefix")) {
            return this;
        }
        String newVocab = vocab;
        if (element.hasAttr("vocab")) {
            String declared = element.attr("vocab").strip();
            newVocab = declared.isEmpty() ? null : declared;
        }
        Map<String, String> newPrefixes = prefixes;
        if (element.hasAttr("prefix")) {
            newPrefixes = new HashMap<>(prefixes);
            Matcher declared = PREFIX.matcher(element.attr("prefix"));
            while (declared.find()) {
                newPrefixes.put(declared.group(1).toLowerCase(Locale.ROOT), declared.group(2));
            }
        }
        return new RdfaContext(newVocab, newPrefixes);
    }

    /** A term, CURIE or IRI as the node shape names it: short for schema.org, the full IRI otherwise. */
    String name(String token) {
        int colon = token.indexOf(':');
        String iri;
        if (colon < 0) {
            iri = vocab == null ? token : vocab + token; // no vocab: the term as written
        } else if (token.startsWith("//", colon + 1)) {
            iri = token;
        } else {
            String namespace = prefixes.get(token.substring(0, colon).toLowerCase(Locale.ROOT));
            iri = namespace == null ? token : namespace + token.substring(colon + 1);
        }
        return SchemaOrg.shorten(iri);
    }
}
