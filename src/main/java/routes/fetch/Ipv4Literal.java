package routes.fetch;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numeric IPv4 as inet_aton (libc, curl, browsers) reads it, not only dotted quads: 1 to 4 parts,
 * each decimal, octal (leading 0) or hex (0x); the last part fills the bytes the others leave, so
 * 127.1, 0x7f000001, 2130706433, 0177.0.0.1 and 0x7f.1 are all 127.0.0.1. A part out of range
 * makes the text a name, not an address.
 */
final class Ipv4Literal {

    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final Pattern OCTAL = Pattern.compile("0[0-7]*");
    private static final Pattern DECIMAL = Pattern.compile("[1-9][0-9]*");

    private Ipv4Literal() {
    }

    static Optional<Inet4Address> parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger value = value(parts[i]);
            boolean last = i == parts.length - 1;
            // the last part fills the remaining bytes: 4 parts leave it 1 byte, 1 part all 4
            int bits = last ? 8 * (4 - i) : 8;
            if (value == null || value.bitLength() > bits) {
                return Optional.empty();
            }
            address = last ? (address << bits) | value.longValue() : (address << 8) | value.longValue();
        }
        return Optional.of(toAddress(address));
    }

    private static BigInteger value(String part) {
        if (HEX.matcher(part).matches()) {
            // inet_aton reads a bare "0x" as 0
            return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
        }
        if (OCTAL.matcher(part).matches()) {
            return new BigInteger(part, 8);
        }
        return DECIMAL.matcher(part).matches() ? new BigInteger(part) : null;
    }

    private static Inet4Address toAddress(long address) {
        return of(new byte[]{(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    /** The IPv4 address of four bytes. */
    static Inet4Address of(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
