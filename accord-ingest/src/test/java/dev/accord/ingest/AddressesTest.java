package dev.accord.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The address rules on literal addresses: no lookup, no network. */
class AddressesTest {

    private static final Set<InetAddress> OWN = Set.of(literal("81.2.69.160"), literal("2a02:c7f:1::5"));

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.5.5, PRIVATE", "172.31.255.255, PRIVATE", "192.168.0.1, PRIVATE",
            "fd00::1, PRIVATE", "fc00::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "100.64.0.1, SHARED", "100.127.255.254, SHARED",
            "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED", "0.1.2.3, RESERVED",
            "192.0.2.10, DOCUMENTATION", "198.51.100.7, DOCUMENTATION", "203.0.113.99, DOCUMENTATION",
            "2001:db8::1, DOCUMENTATION",
            "198.18.0.1, BENCHMARKING", "198.19.255.255, BENCHMARKING",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "240.0.0.1, RESERVED", "255.255.255.255, RESERVED", "192.0.0.8, RESERVED", "100::1, RESERVED",
            "2001:0::1, RESERVED", "::10.0.0.1, RESERVED", "4000::1, RESERVED",
            "81.2.69.160, OWN", "2a02:c7f:1::5, OWN",
            "::ffff:10.0.0.1, PRIVATE", "::ffff:127.0.0.1, LOOPBACK", "64:ff9b::a9fe:a9fe, LINK_LOCAL",
            "2002:c0a8:0101::1, PRIVATE"})
    void refusedAddressesAreRefusedForWhatTheyAre(String address, Addresses.Kind kind) {
        assertEquals(Optional.of(kind), Addresses.refusal(literal(address), OWN), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.0", "172.32.0.1",
            "192.0.3.1", "198.17.255.255", "198.20.0.1", "223.255.255.255", "2a00:1450:4001:82b::200e",
            "2606:4700::1111", "64:ff9b::808:808", "2002:0808:0808::1"})
    void publicAddressesAreAllowed(String address) {
        assertEquals(Optional.empty(), Addresses.refusal(literal(address), OWN), address);
    }

    @ParameterizedTest
    @CsvSource({"LOOPBACK, true", "OWN, true", "PRIVATE, true", "LINK_LOCAL, true", "SHARED, true",
            "UNSPECIFIED, false", "DOCUMENTATION, false", "BENCHMARKING, false", "MULTICAST, false",
            "RESERVED, false"})
    void onlyLocalKindsAreAllowedWithPrivateHosts(Addresses.Kind kind, boolean local) {
        assertEquals(local, kind.local);
    }
}
