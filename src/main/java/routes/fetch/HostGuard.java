package routes.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses requests to addresses inside our own network (SSRF): loopback, private, link-local,
 * unique-local, multicast and cloud-metadata addresses — first from the host's text (its
 * canonical form, see {@link CanonicalHost} and {@link InternalHosts}), then after DNS resolution —
 * unless the allow-list names the host ("host" for any port, "host:port" for one).
 *
 * <p>Allow-list entries are compared in canonical form too: "localhost:8090" allows
 * http://LOCALHOST.:8090/, and "127.0.0.1" allows http://2130706433/, since each is the same host.
 */
public class HostGuard {

    private static final String NOT_ALLOWED = ", and is not in caravan.fetch.allowed-hosts";

    private final Set<String> allowed;
    private final InternalHosts internalHosts;

    public HostGuard(Collection<String> allowedHosts, InternalHosts internalHosts) {
        this.allowed = allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(HostGuard::canonicalEntry).collect(Collectors.toUnmodifiableSet());
        this.internalHosts = internalHosts;
    }

    /** @throws PermanentFetchException if the URL must not be fetched; UnresolvedHostException if its host does not resolve */
    public void check(URI uri) {
        String url = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new PermanentFetchException(url, "only http and https URLs are fetched, not " + url);
        }
        String written = uri.getHost();
        if (written == null || written.isEmpty()) {
            throw new PermanentFetchException(url, "URL has no host: " + url);
        }
        CanonicalHost host;
        try {
            host = CanonicalHost.of(written);
        } catch (IllegalArgumentException malformed) {
            throw new PermanentFetchException(url, malformed.getMessage());
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (allowed.contains(host.name()) || allowed.contains(host.name() + ":" + port)) {
            return;
        }
        Optional<String> internal = internalHosts.whyInternal(written, host);
        if (internal.isPresent()) {
            throw new PermanentFetchException(url, internal.get() + NOT_ALLOWED);
        }
        InetAddress[] addresses;
        try {
            // canonical: a numeric form Java would send to DNS (0x08080808) is read as its address
            addresses = InetAddress.getAllByName(host.name());
        } catch (UnknownHostException e) {
            throw new UnresolvedHostException(url, written, e);
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = internalHosts.kindOf(address);
            if (kind.isPresent()) {
                throw new PermanentFetchException(url, "host " + written + " resolves to internal address "
                        + CanonicalHost.text(address) + " (" + kind.get() + ")" + NOT_ALLOWED);
            }
        }
    }

    /** "host", "host:port", "[v6]:port" or a bare IPv6 address, with the host in canonical form. */
    private static String canonicalEntry(String entry) {
        String host = entry;
        String port = "";
        int lastColon = entry.lastIndexOf(':');
        if (entry.startsWith("[") && entry.contains("]")) {
            host = entry.substring(0, entry.indexOf(']') + 1);
            port = entry.substring(host.length());
        } else if (lastColon != -1 && lastColon == entry.indexOf(':')) {
            host = entry.substring(0, lastColon);
            port = entry.substring(lastColon);
        }
        return CanonicalHost.of(host).name() + port;
    }
}
