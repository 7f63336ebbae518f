package routes.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * taskqueue: describes itself the way Camel's own components do, so tools that list an endpoint's
 * options (Camel JBang, Hawtio, the catalog) show every option the workers' routes set.
 */
class TaskQueueMetadataTest {

    @Test
    void everyEndpointOptionIsDescribedInTheComponentSchema() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("taskqueue", new TaskQueueComponent(null));
            JsonNode schema = new ObjectMapper().readTree(camel.getComponentParameterJsonSchema("taskqueue"));

            assertThat(schema.at("/component/syntax").asText()).isEqualTo("taskqueue:queueName");
            JsonNode properties = schema.get("properties");
            assertThat(properties.at("/queueName/required").asBoolean()).isTrue();
            for (String option : new String[] {"concurrency", "prefetch", "leaseSeconds", "idleWaitMillis",
                    "shutdownGraceMillis", "laneCapacity", "laneRate", "laneClaimAheadMillis"}) {
                assertThat(properties.has(option)).as(option).isTrue();
                assertThat(properties.get(option).get("description").asText()).as(option).isNotBlank();
            }
            assertThat(properties.at("/concurrency/defaultValue").asInt()).isEqualTo(8);
        }
    }

    @Test
    void optionsAreSetThroughTheGeneratedConfigurerNotReflection() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            TaskQueueComponent component = new TaskQueueComponent(null);
            camel.addComponent("taskqueue", component);
            camel.start();
            TaskQueueEndpoint endpoint = camel.getEndpoint("taskqueue:crawl?laneCapacity=3&laneRate=2.5", TaskQueueEndpoint.class);

            assertThat(endpoint.getLaneCapacity()).isEqualTo(3);
            assertThat(endpoint.getLaneRate()).isEqualTo(2.5);
            assertThat(component.getEndpointPropertyConfigurer()).isInstanceOf(TaskQueueEndpointConfigurer.class);
        }
    }
}
