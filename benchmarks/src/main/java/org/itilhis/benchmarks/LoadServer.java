package org.itilhis.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.JdbcDataSources;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.rest.RestApi;
import org.itilhis.adapters.rest.RestServer;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.ports.service.ServiceDesk;
import org.itilhis.ports.service.ServiceDeskPorts;
import org.itilhis.ports.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;

/**
 * The service desk's REST API in this process, on a free loopback port, over the JDBC
 * adapter on a fresh schema {@code itilhis_load_<random>} of the local PostgreSQL
 * ({@code ITILHIS_PG_URL}, {@code ITILHIS_PG_USER}, {@code ITILHIS_PG_PASSWORD}; by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}), wired as the hospital
 * service desk example wires it. {@link #close()} stops the server and drops the schema.
 */
final class LoadServer implements AutoCloseable {
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String schema;
    private final String databaseVersion;
    private final HikariDataSource dataSource;
    private final JdbcServiceDeskStorage storage;
    private final ValidatorFactory validators;
    private final RestServer server;
    private final String token;

    private LoadServer(int poolSize) {
        adminUrl = setting("URL").orElse("jdbc:postgresql://127.0.0.1:5432/test");
        user = setting("USER").orElse("postgres");
        password = setting("PASSWORD").orElse("");
        schema = "itilhis_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", true);
        databaseVersion = admin("CREATE SCHEMA " + schema, false);
        token = randomToken();
        HikariDataSource pool = null;
        JdbcServiceDeskStorage opened = null;
        ValidatorFactory factory = null;
        try {
            pool = JdbcDataSources.pooled(adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + ",public", user, password, poolSize);
            opened = JdbcServiceDeskStorage.create(pool);
            factory = Validation.buildDefaultValidatorFactory();
            server = RestServer.start(api(opened, factory), "127.0.0.1", 0);
        } catch (RuntimeException failure) {
            closeAll(opened, pool, factory);
            throw failure;
        }
        dataSource = pool;
        storage = opened;
        validators = factory;
    }

    /** The service desk on {@code storage}, wired as the hospital service desk example wires it. */
    private RestApi api(JdbcServiceDeskStorage storage, ValidatorFactory validators) {
        Clock clock = Clock.system(ServiceDeskSettings.CHINA);
        ServiceDesk desk = ServiceDesk.create(new ServiceDeskPorts(storage.tickets(), storage.contacts(),
                storage.numbers(), storage.events(), notification -> { }, DemoHospital.directory(),
                storage.transactions(), clock), DemoHospital.settings(), validators.getValidator());
        return RestApi.builder()
                .serviceDesk(desk.desk()).tickets(desk.tickets()).queries(desk.queries())
                .contactQueries(desk.contactQueries())
                .idempotency(storage.idempotency(), storage.transactions())
                .authenticator(BearerTokenAuthenticator.builder().grantToken(token, DemoHospital.AGENT_CHEN).build())
                .clock(clock)
                .validatorFactory(validators)
                .build();
    }

    /**
     * Creates the schema and starts the server on it.
     *
     * @throws IllegalStateException if PostgreSQL cannot be reached, saying how to start it
     */
    static LoadServer start(int poolSize) {
        return new LoadServer(poolSize);
    }

    /** {@code http://127.0.0.1:<port>/api/v1}. */
    URI apiUri() {
        return server.baseUri().resolve("api/v1");
    }

    /** The bearer token of agent Chen, who logs and raises the incidents. */
    String token() {
        return token;
    }

    String describe() {
        return "in-process Jetty on " + server.baseUri() + ", " + databaseVersion + " at " + adminUrl + ", schema "
                + schema + ", pool of " + dataSource.getMaximumPoolSize() + " connections";
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            closeAll(storage, dataSource, validators);
        }
    }

    /** Closes what was opened (any may be null), then drops the schema. */
    private void closeAll(JdbcServiceDeskStorage opened, HikariDataSource pool, ValidatorFactory factory) {
        try {
            if (opened != null) {
                opened.close();
            }
            if (pool != null) {
                pool.close();
            }
            if (factory != null) {
                factory.close();
            }
        } finally {
            admin("DROP SCHEMA " + schema + " CASCADE", false);
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv("ITILHIS_PG_" + name)).filter(value -> !value.isBlank());
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Runs one administrative statement; answers the server's product name and version. */
    private String admin(String sql, boolean optional) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            try {
                statement.execute(sql);
            } catch (SQLException refused) {
                if (!optional) {
                    throw refused;
                }
            }
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " as " + user + ": " + failure.getMessage()
                    + "\n  Start it (pg_ctlcluster <version> main start; see .ci/run), or point ITILHIS_PG_URL,"
                    + " ITILHIS_PG_USER and ITILHIS_PG_PASSWORD at another server.", failure);
        }
    }
}
