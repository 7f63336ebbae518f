package routes.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostGuardTest {

    private final HostGuard guard = new HostGuard(List.of("127.0.0.1:8099", "localhost", " "));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8100/", "http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.4/",
            "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/",
            "http://100.64.1.1/", "ftp://example.com/", "file:///etc/passwd", "http:///nohost"})
    void refusesInternalAddressesAndOtherSchemes(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(PermanentFetchException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8099/shop", "http://localhost:1234/", "https://LOCALHOST/",
            "http://93.184.216.34/"})
    void allowsListedHostsAndPublicAddresses(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }
}
