package org.itilhis.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.rest.RestApi;
import org.itilhis.adapters.rest.RestServer;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;

/**
 * The service desk's REST API in this process, on a free loopback port, over the JDBC
 * adapter on a fresh schema {@code itilhis_load_<random>} of the local PostgreSQL (see
 * {@link ScratchPostgres}), wired as the hospital service desk example wires it, with the
 * CMDB and its CSV import if asked for ({@link #startWithCmdb}). {@link #close()} stops the
 * server and drops the schema.
 */
final class LoadServer implements AutoCloseable {
    private final ScratchPostgres database;
    private final ValidatorFactory validators;
    private final RestServer server;
    private final String token;
    private final String cmdbToken;
    private final boolean readAudit;
    private final boolean withRelay;
    private RelayLoad relay;

    private LoadServer(int poolSize, UnaryOperator<DataSource> wrap, boolean cmdb, boolean readAudit) {
        this(poolSize, wrap, cmdb, readAudit, false);
    }

    private LoadServer(int poolSize, UnaryOperator<DataSource> wrap, boolean cmdb, boolean readAudit,
                       boolean withRelay) {
        this.readAudit = readAudit;
        this.withRelay = withRelay;
        database = ScratchPostgres.open("itilhis_load", poolSize, wrap);
        token = randomToken();
        cmdbToken = cmdb ? randomToken() : null;
        ValidatorFactory factory = null;
        try {
            factory = Validation.buildDefaultValidatorFactory();
            server = RestServer.start(api(database.storage(), factory), "127.0.0.1", 0);
        } catch (RuntimeException failure) {
            if (relay != null) {
                relay.close();
            }
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
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), notification -> { }, DemoHospital.directory(), storage.transactions(), clock,
                readAudit ? storage.personalDataReads() : UNRECORDED);
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        if (withRelay) {
            relay = new RelayLoad(storage, ports, validators.getValidator());
        }
        BearerTokenAuthenticator.Builder tokens = BearerTokenAuthenticator.builder()
                .grantToken(token, DemoHospital.AGENT_CHEN);
        RestApi.Builder api = RestApi.builder()
                .serviceDesk(desk.desk()).tickets(desk.tickets()).queries(desk.queries())
                .contactQueries(desk.contactQueries())
                .idempotency(storage.idempotency(), storage.transactions())
                .clock(clock)
                .validatorFactory(validators);
        if (cmdbToken != null) {
            Cmdb cmdb = Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                    storage.cmdb().faultIncidentLinks()),
                    CmdbSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator(), desk);
            api.cmdb(cmdb.items(), cmdb.queries(), cmdb.imports());
            tokens.grantToken(cmdbToken, DemoHospital.CONFIG_MANAGER_QIAN);
        }
        return api.authenticator(tokens.build()).build();
    }

    /**
     * Creates the schema and starts the server on it.
     *
     * @throws IllegalStateException if PostgreSQL cannot be reached, saying how to start it
     */
    static LoadServer start(int poolSize) {
        return start(poolSize, true);
    }

    /**
     * The same, recording the reads of personal data as the example does, or (to measure what
     * recording costs) not at all.
     */
    static LoadServer start(int poolSize, boolean readAudit) {
        return new LoadServer(poolSize, UnaryOperator.identity(), false, readAudit);
    }

    /** The same, the storage seeing its pool through {@code wrap}. */
    static LoadServer start(int poolSize, UnaryOperator<DataSource> wrap) {
        return new LoadServer(poolSize, wrap, false, true);
    }

    /**
     * The same with the notification relay following the event log in this process and feeding a
     * webhook subscription to every ticket event, delivered to a local receiver ({@link RelayLoad}).
     */
    static LoadServer startWithRelay(int poolSize) {
        return new LoadServer(poolSize, UnaryOperator.identity(), false, true, true);
    }

    /** The relay beside the server; only with {@link #startWithRelay}. */
    RelayLoad relay() {
        if (relay == null) {
            throw new IllegalStateException("this server was started without the relay");
        }
        return relay;
    }

    /** The same with the CMDB and its CSV import, which configuration manager Qian may use ({@link #cmdbToken()}). */
    static LoadServer startWithCmdb(int poolSize) {
        return new LoadServer(poolSize, UnaryOperator.identity(), true, true);
    }

    /** A read log that keeps nothing: a server without the read audit, for comparison only. */
    private static final PersonalDataReads UNRECORDED = new PersonalDataReads() {
        @Override
        public void record(List<PersonalDataRead> reads) {
        }

        @Override
        public List<Recorded> find(ReadAuditQuery query) {
            return List.of();
        }
    };

    /** {@code http://127.0.0.1:<port>/api/v1}. */
    URI apiUri() {
        return server.baseUri().resolve("api/v1");
    }

    /** The bearer token of agent Chen, who logs and raises the incidents. */
    String token() {
        return token;
    }

    /** The bearer token of configuration manager Qian, who imports; only with the CMDB. */
    String cmdbToken() {
        if (cmdbToken == null) {
            throw new IllegalStateException("this server was started without the CMDB");
        }
        return cmdbToken;
    }

    String describe() {
        return "in-process Jetty on " + server.baseUri() + ", " + database.describe()
                + (readAudit ? "" : ", reads of personal data NOT recorded")
                + (relay == null ? "" : ", the notification relay feeding a webhook (ticket.*) to " + relay.receiver().uri());
    }

    @Override
    public void close() {
        try {
            if (relay != null) {
                relay.close();
            }
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
