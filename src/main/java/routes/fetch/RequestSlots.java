package routes.fetch;

/** A host's politeness slots: what every request to it, robots.txt included, waits for first. */
public interface RequestSlots {

    /** Blocks until a request to {@code host} may be sent; returns the in-flight slot to give back. */
    String acquire(String host, long crawlDelayMillis);

    void release(String host, String slot);
}
