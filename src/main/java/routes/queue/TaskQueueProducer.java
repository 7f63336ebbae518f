package routes.queue;

import java.util.Collection;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/** Enqueues the body: one {@link QueueMessage} or a collection of them (sent in bulk). */
class TaskQueueProducer extends DefaultProducer {

    private final TaskQueueEndpoint endpoint;

    TaskQueueProducer(TaskQueueEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        Collection<? extends QueueMessage> messages;
        if (body instanceof QueueMessage single) {
            messages = List.of(single);
        } else if (body instanceof Collection<?> many && many.stream().allMatch(QueueMessage.class::isInstance)) {
            @SuppressWarnings("unchecked")
            Collection<? extends QueueMessage> typed = (Collection<? extends QueueMessage>) many;
            messages = typed;
        } else {
            throw new IllegalArgumentException("taskqueue expects a QueueMessage or a collection of them, got "
                    + (body == null ? "null" : body.getClass().getName()));
        }
        endpoint.queue().enqueue(endpoint.queueName(), messages);
    }
}
