package routes.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses requests to addresses inside our own network (SSRF): loopback, private, link-local,
 * unique-local, multicast and cloud-metadata addresses, after DNS resolution — unless the
 * allow-list names the host ("host" for any port, "host:port" for one).
 */
public class HostGuard {

    private final Set<String> allowed;

    public HostGuard(Collection<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @throws PermanentFetchException if the URL must not be fetched; UnresolvedHostException if its host does not resolve */
    public void check(URI uri) {
        String url = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new PermanentFetchException(url, "only http and https URLs are fetched, not " + url);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new PermanentFetchException(url, "URL has no host: " + url);
        }
        host = host.toLowerCase(Locale.ROOT);
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (allowed.contains(host) || allowed.contains(bareHost) || allowed.contains(host + ":" + port)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            throw new UnresolvedHostException(url, host, e);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new PermanentFetchException(url, "host " + host + " resolves to internal address "
                        + address.getHostAddress() + ", which is not in caravan.fetch.allowed-hosts");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local (includes fd00:ec2::254, AWS metadata over IPv6)
            return (bytes[0] & 0xfe) == 0xfc;
        }
        // 100.64.0.0/10 carrier-grade NAT is internal too; 169.254/16 is covered by link-local
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
