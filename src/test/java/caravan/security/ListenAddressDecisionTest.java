package caravan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenAddressDecisionTest {

    @Test
    void withoutAKeyItListensOnLoopbackOnlyAndSaysSo() throws UnknownHostException {
        ListenAddressDecision decision = ListenAddressDecision.decide("server.address", null, false, false);
        assertThat(decision.address()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(decision.open()).isFalse();
        assertThat(decision.message()).contains("loopback only").contains("CARAVAN_SECURITY_API_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1"})
    void aLoopbackAddressAskedForIsKept(String address) throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName(address);
        ListenAddressDecision decision = ListenAddressDecision.decide("server.address", loopback, false, false);
        assertThat(decision.address()).isEqualTo(loopback);
        assertThat(decision.message()).contains("loopback only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.2"})
    void anyOtherAddressWithoutAKeyStopsTheStart(String address) throws UnknownHostException {
        assertThatThrownBy(() -> ListenAddressDecision.decide("server.address", InetAddress.getByName(address), false, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("server.address=")
                .hasMessageContaining("not a loopback address")
                .hasMessageContaining("CARAVAN_SECURITY_API_KEY")
                .hasMessageContaining("caravan.security.allow-open-without-key");
    }

    @Test
    void theRefusalNamesThePropertyTheAddressCameFrom() {
        assertThatThrownBy(() -> ListenAddressDecision.decide("management.server.address",
                InetAddress.getByName("0.0.0.0"), false, false))
                .hasMessageStartingWith("management.server.address=0.0.0.0 is not a loopback address")
                .hasMessageContaining("leave management.server.address unset");
    }

    @Test
    void withAKeyItListensAsConfigured() throws UnknownHostException {
        assertThat(ListenAddressDecision.decide("server.address", null, true, false).address()).as("all interfaces").isNull();
        InetAddress any = InetAddress.getByName("192.0.2.2");
        ListenAddressDecision decision = ListenAddressDecision.decide("server.address", any, true, false);
        assertThat(decision.address()).isEqualTo(any);
        assertThat(decision.open()).isFalse();
    }

    @Test
    void theOptOutListensAsConfiguredAndIsFlaggedForAWarning() throws UnknownHostException {
        ListenAddressDecision everywhere = ListenAddressDecision.decide("server.address", null, false, true);
        assertThat(everywhere.address()).isNull();
        assertThat(everywhere.open()).isTrue();
        assertThat(everywhere.message()).contains("all interfaces").contains("WITHOUT an API key");
        InetAddress one = InetAddress.getByName("192.0.2.2");
        assertThat(ListenAddressDecision.decide("server.address", one, false, true).address()).isEqualTo(one);
        assertThat(ListenAddressDecision.decide("server.address", one, false, true).open()).isTrue();
    }

    @Test
    void theOptOutChangesNothingForALoopbackAddress() throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThat(ListenAddressDecision.decide("server.address", loopback, false, true).open()).isFalse();
    }
}
