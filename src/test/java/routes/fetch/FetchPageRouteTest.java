package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;
import routes.ApplicationProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;

/**
 * fetch-page (80-fetch-page.camel.yaml) with its Redis and HTTP neighbours stubbed: a host request
 * slot it takes is given back exactly once whatever fails after taking it, and none is given back
 * when none was taken.
 */
class FetchPageRouteTest {

    private static final String URL = "http://shop.test/p/1";
    private static final String HOST = "shop.test";

    private final RecordingSlots slots = new RecordingSlots();
    private final PageFetcher fetcher = mock(PageFetcher.class);
    private final ReadyRobots robots = new ReadyRobots();
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void loadFetchPage() throws Exception {
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(ApplicationProperties.defaults());
        camel.getRegistry().bind("hostRequestSlots", slots);
        camel.getRegistry().bind("robotsRules", robots);
        HostCircuitBreakers breakers = new HostCircuitBreakers(50, 10, Duration.ofSeconds(1));
        camel.getRegistry().bind("hostCircuitBreakers", breakers);
        camel.getRegistry().bind("fetchStep", new FetchStep(fetcher, breakers, new SimpleMeterRegistry()));
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/30-task-errors.camel.yaml"),
                ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/80-fetch-page.camel.yaml"));
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        reset(fetcher);
    }

    @Test
    void aFetchedPageGivesItsSlotBack() {
        camel.start();
        FetchedPage page = new FetchedPage(URL, 200, "text/html", "<html></html>".getBytes(), null);
        when(fetcher.fetch(URL, null)).thenReturn(page);

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(page);
        assertThat(slots.released).containsExactlyElementsOf(slots.acquired);
        assertThat(slots.acquired).hasSize(1);
    }

    @Test
    void aFailedFetchGivesItsSlotBackAndStillFails() {
        camel.start();
        TransientFetchException unavailable = new TransientFetchException(URL, "503 from " + URL, null, null);
        when(fetcher.fetch(URL, null)).thenThrow(unavailable);

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).isSameAs(unavailable);
        assertThat(slots.released).hasSize(1).containsExactlyElementsOf(slots.acquired);
    }

    @Test
    void anUnforeseenFailureOfTheFetchGivesItsSlotBack() {
        camel.start();
        when(fetcher.fetch(URL, null)).thenThrow(new IllegalStateException("a bug of ours"));

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).isInstanceOf(IllegalStateException.class);
        assertThat(slots.released).hasSize(1).containsExactlyElementsOf(slots.acquired);
    }

    @Test
    void aFailureBeforeTheRequestIsSentGivesTheSlotBack() throws Exception {
        AdviceWith.adviceWith(camel, "fetch-page", route -> route.weaveById("send-request").before()
                .throwException(new IllegalStateException("failed between acquire and send")));
        camel.start();

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).hasMessage("failed between acquire and send");
        assertThat(slots.released).hasSize(1).containsExactlyElementsOf(slots.acquired);
    }

    @Test
    void aFailureAfterTheResponseGivesTheSlotBack() throws Exception {
        when(fetcher.fetch(URL, null)).thenReturn(new FetchedPage(URL, 200, "text/html", new byte[0], null));
        AdviceWith.adviceWith(camel, "fetch-page", route -> route.weaveById("send-request").after()
                .throwException(new IllegalStateException("failed after the response")));
        camel.start();

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).hasMessage("failed after the response");
        assertThat(slots.released).hasSize(1).containsExactlyElementsOf(slots.acquired);
    }

    @Test
    void aHostNotReadyAtAcquireTookNoSlotAndGivesNoneBack() {
        camel.start();
        slots.notReady = true;

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).hasRootCauseInstanceOf(HostNotReadyException.class);
        assertThat(slots.released).isEmpty();
    }

    @Test
    void aHostNotReadyBeforeAcquireGivesNothingBack() {
        camel.start();
        robots.notReady = true;

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).isInstanceOf(HostNotReadyException.class);
        assertThat(slots.acquired).isEmpty();
        assertThat(slots.released).isEmpty();
    }

    @Test
    void aSecondPageWhoseHostIsNotReadyDoesNotGiveTheFirstSlotBackAgain() {
        camel.start();
        when(fetcher.fetch(URL, null)).thenReturn(new FetchedPage(URL, 200, "text/html", new byte[0], null));
        Exchange exchange = fetchPage();
        slots.notReady = true;

        producer.send("direct:fetch-page", exchange);

        assertThat(exchange.getException()).hasRootCauseInstanceOf(HostNotReadyException.class);
        assertThat(slots.released).hasSize(1).containsExactlyElementsOf(slots.acquired);
    }

    @Test
    void redisFailingToTakeTheSlotBackFailsTheFetchAsAnOutage() {
        camel.start();
        when(fetcher.fetch(URL, null)).thenReturn(new FetchedPage(URL, 200, "text/html", new byte[0], null));
        slots.releaseFails = true;

        Exchange exchange = fetchPage();

        assertThat(exchange.getException()).isInstanceOf(RedisConnectionFailureException.class);
    }

    private Exchange fetchPage() {
        return producer.send("direct:fetch-page", exchange -> exchange.setProperty("fetchUrl", URL));
    }

    /** Slots as HostRequestSlots hands them out, recorded. */
    public static class RecordingSlots implements RequestSlots {
        final List<String> acquired = new CopyOnWriteArrayList<>();
        final List<String> released = new CopyOnWriteArrayList<>();
        volatile boolean notReady;
        volatile boolean releaseFails;

        @Override
        public String acquire(String host, long crawlDelayMillis, boolean mayDefer) {
            assertThat(host).isEqualTo(HOST);
            if (notReady) {
                throw new HostNotReadyException(host, Duration.ofMillis(200), "request rate");
            }
            String slot = "slot-" + (acquired.size() + 1);
            acquired.add(slot);
            return slot;
        }

        @Override
        public void release(String host, String slot) {
            assertThat(host).isEqualTo(HOST);
            released.add(slot);
            if (releaseFails) {
                throw new RedisConnectionFailureException("Unable to connect to Redis");
            }
        }
    }

    /** robots.txt allowing everything without a Crawl-delay, or a host not ready to fetch it from. */
    public static class ReadyRobots {
        volatile boolean notReady;

        public void check(String url, boolean mayDefer) {
            if (notReady) {
                throw new HostNotReadyException(HOST, Duration.ofMillis(200), "request rate");
            }
        }

        public long crawlDelayMillis(String url) {
            return 0;
        }
    }
}
