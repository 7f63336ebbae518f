package routes.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.model.CategoryLink;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.JobType;
import routes.model.TaskCategory;
import routes.model.TaskKind;
import routes.model.TaskOffer;
import routes.parse.DiscoveredSite;
import routes.parse.ListingPage;
import routes.queue.Priority;

/**
 * The crawl frontier in PostgreSQL: every URL a job will fetch, once per job. New work is
 * inserted in the same transaction that marks its parent task done, so a crash can never leave
 * a job with finished parents and forgotten children; the queue only carries what this holds.
 */
@Component
public class FrontierStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CategoryStore categories;
    private final TextMapJson selectors;
    private final JobEvents events;
    private final JobLifecycle lifecycle;
    private final TaskOutbox outbox;

    public FrontierStore(JdbcTemplate jdbc, TransactionTemplate tx, CategoryStore categories, TextMapJson selectors,
                         JobEvents events, JobLifecycle lifecycle, TaskOutbox outbox) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.categories = categories;
        this.selectors = selectors;
        this.events = events;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
    }

    /** The task a new job starts with; called inside the job's creating transaction. */
    CrawlTask addFirstTask(long jobId, NewJob job) {
        TaskKind kind = switch (job.type()) {
            case FULL_SITE -> TaskKind.DISCOVER;
            case CATEGORY -> TaskKind.LISTING;
            case PRODUCT -> TaskKind.PRODUCT;
        };
        // a category the user named is one: no need to see it list products first
        CategoryLink named = CategoryLink.fromUrl(job.url());
        TaskCategory category = job.type() == JobType.CATEGORY ? categories.upsert(CrawlTask.siteOf(job.url()),
                new TaskCategory(null, named.path(), named.name(), null, named.kind().label())) : null;
        long id = insertTask(jobId, kind, job.url(), category);
        return new CrawlTask(id, jobId, kind, job.url(), job.priority(), category, job.selectors(), job.profile());
    }

    /**
     * Marks the task started and says whether to run it: a task already finished (a re-run after
     * a crash) or belonging to a cancelled job is skipped. A webhook task is the other way round:
     * it announces its job's end, so it runs once the job has ended (and waits, queued, while the
     * job runs again after a replay; that end offers it again).
     */
    public boolean start(CrawlTask task) {
        List<String> states = jdbc.query("""
                SELECT t.status AS task_status, j.status AS job_status
                FROM crawl_task t JOIN crawl_job j ON j.id = t.job_id WHERE t.id = ?
                """, (rs, row) -> rs.getString("task_status") + "/" + rs.getString("job_status"), task.id());
        if (states.isEmpty() || !states.get(0).startsWith("QUEUED/")) {
            return false;
        }
        JobStatus jobStatus = JobStatus.valueOf(states.get(0).substring("QUEUED/".length()));
        if (task.kind() == TaskKind.WEBHOOK) {
            return !jobStatus.isActive();
        }
        if (!jobStatus.isActive()) {
            return false;
        }
        if (jobStatus == JobStatus.QUEUED) {
            lifecycle.started(task.jobId(), task.kind());
        }
        return true;
    }

    /**
     * Records what discovery found — a listing task per wanted candidate category, a product task per
     * product page only the sitemaps or the start page lead to — and finishes discovery.
     */
    public TaskOffer addDiscovered(CrawlTask discovery, DiscoveredSite found) {
        return tx.execute(status -> {
            JobBudget job = lockJob(discovery.jobId());
            List<CrawlTask> queued = new ArrayList<>();
            if (job.active()) {
                List<CategoryLink> wanted = job.filter(found.categories());
                for (int i = 0; i < wanted.size() && job.remaining() > 0; i++) {
                    CategoryLink candidate = wanted.get(i);
                    queued.addAll(queuedOnly(addTasks(discovery, taskCategory(candidate), TaskKind.LISTING,
                            List.of(candidate.url()), job)));
                }
                // a job that asked for some categories wants their products, not every product in the sitemap
                List<String> products = job.filtered() ? List.of() : found.productUrls();
                queued.addAll(queuedOnly(addTasks(discovery, null, TaskKind.PRODUCT, products, job)));
                events.record(discovery.jobId(), "categories_discovered", Map.of("found", found.categories().size(),
                        "products", products.size(), "queued", queued.size()));
                lifecycle.discovered(discovery.jobId());
            }
            markDone(discovery);
            return outbox.record(queued);
        });
    }

    /**
     * Records a listing page's products (each with the page's category) and its next page, and
     * finishes the listing task. A candidate category becomes a category here, on its first page
     * that lists products; a page listing none is no category. The next page is followed only while
     * pages add products the category did not have yet (a shop answering past its last page with
     * the last one again ends there). Returns every child task still queued — new or found before —
     * so a re-run after a crash re-offers work the queue may have lost; the queue drops duplicates.
     */
    public TaskOffer addListingResults(CrawlTask listing, ListingPage page) {
        return tx.execute(status -> {
            JobBudget job = lockJob(listing.jobId());
            List<CrawlTask> queued = new ArrayList<>();
            CrawlTask walked = listing;
            boolean candidate = listing.category() != null && !listing.category().confirmed();
            if (job.active() && candidate && page.productPage()) {
                // not a category but a product a sitemap listed among them: crawled as one
                queued.addAll(queuedOnly(addTasks(listing, null, TaskKind.PRODUCT, List.of(listing.url()), job)));
            }
            if (job.active() && !page.productUrls().isEmpty()) {
                if (candidate) {
                    walked = listing.withCategory(confirm(listing, page));
                }
                int added = addProducts(walked, page.productUrls(), job, queued);
                if (page.nextPageUrl() != null && added > 0) {
                    queued.addAll(queuedOnly(addTasks(walked, walked.category(), TaskKind.LISTING, List.of(page.nextPageUrl()), job)));
                }
            }
            markDone(listing);
            return outbox.record(queued);
        });
    }

    /**
     * Stores the candidate as a category: named after the page's heading when no link text named
     * it, its parent from the page's breadcrumb when the menu did not nest it.
     */
    private TaskCategory confirm(CrawlTask listing, ListingPage page) {
        TaskCategory candidate = listing.category();
        String name = candidate.name() != null ? candidate.name()
                : page.heading() != null ? page.heading() : CategoryLink.humanise(candidate.path());
        TaskCategory category = categories.upsert(CrawlTask.siteOf(listing.url()), new TaskCategory(null, candidate.path(), name,
                candidate.parentPath() != null ? candidate.parentPath() : page.breadcrumbParentPath(), candidate.kind()));
        jdbc.update("UPDATE crawl_task SET category_id = ?, candidate_category = NULL WHERE id = ?", category.id(), listing.id());
        return category;
    }

    /**
     * Adds the page's product tasks to {@code queued} and links them to the listing's category.
     *
     * @return how many of the products are new to the category in this job (without a category: new to the job)
     */
    private int addProducts(CrawlTask listing, List<String> urls, JobBudget job, List<CrawlTask> queued) {
        List<FrontierRow> rows = addTasks(listing, listing.category(), TaskKind.PRODUCT, urls, job);
        queued.addAll(queuedOnly(rows));
        TaskCategory category = listing.category();
        if (category == null || rows.isEmpty()) {
            return (int) rows.stream().filter(FrontierRow::fresh).count();
        }
        Long[] taskIds = rows.stream().map(r -> r.task().id()).toArray(Long[]::new);
        // Every category a product is found under, not just the first: the product task copies these.
        int linked = jdbc.update("INSERT INTO task_category (task_id, category_id) SELECT unnest(?::bigint[]), ? ON CONFLICT DO NOTHING",
                taskIds, category.id());
        jdbc.update("INSERT INTO job_category (job_id, category_id) VALUES (?, ?) ON CONFLICT DO NOTHING", listing.jobId(), category.id());
        // A product this job stored already gets the new link now (its task rows are locked above,
        // so a product being stored concurrently is either seen here or sees the link above).
        jdbc.update("""
                INSERT INTO product_category (job_id, product_id, category_id)
                SELECT t.job_id, t.product_id, ? FROM crawl_task t WHERE t.id = ANY(?) AND t.product_id IS NOT NULL
                ON CONFLICT DO NOTHING
                """, category.id(), taskIds);
        return linked;
    }

    /**
     * Adds tasks for the URLs this job has not seen, within its page budget, and returns a row for
     * every URL: new, or already known (locked, so its state cannot change under us).
     */
    private List<FrontierRow> addTasks(CrawlTask parent, TaskCategory category, TaskKind kind, List<String> urls, JobBudget job) {
        if (urls.isEmpty()) {
            return List.of();
        }
        Map<String, FrontierRow> byUrl = new HashMap<>();
        jdbc.query("""
                SELECT id, url, status FROM crawl_task WHERE job_id = ? AND kind = ? AND url = ANY(?)
                ORDER BY id FOR NO KEY UPDATE
                """, rs -> {
            String url = rs.getString("url");
            byUrl.put(url, new FrontierRow(child(parent, rs.getLong("id"), kind, url, category),
                    "QUEUED".equals(rs.getString("status")), false));
        }, parent.jobId(), kind.label(), urls.toArray(String[]::new));
        List<String> fresh = new ArrayList<>(new LinkedHashSet<>(urls));
        fresh.removeAll(byUrl.keySet());
        fresh = fresh.subList(0, (int) Math.min(fresh.size(), job.remaining()));
        if (!fresh.isEmpty()) {
            Long categoryId = category == null ? null : category.id();
            jdbc.query("""
                    WITH added AS (
                        INSERT INTO crawl_task (job_id, kind, url, category_id, candidate_category)
                        SELECT ?, ?, u.url, ?, ?::jsonb FROM unnest(?::text[]) WITH ORDINALITY AS u(url, n) ORDER BY u.n
                        RETURNING id, url),
                    counted AS (
                        UPDATE crawl_job SET task_count = task_count + (SELECT count(*) FROM added) WHERE id = ?)
                    SELECT id, url FROM added
                    """, rs -> {
                String url = rs.getString("url");
                byUrl.put(url, new FrontierRow(child(parent, rs.getLong("id"), kind, url, category), true, true));
            }, parent.jobId(), kind.label(), categoryId, candidateJson(category), fresh.toArray(String[]::new), parent.jobId());
            job.spend(fresh.size());
        }
        return urls.stream().distinct().map(byUrl::get).filter(Objects::nonNull).toList();
    }

    /** The job's tasks still waiting, oldest first: what the queue must hold for the job to progress. */
    public List<CrawlTask> queuedTasks(long jobId, int limit) {
        return queued("t.job_id = ?", jobId, limit);
    }

    /**
     * Waiting tasks of every active job, and waiting webhooks of every job, a page at a time by task
     * id: the whole frontier, to rebuild a lost queue.
     */
    public List<CrawlTask> queuedTasksAfter(long taskId, int limit) {
        return queued("t.id > ?", taskId, limit);
    }

    /** The whole frontier (of active jobs, and webhooks) in pages, read lazily so it never sits in memory at once. */
    public Iterator<List<CrawlTask>> queuedTaskPages(int pageSize) {
        return new Iterator<>() {
            private List<CrawlTask> next = queuedTasksAfter(0, pageSize);

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<CrawlTask> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<CrawlTask> page = next;
                next = page.size() < pageSize ? List.of() : queuedTasksAfter(page.get(page.size() - 1).id(), pageSize);
                return page;
            }
        };
    }

    /** Offers tasks added in the caller's transaction, through the outbox. */
    TaskOffer offer(List<CrawlTask> tasks) {
        return outbox.record(tasks);
    }

    /** The tasks of an outbox row that are still waiting: what its offer must put on the queue again. */
    public TaskOffer reoffer(TaskOutbox.StrandedTasks stranded) {
        return new TaskOffer(stranded.outboxId(), queuedTasksIn(stranded.taskIds()));
    }

    List<CrawlTask> queuedTasksIn(Long[] taskIds) {
        return queued("t.id = ANY(?)", taskIds, Integer.MAX_VALUE);
    }

    private List<CrawlTask> queued(String condition, Object value, int limit) {
        return jdbc.query("""
                SELECT t.id, t.job_id, t.kind, t.url, j.priority, j.selectors, j.profile,
                       c.id AS category_id, coalesce(c.path, t.candidate_category->>'path') AS path,
                       coalesce(c.name, t.candidate_category->>'name') AS name,
                       coalesce(c.parent_path, t.candidate_category->>'parentPath') AS parent_path,
                       coalesce(c.kind, t.candidate_category->>'kind') AS category_kind
                FROM crawl_task t JOIN crawl_job j ON j.id = t.job_id LEFT JOIN category c ON c.id = t.category_id
                WHERE t.status = 'QUEUED' AND (j.status = ANY(?) OR t.kind = 'webhook') AND %s
                ORDER BY t.id LIMIT ?
                """.formatted(condition), (rs, row) -> new CrawlTask(rs.getLong("id"), rs.getLong("job_id"),
                TaskKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("url"),
                Priority.of(rs.getString("priority")),
                rs.getString("path") == null ? null : new TaskCategory((Long) rs.getObject("category_id", Long.class),
                        rs.getString("path"), rs.getString("name"), rs.getString("parent_path"), rs.getString("category_kind")),
                selectors.read(rs.getString("selectors")), rs.getString("profile")),
                JobLifecycle.names(JobStatus.ACTIVE), value, limit);
    }

    private void markDone(CrawlTask task) {
        jdbc.update("UPDATE crawl_task SET status = 'DONE', finished_at = now() WHERE id = ? AND status = 'QUEUED'", task.id());
    }

    private long insertTask(long jobId, TaskKind kind, String url, TaskCategory category) {
        return jdbc.queryForObject("""
                WITH added AS (
                    INSERT INTO crawl_task (job_id, kind, url, category_id) VALUES (?, ?, ?, ?) RETURNING id),
                counted AS (
                    UPDATE crawl_job SET task_count = task_count + 1 WHERE id = ?)
                SELECT id FROM added
                """, Long.class, jobId, kind.label(), url, category == null ? null : category.id(), jobId);
    }

    /**
     * Locks the job row: serialises frontier growth per job, so the page budget and cancellation
     * hold. NO KEY UPDATE, so inserts that merely reference the job (events, dead letters) from
     * transactions holding task rows do not wait on it and deadlock.
     */
    private JobBudget lockJob(long jobId) {
        return jdbc.queryForObject("""
                SELECT status, max_pages, category_filter, task_count FROM crawl_job WHERE id = ? FOR NO KEY UPDATE
                """, (rs, row) -> new JobBudget(JobStatus.valueOf(rs.getString("status")).isActive(),
                rs.getLong("max_pages") - rs.getLong("task_count"), JobStore.strings(rs.getArray("category_filter"))), jobId);
    }

    private static CrawlTask child(CrawlTask parent, long id, TaskKind kind, String url, TaskCategory category) {
        return new CrawlTask(id, parent.jobId(), kind, url, parent.priority(), category, parent.selectors(), parent.profile());
    }

    /** A candidate: unnamed when its name was only guessed from the path, so its page's heading names it. */
    private static TaskCategory taskCategory(CategoryLink link) {
        return new TaskCategory(null, link.path(), link.nameGuessed() ? null : link.name(), link.parentPath(), link.kind().label());
    }

    /** A candidate category as its task row keeps it until confirmed (null for none or a confirmed one). */
    private String candidateJson(TaskCategory category) {
        if (category == null || category.confirmed()) {
            return null;
        }
        Map<String, String> candidate = new HashMap<>();
        candidate.put("path", category.path());
        candidate.put("name", category.name());
        candidate.put("parentPath", category.parentPath());
        candidate.put("kind", category.kind());
        return selectors.write(candidate);
    }

    private static List<CrawlTask> queuedOnly(List<FrontierRow> rows) {
        return rows.stream().filter(FrontierRow::queued).map(FrontierRow::task).toList();
    }

    /** A task of the frontier, whether it still waits to be run, and whether this call added it. */
    private record FrontierRow(CrawlTask task, boolean queued, boolean fresh) {
    }
}
