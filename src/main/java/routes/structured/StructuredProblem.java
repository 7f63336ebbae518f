package routes.structured;

/**
 * Why something on the page could not be read, e.g. {@code "json-ld script 2: nesting deeper than 64"}.
 *
 * @param source {@code "jsonld"}, {@code "microdata"} or {@code "rdfa"}
 * @param reason what was skipped and why
 */
public record StructuredProblem(String source, String reason) {
}
