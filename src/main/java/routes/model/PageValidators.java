package routes.model;

/**
 * What a page answered with that lets a later request ask "has it changed?": its {@code ETag} and
 * {@code Last-Modified} headers as sent (either may be null, not both).
 */
public record PageValidators(String etag, String lastModified) {

    /** The validators of a response, or null when it had neither header. */
    public static PageValidators of(String etag, String lastModified) {
        return etag == null && lastModified == null ? null : new PageValidators(etag, lastModified);
    }
}
