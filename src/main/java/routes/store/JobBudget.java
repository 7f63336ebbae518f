package routes.store;

import java.util.List;
import java.util.Locale;
import routes.model.CategoryLink;

/** What a locked job still allows: whether it runs, how many more pages it may fetch, which categories it wants. */
final class JobBudget {

    private final boolean active;
    private final List<String> categoryFilter;
    private long remaining;

    JobBudget(boolean active, long remaining, List<String> categoryFilter) {
        this.active = active;
        this.remaining = Math.max(0, remaining);
        this.categoryFilter = categoryFilter.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    }

    boolean active() {
        return active;
    }

    /** Whether the job asked for some categories only. */
    boolean filtered() {
        return !categoryFilter.isEmpty();
    }

    long remaining() {
        return remaining;
    }

    void spend(long pages) {
        remaining = Math.max(0, remaining - pages);
    }

    /**
     * The categories the job asked for: those whose name, last path segment or path matches a
     * filter entry, and their sub-categories. No filter means all.
     */
    List<CategoryLink> filter(List<CategoryLink> found) {
        if (categoryFilter.isEmpty()) {
            return found;
        }
        List<String> matchedPaths = found.stream().filter(this::named).map(CategoryLink::path).toList();
        return found.stream()
                .filter(c -> matchedPaths.stream().anyMatch(p -> c.path().equals(p) || c.path().startsWith(p + "/")))
                .toList();
    }

    private boolean named(CategoryLink category) {
        String path = category.path().toLowerCase(Locale.ROOT);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return categoryFilter.contains(category.name().toLowerCase(Locale.ROOT))
                || categoryFilter.contains(lastSegment) || categoryFilter.contains(path);
    }
}
