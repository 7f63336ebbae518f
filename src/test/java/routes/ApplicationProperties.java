package routes;

import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The defaults of application.yml as flat properties, for route tests that load YAML routes into
 * a plain Camel context: the routes' {{placeholders}} resolve to what the service runs with.
 */
public final class ApplicationProperties {

    private ApplicationProperties() {
    }

    public static Properties defaults() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }

    /** The defaults with retries that take milliseconds: {@code retries} of them, 1 ms apart and growing. */
    public static Properties withFastRetries(int retries) {
        Properties properties = defaults();
        properties.put("caravan.retry.max-retries", String.valueOf(retries));
        properties.put("caravan.retry.initial-delay-millis", "1");
        properties.put("caravan.retry.multiplier", "2");
        properties.put("caravan.retry.max-delay-millis", "5");
        properties.put("caravan.retry.unresolved-host.max-retries", "1");
        properties.put("caravan.retry.unresolved-host.delay-millis", "1");
        return properties;
    }
}
