package routes.queue;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.springframework.stereotype.Component;

/**
 * {@code taskqueue:<name>}: the reliable Redis queue as an ordinary Camel endpoint. camel-spring-redis
 * can only subscribe to pub/sub, which loses messages when no worker listens; this leases instead.
 */
@Component("taskqueue")
@org.apache.camel.spi.annotations.Component("taskqueue")
public class TaskQueueComponent extends DefaultComponent {

    private final RedisTaskQueue queue;

    public TaskQueueComponent(RedisTaskQueue queue) {
        this.queue = queue;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TaskQueueEndpoint endpoint = new TaskQueueEndpoint(uri, this, queue, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
