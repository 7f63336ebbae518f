package routes.fetch;

/** A host's politeness slots: what every request to it, robots.txt included, waits for first. */
public interface RequestSlots {

    /**
     * Returns the in-flight slot to give back once the request to {@code host} has ended. Waits in
     * the calling thread while the wait is short or {@code mayDefer} is false (the task already
     * holds a page it would lose); otherwise throws {@link HostNotReadyException}.
     */
    String acquire(String host, long crawlDelayMillis, boolean mayDefer);

    void release(String host, String slot);
}
