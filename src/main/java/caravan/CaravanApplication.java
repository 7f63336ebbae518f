package caravan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boots the service; the Java that the YAML routes call lives in the {@code routes} packages. */
@SpringBootApplication(scanBasePackages = {"caravan", "routes"})
@ConfigurationPropertiesScan({"caravan", "routes"})
public class CaravanApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaravanApplication.class, args);
    }
}
