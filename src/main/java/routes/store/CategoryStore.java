package routes.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.parse.CategoryLink;

/** A site's categories, shared by every job that crawls the site. */
@Component
class CategoryStore {

    private final JdbcTemplate jdbc;

    CategoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or refreshes the categories, returning them in the same order with their ids. */
    List<TaskCategory> upsert(String site, List<CategoryLink> links) {
        return links.stream().map(link -> new TaskCategory(
                jdbc.queryForObject("""
                        INSERT INTO category (site, path, name, parent_path, kind) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (site, path) DO UPDATE
                            SET name = EXCLUDED.name, parent_path = EXCLUDED.parent_path, kind = EXCLUDED.kind
                        RETURNING id
                        """, Long.class, site, link.path(), link.name(), link.parentPath(), link.kind().label()),
                link.path(), link.name(), link.parentPath(), link.kind().label())).toList();
    }
}
