package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hosts judged from their text alone, with no DNS lookup: what a submission the resolver here cannot check gets. */
class InternalHostsTest {

    private static final InternalHosts INTERNAL = InternalHosts.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // loopback names
            "localhost                               | localhost names loopback",
            "localhost.                              | localhost. names loopback",
            "LOCALHOST.                              | LOCALHOST. names loopback",
            "app.localhost                           | app.localhost names loopback",
            "a.b.localhost.                          | names loopback",
            // numeric IPv4 in every form inet_aton reads
            "127.0.0.1                               | 127.0.0.1 is an internal IPv4 address (loopback)",
            "127.0.0.1.                              | 127.0.0.1. is the IPv4 address 127.0.0.1 (loopback)",
            "0x7f000001                              | 0x7f000001 is the IPv4 address 127.0.0.1 (loopback)",
            "0X7F000001                              | is the IPv4 address 127.0.0.1 (loopback)",
            "2130706433                              | 2130706433 is the IPv4 address 127.0.0.1 (loopback)",
            "0177.0.0.1                              | 0177.0.0.1 is the IPv4 address 127.0.0.1 (loopback)",
            "0x7f.1                                  | 0x7f.1 is the IPv4 address 127.0.0.1 (loopback)",
            "0x7f.0.0.1                              | is the IPv4 address 127.0.0.1 (loopback)",
            "127.0.1                                 | 127.0.1 is the IPv4 address 127.0.0.1 (loopback)",
            "017700000001                            | is the IPv4 address 127.0.0.1 (loopback)",
            "0                                       | 0 is the IPv4 address 0.0.0.0 (this network)",
            "0.0.0.0                                 | (this network)",
            "0x0a.0.0.1                              | is the IPv4 address 10.0.0.1 (private)",
            "167772161                               | is the IPv4 address 10.0.0.1 (private)",
            "012.1.2.3                               | is the IPv4 address 10.1.2.3 (private)",
            "0xa9fea9fe                              | is the IPv4 address 169.254.169.254 (cloud metadata)",
            "2852039166                              | is the IPv4 address 169.254.169.254 (cloud metadata)",
            "169.254.169.254                         | (cloud metadata)",
            "169.254.1.1                             | (link-local)",
            "172.16.0.1                              | (private)",
            "172.31.255.255                          | (private)",
            "192.168.0.1                             | (private)",
            "192.168.1                               | is the IPv4 address 192.168.0.1 (private)",
            "100.64.0.1                              | (carrier-grade NAT)",
            "100.100.100.200                         | (cloud metadata)",
            "192.0.0.8                               | (IETF protocol assignments)",
            "198.18.0.1                              | (benchmarking)",
            "198.19.255.255                          | (benchmarking)",
            "224.0.0.1                               | (multicast)",
            "240.0.0.1                               | (reserved)",
            "255.255.255.255                         | (broadcast)",
            "0xffffffff                              | is the IPv4 address 255.255.255.255 (broadcast)",
            // IPv6: brackets, zones, embedded IPv4
            "[::1]                                   | [::1] is an internal IPv6 address (loopback)",
            "[0:0:0:0:0:0:0:1]                       | is the IPv6 address ::1 (loopback)",
            "[::]                                    | (this network)",
            "[fe80::1]                               | (link-local)",
            "[fe80::1%25eth0]                        | [fe80::1%25eth0] is the IPv6 address fe80::1 (link-local)",
            "[FE80::1%eth0]                          | is the IPv6 address fe80::1 (link-local)",
            "[fd00::1]                               | (unique-local)",
            "[fc00::1]                               | (unique-local)",
            "[fd00:ec2::254]                         | (cloud metadata)",
            "[fec0::1]                               | (site-local)",
            "[ff02::1]                               | (multicast)",
            "[::ffff:127.0.0.1]                      | is the IPv4 address 127.0.0.1 (loopback)",
            "[::ffff:7f00:1]                         | is the IPv4 address 127.0.0.1 (loopback)",
            "[::ffff:a9fe:a9fe]                      | is the IPv4 address 169.254.169.254 (cloud metadata)",
            "[::127.0.0.1]                           | embeds 127.0.0.1, loopback",
            "[::10.0.0.1]                            | embeds 10.0.0.1, private",
            "[64:ff9b::127.0.0.1]                    | is the IPv6 address 64:ff9b::7f00:1 (embeds 127.0.0.1, loopback)",
            "[64:ff9b::a9fe:a9fe]                    | embeds 169.254.169.254, cloud metadata",
            "[2002:7f00:1::]                         | embeds 127.0.0.1, loopback",
            "[2002:c0a8:101::1]                      | embeds 192.168.1.1, private",
            // names internal by definition
            "metadata.google.internal                | metadata.google.internal is a cloud metadata name",
            "METADATA.GOOGLE.INTERNAL.               | is a cloud metadata name",
            "metadata                                | metadata is a cloud metadata name",
            "instance-data                           | instance-data is a cloud metadata name",
            "instance-data.ec2.internal              | is a cloud metadata name",
            "db.internal                             | db.internal is a private-use name",
            "ip-10-0-0-1.ec2.internal                | is a private-use name",
            "printer.local                           | printer.local is a multicast DNS name",
            "router.localdomain                      | is a local-domain name",
            "nas.home.arpa                           | is a home-network name",
            "intranet                           | intranet is a single-label name",
            "kubernetes                              | is a single-label name",
            "redis.                                  | redis. is a single-label name",
            // wildcard DNS that answers with a loopback address
            "localtest.me                            | localtest.me names loopback",
            "app.localtest.me                        | names loopback",
            "lvh.me                                  | names loopback",
            "shop.lvh.me                             | names loopback",
            "vcap.me                                 | names loopback",
            // wildcard DNS that answers with the address in the name
            "127.0.0.1.nip.io                        | 127.0.0.1.nip.io is answered by nip.io with 127.0.0.1 (loopback)",
            "127-0-0-1.nip.io                        | is answered by nip.io with 127.0.0.1 (loopback)",
            "app.10.0.0.1.nip.io                     | is answered by nip.io with 10.0.0.1 (private)",
            "app-10-0-0-1.nip.io                     | is answered by nip.io with 10.0.0.1 (private)",
            "7f000001.nip.io                         | is answered by nip.io with 127.0.0.1 (loopback)",
            "app-7f000001.nip.io                     | is answered by nip.io with 127.0.0.1 (loopback)",
            "169.254.169.254.nip.io                  | with 169.254.169.254 (cloud metadata)",
            "8.8.8.8.127.0.0.1.nip.io                | with 127.0.0.1 (loopback)",
            "192-168-1-1.sslip.io                    | is answered by sslip.io with 192.168.1.1 (private)",
            "--1.sslip.io                            | is answered by sslip.io with ::1 (loopback)",
            "fe80--1.sslip.io                        | (link-local)",
            "10.0.0.1.xip.io                         | is answered by xip.io with 10.0.0.1 (private)",
            "127.0.0.1.NIP.IO.                       | (loopback)"})
    void refusesInternalHosts(String host, String reason) {
        assertThat(whyInternal(host)).hasValueSatisfying(why -> assertThat(why).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "Example.COM.", "shop.example.co.uk",
            "xn--bcher-kva.example", "8.8.8.8", "93.184.216.34", "134744072",
            "0x08080808", "[2606:4700::1111]", "[2001:4860:4860::8888]", "[::ffff:8.8.8.8]",
            "[64:ff9b::8.8.8.8]", "mylocalhost.com", "localhost.example.com",
            "internal.example.com", "metadata.example.com", "nip.io", "8.8.8.8.nip.io",
            "8-8-8-8.nip.io", "app.nip.io", "notlocaltest.me", "172.32.0.1",
            "192.169.0.1", "100.128.0.1", "1.2.3.256", "256.1", "08.1.2.3", "1.2.3.4.5"})
    void letsPublicHostsThrough(String host) {
        assertThat(whyInternal(host)).isEmpty();
    }

    /** The host as java.net.URI gives it: IPv6 in brackets, the rest as written. */
    private static Optional<String> whyInternal(String host) {
        return INTERNAL.whyInternal(host, CanonicalHost.of(host));
    }
}
