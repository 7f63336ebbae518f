package routes.queue;

import java.util.Map;

/** How much work a queue holds: queued per priority (in every lane, ready or waiting), and leased to workers. */
public record QueueDepth(Map<String, Long> ready, long leased) {

    public long readyTotal() {
        return ready.values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return readyTotal() + leased;
    }
}
