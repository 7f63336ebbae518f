package routes.queue;

/**
 * What the task queue needs to know of a message: a stable id (for idempotent enqueue), its
 * priority, the lane it is served in (a host: lanes are served apart, each at its own pace) and its
 * group (a job: groups sharing a lane are served fairly, by turns).
 */
public interface QueueMessage {

    String messageId();

    Priority messagePriority();

    /** Must not contain a space. */
    default String messageLane() {
        return "";
    }

    default String messageGroup() {
        return "";
    }
}
