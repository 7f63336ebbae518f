package caravan.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the web server listens, decided from configuration only (never from a request): without an
 * API key only loopback, so a stranger on the network cannot submit jobs or read the consoles.
 *
 * @param address the address to bind, or null for all interfaces
 * @param open    true when it listens beyond loopback without a key (the opt-out): worth a loud warning
 * @param message the line to log at start
 */
record ListenAddressDecision(InetAddress address, boolean open, String message) {

    /** 127.0.0.1 itself, not whatever "localhost" resolves to: clients and tests connect to it. */
    static final InetAddress LOOPBACK = ipv4Loopback();

    /**
     * @param property             the property the address comes from (server.address), for messages
     * @param configured           its value, or null when not set (all interfaces)
     * @param keyConfigured        whether caravan.security.api-key is set
     * @param openWithoutKeyAllowed caravan.security.allow-open-without-key
     * @throws IllegalStateException when a non-loopback address is asked for without a key or the opt-out
     */
    static ListenAddressDecision decide(String property, InetAddress configured, boolean keyConfigured,
                                        boolean openWithoutKeyAllowed) {
        if (keyConfigured) {
            return new ListenAddressDecision(configured, false, "API key configured: listening on " + describe(configured));
        }
        if (configured == null && !openWithoutKeyAllowed) {
            return loopbackOnly(LOOPBACK);
        }
        if (configured != null && configured.isLoopbackAddress()) {
            return loopbackOnly(configured);
        }
        if (openWithoutKeyAllowed) {
            return new ListenAddressDecision(configured, true, "caravan.security.allow-open-without-key is true: "
                    + "listening on " + describe(configured) + " WITHOUT an API key. Anyone who can reach this port "
                    + "can submit and cancel jobs and use Hawtio and Jolokia (read-only). "
                    + "Set CARAVAN_SECURITY_API_KEY instead.");
        }
        throw new IllegalStateException(property + "=" + configured.getHostAddress() + " is not a loopback address "
                + "and no API key is configured: set CARAVAN_SECURITY_API_KEY (at least 16 characters) to listen on "
                + "other interfaces, or leave " + property + " unset to listen on loopback only "
                + "(caravan.security.allow-open-without-key=true runs it open to anyone who can reach the port)");
    }

    private static ListenAddressDecision loopbackOnly(InetAddress address) {
        return new ListenAddressDecision(address, false, "No API key: listening on loopback only ("
                + address.getHostAddress() + "). Set CARAVAN_SECURITY_API_KEY to listen on other interfaces.");
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException fourBytesAlwaysMakeAnAddress) {
            throw new IllegalStateException(fourBytesAlwaysMakeAnAddress);
        }
    }

    private static String describe(InetAddress address) {
        return address == null ? "all interfaces" : address.getHostAddress();
    }
}
