package org.itilhis.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
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
 * adapter on a fresh schema {@code itilhis_load_<random>} of the local PostgreSQL (see
 * {@link ScratchPostgres}), wired as the hospital service desk example wires it.
 * {@link #close()} stops the server and drops the schema.
 */
final class LoadServer implements AutoCloseable {
    private final ScratchPostgres database;
    private final ValidatorFactory validators;
    private final RestServer server;
    private final String token;

    private LoadServer(int poolSize, UnaryOperator<DataSource> wrap) {
        database = ScratchPostgres.open("itilhis_load", poolSize, wrap);
        token = randomToken();
        ValidatorFactory factory = null;
        try {
            factory = Validation.buildDefaultValidatorFactory();
            server = RestServer.start(api(database.storage(), factory), "127.0.0.1", 0);
        } catch (RuntimeException failure) {
            if (factory != null) {
                factory.close();
            }
            database.close();
            throw failure;
        }
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
        return new LoadServer(poolSize, UnaryOperator.identity());
    }

    /** The same, the storage seeing its pool through {@code wrap}. */
    static LoadServer start(int poolSize, UnaryOperator<DataSource> wrap) {
        return new LoadServer(poolSize, wrap);
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
        return "in-process Jetty on " + server.baseUri() + ", " + database.describe();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                validators.close();
            } finally {
                database.close();
            }
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
