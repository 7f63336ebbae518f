package routes.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalHostTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Example.COM.          | example.com",
            "localhost.            | localhost",
            "0x7f000001            | 127.0.0.1",
            "127.1                 | 127.0.0.1",
            "0177.0.0.01           | 127.0.0.1",
            "0x7f.0x0.0.1          | 127.0.0.1",
            "10.0x10203            | 10.1.2.3",
            "4294967295            | 255.255.255.255",
            "0x                    | 0.0.0.0",
            "4294967296            | 4294967296",
            "1.2.3.256             | 1.2.3.256",
            "09.1.1.1              | 09.1.1.1",
            "[FE80::1%25eth0]      | fe80::1",
            "[0:0:0:0:0:0:0:1]     | ::1",
            "[2001:db8:0:0:1:0:0:1] | 2001:db8::1:0:0:1",
            "[2606:4700::1111]     | 2606:4700::1111",
            "[::ffff:7f00:1]       | 127.0.0.1"})
    void readsTheHostAsAResolverDoes(String host, String canonical) {
        assertThat(CanonicalHost.of(host).name()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "a..b", ".example.com", "example.com..", "[fe80::zz]", "[1::2::3]"})
    void refusesHostsNoResolverReads(String host) {
        assertThatThrownBy(() -> CanonicalHost.of(host)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "http://Shop.Example.COM./a/b?q=%20x#top  | http://shop.example.com/a/b?q=%20x#top",
            "https://EXAMPLE.com.:8443/%7Euser/       | https://example.com:8443/%7Euser/",
            "http://[2001:DB8:0:0::1]/                | http://[2001:db8::1]/"})
    void replacesOnlyTheHostInAUrl(String url, String canonical) {
        URI uri = URI.create(url);
        assertThat(CanonicalHost.of(uri.getHost()).replaceIn(uri)).hasToString(canonical);
    }
}
