package caravan.security;

import javax.management.ObjectName;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;

/**
 * Jolokia (and so Hawtio) may only read unless the request presented the API key: JMX operations
 * and attribute writes can run diagnostic commands, write files or stop the service. With no key
 * configured no request can present one, so Jolokia is read-only. Configured by class name in
 * application.yml (management.endpoint.jolokia.config.restrictorClass).
 *
 * <p>Nothing here looks at the client's address or at headers such as Host or X-Forwarded-For:
 * who may reach the port is decided by the listening address ({@link ListenAddressDecision}).
 */
public class ReadOnlyWithoutKeyRestrictor implements Restrictor {

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return (type != RequestType.EXEC && type != RequestType.WRITE) || ApiKeyPresented.onThisRequest();
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        return ApiKeyPresented.onThisRequest();
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        return ApiKeyPresented.onThisRequest();
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return true;
    }

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return true;
    }

    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        return true;
    }

    @Override
    public boolean isOriginAllowed(String origin, boolean onlyWhenStrictCheckingIsEnabled) {
        return true;
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return false;
    }
}
