package routes.model;

/**
 * The category context a task carries: which category (and where in the tree) it belongs to.
 *
 * @param id the category's row; null while it is only a candidate, found in a navigation or a
 *           sitemap but not yet seen to list products (its listing task decides)
 */
public record TaskCategory(Long id, String path, String name, String parentPath, String kind) {

    public boolean confirmed() {
        return id != null;
    }
}
