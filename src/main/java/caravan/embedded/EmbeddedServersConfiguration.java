package caravan.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.embedded.RedisServer;

/**
 * The embedded default: a real PostgreSQL and a real redis-server started by the application on
 * free ports, so one {@code java -jar} (or {@code mvn test}) needs no installed servers.
 *
 * <p>They are exposed as Spring Boot connection details, so the usual DataSource, Flyway and
 * Lettuce auto-configuration (pool sizes, timeouts) applies unchanged, and Spring stops the
 * servers only after the beans that use them — not in a JVM shutdown hook racing Camel.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "caravan.embedded.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedServersConfiguration {

    /** Both servers listen here only: they take connections without a password. */
    static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${caravan.embedded.postgres-data-dir:}") String dataDir,
                                      @Value("${caravan.embedded.postgres-port:0}") int port) throws IOException {
        // PostgreSQL's own default is "localhost", whatever that resolves to; only this machine may connect
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(portOrFree(port))
                .setServerConfig("listen_addresses", LOOPBACK);
        if (!dataDir.isBlank()) {
            builder.setDataDirectory(new File(dataDir)).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/postgres";
        return new JdbcConnectionDetails() {
            @Override public String getUsername() { return "postgres"; }
            @Override public String getPassword() { return null; }
            @Override public String getJdbcUrl() { return url; }
        };
    }

    @Bean(destroyMethod = "stop")
    RedisServer embeddedRedis(@Value("${caravan.embedded.redis-port:0}") int port) throws IOException {
        // Work in flight only; PostgreSQL holds the truth, so no persistence files.
        RedisServer server = RedisServer.newRedisServer()
                .bind(LOOPBACK)
                .port(portOrFree(port))
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        return server;
    }

    @Bean
    RedisConnectionDetails embeddedRedisConnection(RedisServer redis) {
        int port = redis.ports().get(0);
        return new RedisConnectionDetails() {
            @Override public Standalone getStandalone() { return Standalone.of(LOOPBACK, port); }
        };
    }

    /**
     * A fixed port lets other processes (workers of a local cluster) find the servers; 0 takes a
     * free one, because the standard ports are often taken by installed servers.
     */
    private static int portOrFree(int port) throws IOException {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
