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
}
