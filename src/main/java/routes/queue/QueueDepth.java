package routes.queue;

import java.util.Map;

/** How much work a queue holds: ready per priority, and leased to workers. */
public record QueueDepth(Map<String, Long> ready, long leased) {

    public long readyTotal() {
        return ready.values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return readyTotal() + leased;
    }
}
