package routes.fetch;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** A CIDR block such as 10.0.0.0/8 or fc00::/7. */
record IpRange(BigInteger network, int prefix, int bits) {

    // InetAddress is only handed literals: digits, dots, hex and colons, never a name to look up
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    static IpRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        String literal = slash == -1 ? "" : cidr.substring(0, slash);
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("not a CIDR block: " + cidr);
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            int prefix = Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + cidr);
            }
            return new IpRange(new BigInteger(1, bytes), prefix, bytes.length * 8);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length * 8 != bits) {
            return false;
        }
        int hostBits = bits - prefix;
        return new BigInteger(1, bytes).shiftRight(hostBits).equals(network.shiftRight(hostBits));
    }
}
