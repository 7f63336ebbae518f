package routes.queue;

/** What the task queue needs to know of a message: a stable id (for idempotent enqueue) and its priority. */
public interface QueueMessage {

    String messageId();

    Priority messagePriority();
}
