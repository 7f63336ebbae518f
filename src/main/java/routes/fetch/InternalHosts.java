package routes.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * Which hosts name an address inside our own network, decided from the host's text alone — no
 * DNS, which may not answer here for a name that resolves where the crawl runs. The ranges, names
 * and IP-embedding DNS services are listed in fetch/internal-hosts.yaml.
 */
public class InternalHosts {

    private static final String RESOURCE = "/fetch/internal-hosts.yaml";

    private final List<Range> ranges;
    private final Map<String, String> names;
    private final List<String> ipEmbeddingServices;

    private record Range(IpRange block, String kind) {
    }

    private InternalHosts(List<Range> ranges, Map<String, String> names, List<String> ipEmbeddingServices) {
        // most specific first, so 169.254.169.254 reads as cloud metadata rather than link-local
        this.ranges = ranges.stream().sorted(Comparator.comparingInt((Range r) -> r.block().prefix()).reversed()).toList();
        this.names = Map.copyOf(names);
        this.ipEmbeddingServices = List.copyOf(ipEmbeddingServices);
    }

    public static InternalHosts load() {
        try (InputStream in = InternalHosts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return from(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static InternalHosts from(Map<String, Object> yaml) {
        try {
            List<Range> ranges = new ArrayList<>();
            ((Map<String, List<String>>) yaml.get("addresses")).forEach((kind, blocks) ->
                    blocks.forEach(block -> ranges.add(new Range(IpRange.parse(block), kind))));
            return new InternalHosts(ranges, (Map<String, String>) yaml.get("names"),
                    (List<String>) yaml.get("ip-embedding-services"));
        } catch (RuntimeException e) {
            // a typo in the list should stop the start, not quietly let a host through
            throw new IllegalStateException(RESOURCE + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Why the host names an internal address, as a sentence starting with the host as written,
     * or empty if its text does not say (DNS may still).
     */
    Optional<String> whyInternal(String written, CanonicalHost host) {
        if (host.address().isPresent()) {
            InetAddress address = host.address().get();
            String family = address instanceof Inet4Address ? "IPv4" : "IPv6";
            String bare = written.replaceAll("^\\[|]$", "").toLowerCase(Locale.ROOT);
            return kindOf(address).map(kind -> bare.equals(host.name())
                    ? written + " is an internal " + family + " address (" + kind + ")"
                    : written + " is the " + family + " address " + host.name() + " (" + kind + ")");
        }
        return namedInternal(written, host.name())
                .or(() -> embeddedInternal(written, host.name()))
                .or(() -> host.name().contains(".") ? Optional.empty()
                        : Optional.of(written + " is a single-label name, resolved through the network's own search domains"));
    }

    /** What kind of internal address this is, or empty for a public one. */
    Optional<String> kindOf(InetAddress address) {
        if (address instanceof Inet6Address) {
            Optional<String> embedding = embeddedIpv4(address.getAddress())
                    .flatMap(v4 -> kindOf(v4).map(kind -> "embeds " + CanonicalHost.text(v4) + ", " + kind));
            if (embedding.isPresent()) {
                return embedding;
            }
        }
        return ranges.stream().filter(r -> r.block().contains(address)).map(Range::kind).findFirst();
    }

    /** The name or the nearest parent listed in names: a.b.localhost finds localhost. */
    private Optional<String> namedInternal(String written, String name) {
        for (String candidate = name; ; candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            String phrase = names.get(candidate);
            if (phrase != null) {
                return Optional.of(written + " " + phrase);
            }
            if (!candidate.contains(".")) {
                return Optional.empty();
            }
        }
    }

    /** 127.0.0.1.nip.io and the like: refused if any address the labels spell is internal. */
    private Optional<String> embeddedInternal(String written, String name) {
        for (String service : ipEmbeddingServices) {
            if (name.endsWith("." + service)) {
                String labels = name.substring(0, name.length() - service.length() - 1);
                return EmbeddedAddresses.in(labels)
                        .flatMap(address -> kindOf(address).map(kind -> written + " is answered by " + service
                                + " with " + CanonicalHost.text(address) + " (" + kind + ")").stream())
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static Optional<InetAddress> embeddedIpv4(byte[] v6) {
        boolean mapped = allZero(v6, 0, 10) && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
        // ::/96 minus :: and ::1, which are IPv6's own unspecified and loopback addresses
        boolean compatible = allZero(v6, 0, 12) && !(allZero(v6, 12, 15) && (v6[15] & 0xff) <= 1);
        boolean nat64 = v6[0] == 0 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b
                && allZero(v6, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(Ipv4Literal.of(Arrays.copyOfRange(v6, 12, 16)));
        }
        if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
            return Optional.of(Ipv4Literal.of(Arrays.copyOfRange(v6, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
