package routes.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import routes.model.CrawlTask;
import routes.model.JobStatus;
import routes.model.TaskOffer;
import routes.profile.ChosenProfile;

/** Jobs: creating them with their first task, reading them with live counts, cancelling them. */
@Component
public class JobStore {

    private static final String VIEW_SELECT = """
            SELECT j.*, c.*, ch.*, (SELECT count(*) FROM job_category jc WHERE jc.job_id = j.id) AS categories_found
            FROM crawl_job j
            LEFT JOIN LATERAL (
                SELECT count(*) FILTER (WHERE t.status = 'DONE')                        AS pages_fetched,
                       -- two URLs of one product (same canonical URL or SKU) are one product
                       count(DISTINCT t.product_id)                                     AS products_stored,
                       count(*) FILTER (WHERE t.status = 'FAILED')                      AS failed_tasks,
                       count(*) FILTER (WHERE t.status = 'QUEUED')                      AS queued_tasks,
                       count(*) FILTER (WHERE t.not_modified)                           AS pages_unchanged
                FROM crawl_task t WHERE t.job_id = j.id) c ON true
            LEFT JOIN LATERAL (
                SELECT count(*) FILTER (WHERE x.change = 'new')                         AS changes_new,
                       count(*) FILTER (WHERE x.change = 'gone')                        AS changes_gone,
                       count(*) FILTER (WHERE x.change = 'price_up')                    AS changes_price_up,
                       count(*) FILTER (WHERE x.change = 'price_down')                  AS changes_price_down,
                       count(*) FILTER (WHERE x.change = 'availability')                AS changes_availability
                FROM job_change x WHERE x.job_id = j.id) ch ON true
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FrontierStore frontier;
    private final TextMapJson selectors;
    private final JobLifecycle lifecycle;

    public JobStore(JdbcTemplate jdbc, TransactionTemplate tx, FrontierStore frontier, TextMapJson selectors,
                    JobLifecycle lifecycle) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.frontier = frontier;
        this.selectors = selectors;
        this.lifecycle = lifecycle;
    }

    /**
     * Stores the job and its first task in one transaction. With an Idempotency-Key already used
     * for the same request, returns that job instead (and re-offers its first task if still queued,
     * which the queue ignores when it is already there).
     */
    public SubmittedJob create(Submission submission) {
        NewJob job = submission.job();
        return tx.execute(status -> {
            Long id = jdbc.query("""
                    INSERT INTO crawl_job (url, site, type, priority, max_pages, category_filter, selectors, profile,
                                           profile_reason, idempotency_key, request_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                    ON CONFLICT (idempotency_key) DO NOTHING
                    RETURNING id
                    """, rs -> rs.next() ? rs.getLong(1) : null,
                    job.url(), CrawlTask.siteOf(job.url()), job.type().label(), job.priority().label(), job.maxPages(),
                    job.categories().toArray(String[]::new), selectors.write(job.selectors()),
                    job.profile(), job.profile() == null ? null : "named by the job", submission.idempotencyKey(),
                    submission.requestHash());
            if (id == null) {
                return replay(submission.idempotencyKey(), submission.requestHash());
            }
            CrawlTask first = frontier.addFirstTask(id, job);
            lifecycle.created(id);
            return new SubmittedJob(get(id), frontier.offer(List.of(first)), false);
        });
    }

    private SubmittedJob replay(String idempotencyKey, String requestHash) {
        var existing = jdbc.queryForMap("SELECT id, request_hash FROM crawl_job WHERE idempotency_key = ?", idempotencyKey);
        long id = ((Number) existing.get("id")).longValue();
        if (!requestHash.equals(existing.get("request_hash"))) {
            throw new IdempotencyConflictException(idempotencyKey, id);
        }
        // its own outbox row vouched for it already: this offer needs none
        return new SubmittedJob(get(id), new TaskOffer(0, frontier.queuedTasks(id, 1)), true);
    }

    /**
     * The task with its job's profile: a task that had none (the job's first, when the job named no
     * profile) records the one chosen on its page as the job's, with the reason; its children inherit it.
     */
    public CrawlTask useProfile(CrawlTask task, ChosenProfile chosen) {
        if (task.profile() != null) {
            return task;
        }
        jdbc.update("UPDATE crawl_job SET profile = ?, profile_reason = ? WHERE id = ? AND profile IS NULL",
                chosen.name(), chosen.reason(), task.jobId());
        return task.withProfile(chosen.name());
    }

    public JobView get(long id) {
        return jdbc.query(VIEW_SELECT + " WHERE j.id = ?", this::mapView, id).stream()
                .findFirst().orElseThrow(() -> new NoSuchJobException(id));
    }

    public PageOf<JobView> list(JobStatus status, int page, int size) {
        String statusLabel = status == null ? null : status.name();
        List<JobView> items = jdbc.query(VIEW_SELECT + """
                 WHERE (?::text IS NULL OR j.status = ?) ORDER BY j.id DESC LIMIT ? OFFSET ?
                """, this::mapView, statusLabel, statusLabel, size, (long) page * size);
        Long total = jdbc.queryForObject("SELECT count(*) FROM crawl_job WHERE (?::text IS NULL OR status = ?)",
                Long.class, statusLabel, statusLabel);
        return new PageOf<>(items, page, size, total);
    }

    /** How many jobs are in each status (every status present, zero included). */
    public Map<JobStatus, Long> countByStatus() {
        Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, count(*) FROM crawl_job GROUP BY status",
                rs -> { counts.put(JobStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /**
     * Cancels an active job: its queued tasks will be skipped by whichever worker claims them. The
     * offer holds what the job's end steps queued (none if it was not active).
     */
    public Cancellation cancel(long id) {
        TaskOffer offer = tx.execute(status -> lifecycle.cancelled(id));
        return new Cancellation(get(id), offer == null ? TaskOffer.none() : offer);
    }

    /** A cancel's answer (the job as it now is) and the tasks its end queued. */
    public record Cancellation(JobView job, TaskOffer offer) {
    }

    private JobView mapView(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Instant created = instant(rs.getTimestamp("created_at"));
        Instant started = instant(rs.getTimestamp("started_at"));
        Instant finished = instant(rs.getTimestamp("finished_at"));
        Long duration = started == null ? null
                : (finished == null ? Instant.now() : finished).toEpochMilli() - started.toEpochMilli();
        return new JobView(id, rs.getString("url"), rs.getString("type"), rs.getString("priority"),
                rs.getInt("max_pages"), strings(rs.getArray("category_filter")), selectors.read(rs.getString("selectors")),
                rs.getString("profile") == null ? null : new JobView.Profile(rs.getString("profile"), rs.getString("profile_reason")),
                JobStatus.valueOf(rs.getString("status")),
                new JobView.Counts(rs.getLong("categories_found"), rs.getLong("pages_fetched"),
                        rs.getLong("products_stored"), rs.getLong("failed_tasks"), rs.getLong("queued_tasks"),
                        rs.getLong("pages_unchanged")),
                changes(rs), created, started, finished, duration, rs.getString("error"), JobView.linksFor(id));
    }

    private static JobView.Changes changes(ResultSet rs) throws SQLException {
        long comparedWith = rs.getLong("compared_with_job_id");
        if (rs.wasNull()) {
            return null;
        }
        return new JobView.Changes(comparedWith, new JobView.ChangeCounts(rs.getLong("changes_new"),
                rs.getLong("changes_gone"), rs.getLong("changes_price_up"), rs.getLong("changes_price_down"),
                rs.getLong("changes_availability")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
