package routes.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.language.bean.RuntimeBeanExpressionException;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import routes.ApplicationProperties;
import routes.failure.InfrastructureFailures;
import routes.fetch.PermanentFetchException;
import routes.fetch.TransientFetchException;
import routes.model.CrawlTask;
import routes.model.TaskKind;
import routes.observe.TaskMetrics;
import routes.queue.Priority;

/**
 * task-dispatch (40) with the task-errors policy (30) and the dead letter (90) as the workers load
 * them, the queue replaced by a direct endpoint and every stage by a mock: which stage a task
 * reaches, what a skipped task still does, and how a failure inside a stage ends.
 * (TaskErrorsRouteTest covers which exception types count as outages; here they come out of a stage.)
 */
class TaskDispatchRouteTest {

    private static final int RETRIES = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STAGES = List.of("direct:discover", "direct:listing", "direct:product", "direct:webhook");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Frontier frontier = new Frontier();
    private final DeadLetters deadLetters = new DeadLetters();
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void loadWorkerRoutes() throws Exception {
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(ApplicationProperties.withFastRetries(RETRIES));
        Predicate outage = exchange -> InfrastructureFailures.isInfrastructure(exchange.getException());
        camel.getRegistry().bind("infrastructureFailure", outage);
        camel.getRegistry().bind("taskOwnFailure", (Predicate) exchange -> !outage.matches(exchange));
        Processor nothing = exchange -> { };
        camel.getRegistry().bind("transientFailureOccurred", nothing);
        camel.getRegistry().bind("retryStarting", nothing);
        camel.getRegistry().bind("frontierStore", frontier);
        camel.getRegistry().bind("deadLetterStore", deadLetters);
        camel.getRegistry().bind("taskMetrics", new TaskMetrics(registry));
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/30-task-errors.camel.yaml"),
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/40-task-dispatch.camel.yaml"),
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/90-dead-letter.camel.yaml"));
        AdviceWith.adviceWith(camel, "task-dispatch", route -> {
            route.replaceFromWith("direct:crawl");
            route.mockEndpointsAndSkip("direct:discover", "direct:listing", "direct:product", "direct:webhook",
                    "direct:job-completion");
        });
        // the dead letter's own completion check, mocked too
        AdviceWith.adviceWith(camel, "dead-letter", route -> route.mockEndpointsAndSkip("direct:job-completion"));
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @ParameterizedTest
    @EnumSource(TaskKind.class)
    void aTaskRunsExactlyItsOwnStageThenTheCompletionCheck(TaskKind kind) throws Exception {
        String stage = "direct:" + kind.label();
        for (String each : STAGES) {
            mock(each).expectedMessageCount(each.equals(stage) ? 1 : 0);
        }
        mock("direct:job-completion").expectedMessageCount(1);

        Exchange exchange = dispatch(task(kind));

        assertThat(exchange.getException()).isNull();
        MockEndpoint.assertIsSatisfied(camel);
        assertThat(mock(stage).getReceivedExchanges().get(0).getProperty("task", CrawlTask.class).kind()).isEqualTo(kind);
        assertThat(finished(kind, "succeeded")).isEqualTo(1);
    }

    @Test
    void aTaskTheFrontierRefusesRunsNoStageButStillChecksItsJob() throws Exception {
        frontier.refuse = true;
        for (String stage : STAGES) {
            mock(stage).expectedMessageCount(0);
        }
        mock("direct:job-completion").expectedMessageCount(1);

        dispatch(task(TaskKind.PRODUCT));

        MockEndpoint.assertIsSatisfied(camel);
        assertThat(frontier.asked).hasSize(1);
        assertThat(finished(TaskKind.PRODUCT, "skipped")).isEqualTo(1);
        assertThat(finished(TaskKind.PRODUCT, "succeeded")).isZero();
    }

    @Test
    void aTransientFailureRunsTheStageAgainThenDeadLettersWithItsRetries() throws Exception {
        TransientFetchException unavailable = new TransientFetchException("http://shop.test/p/1", "503", null, null);
        mock("direct:product").whenAnyExchangeReceived(exchange -> { throw unavailable; });
        NotifyBuilder deadLettered = new NotifyBuilder(camel).from("direct:crawl").whenDone(1).wereSentTo("direct:dead-letter").create();

        Exchange exchange = dispatch(task(TaskKind.PRODUCT));

        assertThat(deadLettered.matches(5, TimeUnit.SECONDS)).isTrue();
        assertThat(exchange.getException()).as("handled: the task is acknowledged").isNull();
        assertThat(mock("direct:product").getReceivedCounter()).isEqualTo(1 + RETRIES);
        assertThat(deadLetters.recorded).singleElement().satisfies(letter -> {
            assertThat(letter.failure()).isSameAs(unavailable);
            assertThat(letter.retries()).isEqualTo(RETRIES);
            assertThat(letter.task().kind()).isEqualTo(TaskKind.PRODUCT);
        });
        assertThat(mock("direct:job-completion").getReceivedCounter()).as("the dead letter's own check").isEqualTo(1);
        assertThat(finished(TaskKind.PRODUCT, "failed")).isEqualTo(1);
        assertThat(finished(TaskKind.PRODUCT, "succeeded")).isZero();
    }

    @Test
    void aPermanentFailureIsDeadLetteredWithoutRunningTheStageAgain() {
        PermanentFetchException missing = new PermanentFetchException("http://shop.test/p/1", "404 from http://shop.test/p/1");
        mock("direct:listing").whenAnyExchangeReceived(exchange -> { throw missing; });

        Exchange exchange = dispatch(task(TaskKind.LISTING));

        assertThat(exchange.getException()).isNull();
        assertThat(mock("direct:listing").getReceivedCounter()).isEqualTo(1);
        assertThat(deadLetters.recorded).singleElement().satisfies(letter -> {
            assertThat(letter.failure()).isSameAs(missing);
            assertThat(letter.retries()).isNull();
        });
        assertThat(finished(TaskKind.LISTING, "failed")).isEqualTo(1);
    }

    @Test
    void aStorageFailureInAStageIsRetriedThenLeftUnhandledWithoutADeadLetter() {
        mock("direct:product").whenAnyExchangeReceived(exchange -> {
            throw new RuntimeBeanExpressionException(exchange, "bean:productStore", "store(...)",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
        });

        Exchange exchange = dispatch(task(TaskKind.PRODUCT));

        assertThat(exchange.getException()).as("unhandled: the task stays leased").isNotNull();
        assertThat(mock("direct:product").getReceivedCounter()).isEqualTo(1 + RETRIES);
        assertNothingFinished();
    }

    @Test
    void redisFailingInTheFrontierCheckIsRetriedThenLeftUnhandledWithoutADeadLetter() {
        frontier.failure = new RedisConnectionFailureException("Unable to connect to Redis");

        Exchange exchange = dispatch(task(TaskKind.DISCOVER));

        assertThat(exchange.getException()).isNotNull();
        assertThat(frontier.asked).hasSize(1 + RETRIES);
        assertThat(mock("direct:discover").getReceivedCounter()).isZero();
        assertNothingFinished();
    }

    @Test
    void aStorageFailureOfTheCompletionCheckDoesNotDeadLetterTheFinishedTask() {
        mock("direct:job-completion").whenAnyExchangeReceived(exchange -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });

        Exchange exchange = dispatch(task(TaskKind.LISTING));

        assertThat(exchange.getException()).isNotNull();
        assertThat(mock("direct:listing").getReceivedCounter()).as("the stage is not run again").isEqualTo(1);
        assertThat(mock("direct:job-completion").getReceivedCounter()).isEqualTo(1 + RETRIES);
        assertThat(deadLetters.recorded).isEmpty();
    }

    private void assertNothingFinished() {
        assertThat(deadLetters.recorded).isEmpty();
        assertThat(mock("direct:job-completion").getReceivedCounter()).isZero();
        assertThat(registry.find("caravan.tasks").counters()).isEmpty();
    }

    private Exchange dispatch(CrawlTask task) {
        try {
            String json = JSON.writeValueAsString(task);
            return producer.send("direct:crawl", exchange -> exchange.getMessage().setBody(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockEndpoint mock(String uri) {
        return camel.getEndpoint("mock:" + uri, MockEndpoint.class);
    }

    private double finished(TaskKind kind, String outcome) {
        Counter counter = registry.find("caravan.tasks").tags("kind", kind.label(), "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static CrawlTask task(TaskKind kind) {
        return new CrawlTask(7, 3, kind, "http://shop.test/" + kind.label(), Priority.NORMAL, null, Map.of(), null);
    }

    /** frontierStore.start as the filter calls it: runs the task unless told to refuse or to fail. */
    public static class Frontier {
        final List<CrawlTask> asked = new CopyOnWriteArrayList<>();
        volatile boolean refuse;
        volatile RuntimeException failure;

        public boolean start(CrawlTask task) {
            asked.add(task);
            if (failure != null) {
                throw failure;
            }
            return !refuse;
        }
    }

    /** deadLetterStore.record, kept. */
    public static class DeadLetters {
        final List<DeadLetter> recorded = new CopyOnWriteArrayList<>();

        public void record(CrawlTask task, Throwable failure, Integer retries) {
            recorded.add(new DeadLetter(task, failure, retries));
        }
    }

    record DeadLetter(CrawlTask task, Throwable failure, Integer retries) {
    }
}
