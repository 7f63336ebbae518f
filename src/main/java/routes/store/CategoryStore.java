package routes.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import routes.model.TaskCategory;

/** A site's categories, shared by every job that crawls the site (which job found which: job_category). */
@Component
class CategoryStore {

    private final JdbcTemplate jdbc;

    CategoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or refreshes the category, returning it with its id. */
    TaskCategory upsert(String site, TaskCategory category) {
        Long id = jdbc.queryForObject("""
                INSERT INTO category (site, path, name, parent_path, kind) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (site, path) DO UPDATE
                    SET name = EXCLUDED.name, parent_path = EXCLUDED.parent_path, kind = EXCLUDED.kind
                RETURNING id
                """, Long.class, site, category.path(), category.name(), category.parentPath(), category.kind());
        return new TaskCategory(id, category.path(), category.name(), category.parentPath(), category.kind());
    }
}
