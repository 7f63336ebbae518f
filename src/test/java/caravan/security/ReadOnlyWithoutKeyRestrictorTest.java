package caravan.security;

import static org.assertj.core.api.Assertions.assertThat;

import javax.management.ObjectName;
import org.jolokia.server.core.util.RequestType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadOnlyWithoutKeyRestrictorTest {

    private static final ObjectName DIAGNOSTIC = name("com.sun.management:type=DiagnosticCommand");
    private final ReadOnlyWithoutKeyRestrictor restrictor = new ReadOnlyWithoutKeyRestrictor();

    @AfterEach
    void forgetTheKey() {
        ApiKeyPresented.clear();
    }

    @Test
    void withoutTheKeyNothingRunsAndNothingIsWritten() {
        assertThat(restrictor.isTypeAllowed(RequestType.EXEC)).isFalse();
        assertThat(restrictor.isTypeAllowed(RequestType.WRITE)).isFalse();
        assertThat(restrictor.isOperationAllowed(DIAGNOSTIC, "vmSystemProperties")).isFalse();
        assertThat(restrictor.isAttributeWriteAllowed(name("java.lang:type=Memory"), "Verbose")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"READ", "LIST", "SEARCH", "VERSION"})
    void readsNeedNoKey(RequestType type) {
        assertThat(restrictor.isTypeAllowed(type)).isTrue();
        assertThat(restrictor.isAttributeReadAllowed(name("java.lang:type=Memory"), "HeapMemoryUsage")).isTrue();
    }

    @Test
    void withTheKeyOperationsAndWritesAreAllowed() {
        ApiKeyPresented.mark();
        assertThat(restrictor.isTypeAllowed(RequestType.EXEC)).isTrue();
        assertThat(restrictor.isTypeAllowed(RequestType.WRITE)).isTrue();
        assertThat(restrictor.isOperationAllowed(DIAGNOSTIC, "vmSystemProperties")).isTrue();
        assertThat(restrictor.isAttributeWriteAllowed(name("java.lang:type=Memory"), "Verbose")).isTrue();
    }

    @Test
    void theKeyCountsOnlyForTheRequestThatPresentedIt() {
        ApiKeyPresented.mark();
        ApiKeyPresented.clear();
        assertThat(restrictor.isTypeAllowed(RequestType.EXEC)).isFalse();
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
