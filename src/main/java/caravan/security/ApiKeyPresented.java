package caravan.security;

/**
 * Whether the request being handled on this thread presented the valid API key. {@link ApiKeyFilter}
 * sets it around the rest of the chain; {@link ReadOnlyWithoutKeyRestrictor} reads it, because
 * Jolokia builds its restrictor from a class name and cannot be handed the request. Jolokia serves a
 * request (a bulk one too) on the thread that received it, and Hawtio's /actuator/hawtio/jolokia is
 * a forward on that same thread.
 */
final class ApiKeyPresented {

    private static final ThreadLocal<Boolean> PRESENTED = new ThreadLocal<>();

    private ApiKeyPresented() {
    }

    static boolean onThisRequest() {
        return Boolean.TRUE.equals(PRESENTED.get());
    }

    static void mark() {
        PRESENTED.set(Boolean.TRUE);
    }

    /** Always called when the request is done: pooled threads serve other requests next. */
    static void clear() {
        PRESENTED.remove();
    }
}
