package routes.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import routes.model.CrawlTask;
import routes.model.JobType;
import routes.model.TaskKind;
import routes.queue.Priority;

/**
 * The stores over a real PostgreSQL without Spring: one embedded server per test JVM on a free
 * loopback port, migrated by Flyway as the application migrates it. Tests share it and keep apart
 * by using jobs of their own.
 */
final class StoreDatabase {

    private static final DataSource DATA_SOURCE = start();

    final JdbcTemplate jdbc = new JdbcTemplate(DATA_SOURCE);
    final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE));
    final TextMapJson maps = new TextMapJson(new ObjectMapper());
    // no Redis here: announcing new events to the API processes fails quietly, as JobEvents allows
    // (JobEventNotificationsIT checks the announcements against the embedded Redis)
    final JobEvents events = new JobEvents(jdbc, new ObjectMapper(), new StringRedisTemplate(), "caravan:test:events");
    final TaskOutbox outbox = new TaskOutbox(jdbc, Duration.ofSeconds(10));
    final JobLifecycle lifecycle = new JobLifecycle(jdbc, tx, events, outbox, List.of());
    final FrontierStore frontier = new FrontierStore(jdbc, tx, new CategoryStore(jdbc), maps, events, lifecycle, outbox);
    final JobStore jobs = new JobStore(jdbc, tx, frontier, maps, lifecycle);
    final DeadLetterStore deadLetters = new DeadLetterStore(jdbc, tx, events, lifecycle, frontier);

    private static DataSource start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return dataSource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new job as the API would submit it, with its first task. */
    SubmittedJob submit(String url, JobType type, int maxPages, List<String> categories) {
        return jobs.create(new Submission(new NewJob(url, type, Priority.NORMAL, maxPages, categories, Map.of(), null, null),
                null, "hash"));
    }

    CrawlTask firstTask(SubmittedJob job) {
        return job.offer().tasks().get(0);
    }

    long taskCount(long jobId, TaskKind kind) {
        return jdbc.queryForObject("SELECT count(*) FROM crawl_task WHERE job_id = ? AND kind = ?", Long.class,
                jobId, kind.label());
    }
}
