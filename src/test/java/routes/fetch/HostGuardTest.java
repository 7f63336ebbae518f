package routes.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostGuardTest {

    // allow-list entries in odd spellings: each allows its host however a URL writes it
    private final HostGuard guard = new HostGuard(List.of("127.0.0.1:8099", "localhost", " ", "LVH.ME.:8090",
            "[::1]:8443", "0xa000001"), InternalHosts.load());

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8100/", "http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.4/",
            "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/",
            "http://100.64.1.1/", "ftp://example.com/", "file:///etc/passwd", "http:///nohost", "http://lvh.me:8091/",
            "http://[::1]:8444/", "http://10.0.0.2/"})
    void refusesInternalAddressesAndOtherSchemes(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(PermanentFetchException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8099/shop", "http://localhost:1234/", "https://LOCALHOST/",
            "http://localhost./", "http://2130706433:8099/", "http://0177.0.0.1:8099/", "http://lvh.me:8090/",
            "http://LVH.ME.:8090/", "http://[0:0::1]:8443/", "http://10.0.0.1/", "http://93.184.216.34/",
            "http://[::ffff:93.184.216.34]/"})
    void allowsListedHostsInAnySpellingAndPublicAddresses(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://localhost.:8090/           | localhost. names loopback",
            "http://[fe80::1%25eth0]/          | [fe80::1%25eth0] is the IPv6 address fe80::1 (link-local)",
            "http://0x7f000001/                | 0x7f000001 is the IPv4 address 127.0.0.1 (loopback)",
            "http://metadata.google.internal/  | metadata.google.internal is a cloud metadata name",
            "http://127.0.0.1.nip.io/          | 127.0.0.1.nip.io is answered by nip.io with 127.0.0.1 (loopback)",
            "http://localhost:8090/            | localhost names loopback"})
    void refusesInternalHostsBeforeAnyLookupAndSaysWhy(String url, String reason) {
        HostGuard strict = new HostGuard(List.of(), InternalHosts.load());
        assertThatThrownBy(() -> strict.check(URI.create(url))).isInstanceOf(PermanentFetchException.class)
                .hasMessageStartingWith(reason).hasMessageContaining("caravan.fetch.allowed-hosts");
    }
}
