package routes.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.language.bean.RuntimeBeanExpressionException;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import routes.ApplicationProperties;
import routes.fetch.HostNotReadyException;
import routes.queue.TaskQueueEndpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import routes.fetch.PermanentFetchException;
import routes.fetch.TransientFetchException;
import routes.fetch.UnresolvedHostException;

/**
 * task-errors (30-task-errors.camel.yaml) as the workers load it: which failures dead-letter a task and
 * which leave it leased for a later run. Outages arrive wrapped the way Camel and Spring wrap them.
 */
class TaskErrorsRouteTest {

    private static final int RETRIES = 2;

    private static CamelContext camel;
    private static ProducerTemplate producer;
    private static final List<Exchange> deadLetters = new CopyOnWriteArrayList<>();
    private static final AtomicInteger attempts = new AtomicInteger();
    private static volatile Supplier<Exception> failure;

    @BeforeAll
    static void loadTaskErrors() throws Exception {
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(ApplicationProperties.withFastRetries(RETRIES));
        FailurePredicates predicates = new FailurePredicates();
        camel.getRegistry().bind("infrastructureFailure", predicates.infrastructureFailure());
        camel.getRegistry().bind("taskOwnFailure", predicates.taskOwnFailure());
        Processor nothing = exchange -> { };
        camel.getRegistry().bind("transientFailureOccurred", nothing);
        camel.getRegistry().bind("retryStarting", nothing);
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/30-task-errors.camel.yaml"));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:task").routeConfigurationId("task-errors")
                        .process(exchange -> {
                            attempts.incrementAndGet();
                            throw failure.get();
                        });
                from("direct:dead-letter").process(deadLetters::add);
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterAll
    static void stop() {
        camel.stop();
    }

    @BeforeEach
    void reset() {
        deadLetters.clear();
        attempts.set(0);
    }

    static Stream<Arguments> outages() {
        return Stream.<Supplier<Exception>>of(
                // the case: a Redis timeout inside the bean expression of a fetch step
                () -> new RuntimeBeanExpressionException(null, "bean:hostRequestSlots", "acquire(${header.CaravanFetchHost})",
                        new RedisSystemException("Redis exception", new RedisCommandTimeoutException("Command timed out after 1 minute(s)"))),
                () -> new RedisSystemException("Redis exception", new RedisConnectionException("Unable to connect", new ConnectException("Connection refused"))),
                () -> new RedisConnectionFailureException("Unable to connect to Redis", new RedisConnectionException("refused")),
                () -> new RedisSystemException("Redis exception", new RedisCommandExecutionException("LOADING Redis is loading the dataset in memory")),
                () -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 1000ms")),
                () -> new QueryTimeoutException("statement timed out"),
                () -> new CannotCreateTransactionException("Could not open JDBC Connection for transaction"),
                () -> new UncategorizedSQLException("update", "UPDATE crawl_task", new SQLException("An I/O error occurred while sending to the backend", "08006")),
                () -> new UncategorizedSQLException("update", "UPDATE crawl_task", new SQLException("terminating connection due to administrator command", "57P01")),
                () -> new IllegalStateException("wrapped", new RuntimeException(new RedisCommandTimeoutException("timed out"))))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("outages")
    void anOutageRetriesAndLeavesTheTaskLeasedWithoutADeadLetter(Supplier<Exception> outage) {
        failure = outage;
        Exchange exchange = producer.send("direct:task", e -> { });

        assertThat(deadLetters).isEmpty();
        assertThat(exchange.getException()).as("unhandled: the consumer leaves the task leased").isNotNull();
        assertThat(attempts).hasValue(1 + RETRIES);
    }

    static Stream<Arguments> theTasksOwnFailures() {
        return Stream.<Supplier<Exception>>of(
                () -> new PermanentFetchException("http://shop.example/p/1", "404 from http://shop.example/p/1"),
                () -> new DataIntegrityViolationException("value too long for type character varying(2048)"),
                () -> new IllegalArgumentException("a bug of ours, not an outage"),
                () -> new RedisSystemException("Error in execution", new RedisCommandExecutionException("ERR Error running script")))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("theTasksOwnFailures")
    void aFailureOfTheTaskItselfIsDeadLetteredAtOnce(Supplier<Exception> own) {
        failure = own;
        Exchange exchange = producer.send("direct:task", e -> { });

        assertThat(deadLetters).hasSize(1);
        assertThat(exchange.getException()).isNull();
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aTransientFetchFailureIsRetriedThenDeadLettered() {
        failure = () -> new TransientFetchException("http://shop.example/p/1", "503 from http://shop.example/p/1", null, null);
        Exchange exchange = producer.send("direct:task", e -> { });

        assertThat(deadLetters).hasSize(1);
        assertThat(exchange.getException()).isNull();
        assertThat(attempts).hasValue(1 + RETRIES);
    }

    @Test
    void aHostThatDoesNotResolveGetsItsOwnShortRetryThenTheDeadLetter() {
        failure = () -> new UnresolvedHostException("http://shop.invalid/", "shop.invalid", new java.net.UnknownHostException("shop.invalid"));
        Exchange exchange = producer.send("direct:task", e -> { });

        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).getIn().getHeader("CaravanRetries", Integer.class)).isEqualTo(1);
        assertThat(exchange.getException()).isNull();
        assertThat(attempts).hasValue(1 + 1);
    }

    @ParameterizedTest
    @MethodSource("hostsNotReady")
    void aHostThatIsNotReadyHandsTheTaskBackForItsWaitWithoutRetryOrDeadLetter(Supplier<Exception> notReady) {
        failure = notReady;
        Exchange exchange = producer.send("direct:task", e -> { });

        assertThat(deadLetters).isEmpty();
        assertThat(attempts).hasValue(1);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty(TaskQueueEndpoint.DEFER_MILLIS, Long.class)).isEqualTo(1500L);
    }

    static Stream<Arguments> hostsNotReady() {
        return Stream.<Supplier<Exception>>of(
                () -> new HostNotReadyException("shop.test", Duration.ofMillis(1500), "request rate"),
                // as the fetch-page route's setHeader step raises it
                () -> new RuntimeBeanExpressionException(null, "bean:hostRequestSlots", "acquire(...)",
                        new HostNotReadyException("shop.test", Duration.ofMillis(1500), "circuit open")))
                .map(Arguments::of);
    }
}
