package routes.store;

/** The category context a task carries: which category (and where in the tree) it belongs to. */
public record TaskCategory(long id, String path, String name, String parentPath, String kind) {
}
