package routes.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A URL's host as a resolver reads it, so that spellings of one host compare equal and none hides
 * an internal address: lower-case, one trailing dot dropped (localhost. is localhost), IPv6
 * brackets and zone id dropped, numeric IPv4 in any inet_aton form written as a dotted quad and
 * IPv6 in RFC 5952 form.
 *
 * @param name    the canonical text, without brackets
 * @param address the address, for IP literals only
 */
public record CanonicalHost(String name, Optional<InetAddress> address) {

    // only text of these characters, with a colon, is handed to InetAddress: it parses it as an
    // IPv6 literal and never asks DNS
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

    /** @throws IllegalArgumentException if the host has an empty label or is a malformed IPv6 literal */
    public static CanonicalHost of(String host) {
        String text = host.toLowerCase(Locale.ROOT);
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.contains(":")) {
            return ipv6(host, text);
        }
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw new IllegalArgumentException("host " + host + " has an empty label");
        }
        return Ipv4Literal.parse(name)
                .map(v4 -> new CanonicalHost(v4.getHostAddress(), Optional.<InetAddress>of(v4)))
                .orElseGet(() -> new CanonicalHost(name, Optional.empty()));
    }

    /** This host as a URL writes it: IPv6 in brackets. */
    private String forUri() {
        return address.filter(Inet6Address.class::isInstance).isPresent() ? "[" + name + "]" : name;
    }

    /** The URL with this host in place of the one it was written with. */
    public URI replaceIn(URI uri) {
        StringBuilder url = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(uri.getRawUserInfo()).append('@');
        }
        url.append(forUri());
        if (uri.getPort() != -1) {
            url.append(':').append(uri.getPort());
        }
        url.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            url.append('#').append(uri.getRawFragment());
        }
        return URI.create(url.toString());
    }

    private static CanonicalHost ipv6(String host, String text) {
        // the zone (fe80::1%eth0, or %25eth0 as URLs escape it) names an interface here, not an address
        int zone = text.indexOf('%');
        String literal = zone == -1 ? text : text.substring(0, zone);
        if (!IPV6_TEXT.matcher(literal).matches()) {
            throw new IllegalArgumentException("host " + host + " is not a valid IPv6 address");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host " + host + " is not a valid IPv6 address", e);
        }
        // Java reads ::ffff:a.b.c.d as the IPv4 address it maps, which is what it reaches
        return new CanonicalHost(text(address), Optional.of(address));
    }

    /** An address as a canonical host writes it: dotted quad, or IPv6 in RFC 5952 form without zone. */
    static String text(InetAddress address) {
        return address instanceof Inet6Address ? rfc5952(address.getAddress()) : address.getHostAddress();
    }

    /** Lower-case hex groups, leading zeros dropped, the longest run of two or more zero groups as "::". */
    private static String rfc5952(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }
}
