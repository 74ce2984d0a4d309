package dev.accord.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses the fetcher may connect to. A link in a feed is chosen by whoever wrote the feed, so a
 * fetch must not reach what only the user's machine can reach: itself, its local networks, its cloud's
 * metadata service. Ranges are IANA's special-purpose registries (RFC 6890 and successors) for IPv4 and
 * IPv6; an IPv6 address that carries an IPv4 one (mapped, NAT64, 6to4) is judged by the IPv4 address.
 */
final class Addresses {

    /** Why an address is refused; local kinds are allowed with {@code --allow-private-hosts}, the others never. */
    enum Kind {
        LOOPBACK("a loopback address", true),
        OWN("an address of this machine", true),
        PRIVATE("a private address", true),
        LINK_LOCAL("a link-local address", true),
        SHARED("a shared (carrier-grade NAT) address", true),
        UNSPECIFIED("the unspecified address", false),
        DOCUMENTATION("a documentation address", false),
        BENCHMARKING("a benchmarking address", false),
        MULTICAST("a multicast address", false),
        RESERVED("a reserved address", false);

        final String phrase;
        final boolean local;

        Kind(String phrase, boolean local) {
            this.phrase = phrase;
            this.local = local;
        }
    }

    private record Range(byte[] prefix, int bits, Kind kind) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/32", Kind.UNSPECIFIED),
            range("0.0.0.0/8", Kind.RESERVED),
            range("10.0.0.0/8", Kind.PRIVATE),
            range("100.64.0.0/10", Kind.SHARED),
            range("127.0.0.0/8", Kind.LOOPBACK),
            range("169.254.0.0/16", Kind.LINK_LOCAL),
            range("172.16.0.0/12", Kind.PRIVATE),
            range("192.0.0.0/24", Kind.RESERVED),
            range("192.0.2.0/24", Kind.DOCUMENTATION),
            range("192.88.99.0/24", Kind.RESERVED),
            range("192.168.0.0/16", Kind.PRIVATE),
            range("198.18.0.0/15", Kind.BENCHMARKING),
            range("198.51.100.0/24", Kind.DOCUMENTATION),
            range("203.0.113.0/24", Kind.DOCUMENTATION),
            range("224.0.0.0/4", Kind.MULTICAST),
            range("240.0.0.0/4", Kind.RESERVED),
            range("::/128", Kind.UNSPECIFIED),
            range("::1/128", Kind.LOOPBACK),
            range("64:ff9b:1::/48", Kind.PRIVATE),
            range("100::/64", Kind.RESERVED),
            range("2001::/23", Kind.RESERVED),
            range("2001:db8::/32", Kind.DOCUMENTATION),
            range("3fff::/20", Kind.DOCUMENTATION),
            range("fc00::/7", Kind.PRIVATE),
            range("fe80::/10", Kind.LINK_LOCAL),
            range("fec0::/10", Kind.PRIVATE),
            range("ff00::/8", Kind.MULTICAST));

    /** IPv6 prefixes whose last or inner 32 bits are an IPv4 address, and where that address starts. */
    private static final List<Range> CARRY_IPV4 = List.of(range("::ffff:0:0/96", null),
            range("64:ff9b::/96", null), range("2002::/16", null));
    private static final int[] IPV4_AT = {12, 12, 2};

    /** IPv6 global unicast; the rest of the IPv6 space is unassigned or special. */
    private static final Range GLOBAL_UNICAST = range("2000::/3", null);

    private Addresses() {
    }

    /**
     * Why {@code address} is refused, or empty when it is a public address.
     *
     * @param own the addresses of this machine's interfaces
     */
    static Optional<Kind> refusal(InetAddress address, Set<InetAddress> own) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            for (int i = 0; i < CARRY_IPV4.size(); i++) {
                if (CARRY_IPV4.get(i).contains(bytes)) {
                    byte[] v4 = new byte[4];
                    System.arraycopy(bytes, IPV4_AT[i], v4, 0, 4);
                    return refusal(literal(v4), own);
                }
            }
        }
        for (Range r : RANGES) {
            if (r.contains(bytes)) {
                return Optional.of(r.kind());
            }
        }
        if (own.contains(literal(bytes))) {
            return Optional.of(Kind.OWN);
        }
        if (address instanceof Inet6Address && !GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of(Kind.RESERVED);
        }
        return Optional.empty();
    }

    /** The address without an IPv6 scope, so that one machine's addresses compare equal however they were found. */
    static InetAddress literal(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address of " + bytes.length + " bytes; expected 4 or 16", e);
        }
    }

    private static Range range(String cidr, Kind kind) {
        int slash = cidr.indexOf('/');
        InetAddress prefix;
        try {
            // A literal is parsed, never looked up.
            prefix = InetAddress.getByName(cidr.substring(0, slash));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address range " + cidr + "; expected a literal prefix", e);
        }
        byte[] bytes = prefix.getAddress();
        if (cidr.contains(":") && prefix instanceof Inet4Address) {
            // Java reads ::ffff:0:0 as an IPv4 address; the range is of IPv6 addresses.
            byte[] v6 = new byte[16];
            v6[10] = (byte) 0xFF;
            v6[11] = (byte) 0xFF;
            System.arraycopy(bytes, 0, v6, 12, 4);
            bytes = v6;
        }
        return new Range(bytes, Integer.parseInt(cidr.substring(slash + 1)), kind);
    }
}
