package routes.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The addresses that wildcard DNS services such as nip.io and sslip.io read out of the labels in
 * front of their name: dotted or dashed IPv4 (app.10.0.0.1, app-10-0-0-1), eight hex digits
 * (7f000001) and dashed IPv6 (--1 for ::1, fe80--1).
 */
final class EmbeddedAddresses {

    private static final Pattern OCTET = Pattern.compile("25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]");
    private static final Pattern HEX_IPV4 = Pattern.compile("[0-9a-f]{8}");
    private static final Pattern DASHED_IPV6 = Pattern.compile("[0-9a-f-]*-[0-9a-f-]*");

    private EmbeddedAddresses() {
    }

    /** Every address the labels spell, wherever it stands: which one the service answers with is its business. */
    static Stream<InetAddress> in(String labels) {
        List<InetAddress> found = new ArrayList<>();
        String[] tokens = labels.split("[.-]");
        for (int i = 0; i + 4 <= tokens.length; i++) {
            if (Stream.of(tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]).allMatch(t -> OCTET.matcher(t).matches())) {
                found.add(Ipv4Literal.of(new byte[]{octet(tokens[i]), octet(tokens[i + 1]), octet(tokens[i + 2]), octet(tokens[i + 3])}));
            }
        }
        for (String token : tokens) {
            if (HEX_IPV4.matcher(token).matches()) {
                found.add(Ipv4Literal.of(HexFormat.of().parseHex(token)));
            }
        }
        for (String label : labels.split("\\.")) {
            if (DASHED_IPV6.matcher(label).matches()) {
                ipv6(label.replace('-', ':')).ifPresent(found::add);
            }
        }
        return found.stream();
    }

    private static byte octet(String token) {
        return (byte) Integer.parseInt(token);
    }

    private static Optional<InetAddress> ipv6(String literal) {
        try {
            // only hex digits and colons reach here: InetAddress parses them, never asks DNS
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
