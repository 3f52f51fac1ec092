package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.itilhis.adapters.jdbc.change.JdbcChangeStores;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcEventLog;
import org.itilhis.adapters.jdbc.common.JdbcIdempotencyStore;
import org.itilhis.adapters.jdbc.common.JdbcPersonalDataReads;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.configuration.JdbcAffectedCiLinks;
import org.itilhis.adapters.jdbc.configuration.JdbcCmdbStores;
import org.itilhis.adapters.jdbc.configuration.JdbcConfigurationItemRepository;
import org.itilhis.adapters.jdbc.knowledge.JdbcKnowledgeStores;
import org.itilhis.adapters.jdbc.notification.JdbcWebhookStores;
import org.itilhis.adapters.jdbc.monitoring.JdbcMonitoringStores;
import org.itilhis.adapters.jdbc.notification.JdbcRelayStores;
import org.itilhis.adapters.jdbc.monitoring.JdbcCorrelationStores;
import org.itilhis.adapters.jdbc.operations.JdbcInspectionStores;
import org.itilhis.adapters.jdbc.problem.JdbcProblemStores;
import org.itilhis.adapters.jdbc.release.JdbcReleaseStores;
import org.itilhis.adapters.jdbc.operations.JdbcBackupStores;
import org.itilhis.adapters.jdbc.operations.JdbcRepairStores;
import org.itilhis.adapters.jdbc.operations.JdbcMachineRoomStores;
import org.itilhis.adapters.jdbc.availability.JdbcAvailabilityStores;
import org.itilhis.adapters.jdbc.roster.JdbcRosterStores;
import org.itilhis.adapters.jdbc.operations.JdbcStockStores;
import org.itilhis.adapters.jdbc.notification.JdbcMailStores;
import org.itilhis.adapters.jdbc.notification.JdbcNotificationSettingsStores;
import org.itilhis.adapters.jdbc.servicedesk.JdbcContactRepository;
import org.itilhis.adapters.jdbc.servicedesk.JdbcServiceDeskStores;
import org.itilhis.adapters.jdbc.servicedesk.JdbcTicketNumberSequence;
import org.itilhis.adapters.jdbc.servicedesk.JdbcTicketRepository;
import org.itilhis.adapters.jdbc.servicelevel.JdbcEscalationLog;
import org.itilhis.adapters.jdbc.reporting.JdbcReportingStores;
import org.itilhis.adapters.jdbc.servicelevel.JdbcServiceLevelStores;
import org.itilhis.adapters.jdbc.servicelevel.JdbcSlaConfigurationRepository;
import org.itilhis.adapters.jdbc.servicelevel.JdbcSlaStandings;
import org.itilhis.adapters.jdbc.servicelevel.JdbcSlaWatchList;
import org.itilhis.ports.common.StorageException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The service desk's storage on one JDBC database: what an embedder creates once and
 * hands to the application core. {@link #create(DataSource)} detects the {@link Dialect}
 * from the driver's metadata, brings the schema up to date with the Flyway migrations of
 * this module, and wires every outbound port on the same {@link JdbcTransactions}, so that
 * one command's writes commit together: the shared event log and idempotency records here,
 * each practice's stores by its registration object ({@link JdbcServiceDeskStores}, {@link
 * JdbcServiceLevelStores}, {@link JdbcCmdbStores}, {@link JdbcProblemStores}, {@link JdbcKnowledgeStores},
 * {@link JdbcChangeStores}, {@link JdbcReleaseStores}, {@link JdbcRosterStores}, {@link JdbcReportingStores}
 * and the operations records' {@link JdbcInspectionStores}, {@link JdbcMachineRoomStores}, {@link
 * JdbcBackupStores}, {@link JdbcStockStores}, {@link JdbcRepairStores}),
 * built from the same {@link
 * JdbcStoreParts}. A new practice brings its own registration object and adds it here as one
 * more field with its accessor; the accessors of single stores ({@link #tickets()}, ...) stay
 * for the practices that had them.
 *
 * <pre>{@code
 * HikariDataSource dataSource = JdbcDataSources.pooled("jdbc:postgresql://db/itilhis", "itilhis", secret);
 * JdbcServiceDeskStorage storage = JdbcServiceDeskStorage.create(dataSource);
 * ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
 *         storage.events(), notifier, directory, storage.transactions(), clock, storage.personalDataReads())
 *         .withOnCall(roster, storage.serviceDesk().onCallPages());   // on-call routing, if the hospital has a roster
 * ServiceLevelPorts levels = new ServiceLevelPorts(ports, storage.slaConfiguration(), storage.watches(),
 *         storage.standings(), storage.escalations());
 * CmdbPorts cmdb = new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
 *         storage.cmdb().faultIncidentLinks());
 * JdbcProblemStores problems = storage.problem();   // problems(), numbers(), dismissals()
 * JdbcKnowledgeStores knowledge = storage.knowledge();   // articles(), numbers()
 * JdbcChangeStores change = storage.change();   // changes(), numbers(), boards(), templates(), windows()
 * JdbcReleaseStores releases = storage.release();   // releases(), numbers()
 * JdbcRosterStores roster = storage.roster();   // shifts(), rosters(), swaps(), handovers()
 * JdbcInspectionStores inspection = storage.inspection();   // templates(), schedules(), rounds()
 * MachineRoomPorts machineRoom = new MachineRoomPorts(ports, storage.configurationItems(),
 *         storage.machineRoom().entries());
 * }</pre>
 *
 * <p>Least privilege: {@link #create(DatabaseRoles)} runs the migrations as the schema's owner
 * and the commands as a runtime user that may append and seal events but neither change nor
 * delete them ({@link DatabaseRoles}, {@code docs/database-roles.md}).
 *
 * <p>Every command runs on one pooled connection, its transaction's: no adapter borrows a
 * second one while a transaction holds one, so a saturated pool makes callers wait for a free
 * connection, never for each other. The data sources stay the embedder's to close (the
 * owner's may be closed as soon as the storage is created).
 */
public final class JdbcServiceDeskStorage implements AutoCloseable {
    private final JdbcStoreParts parts;
    private final JdbcEventLog events;
    private final JdbcIdempotencyStore idempotency;
    private final JdbcPersonalDataReads personalDataReads;
    private final JdbcServiceDeskStores serviceDesk;
    private final JdbcServiceLevelStores serviceLevel;
    private final JdbcCmdbStores cmdb;
    private final JdbcProblemStores problem;
    private final JdbcKnowledgeStores knowledge;
    private final JdbcChangeStores change;
    private final JdbcReleaseStores release;
    private final JdbcRosterStores roster;
    private final JdbcBackupStores backups;
    private final JdbcRepairStores repair;
    private final JdbcReportingStores reporting;
    private final JdbcInspectionStores inspection;
    private final JdbcStockStores stock;
    private final JdbcNotificationSettingsStores notificationSettings;
    private final JdbcMachineRoomStores machineRoom;
    private final JdbcAvailabilityStores availability;
    private final JdbcWebhookStores webhooks;
    private final JdbcMonitoringStores monitoring;
    private final JdbcMailStores mail;
    private final JdbcRelayStores relay;
    private final JdbcCorrelationStores correlation;

    /**
     * How long one statement may run before the driver cancels it and its command fails with
     * a {@code StorageException}: no request waits on a stuck statement for ever (a lock held
     * by a forgotten session, a runaway query). Far above any statement's normal time.
     */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private JdbcServiceDeskStorage(JdbcStoreParts parts) {
        this.parts = parts;
        this.events = new JdbcEventLog(parts.transactions(), parts.dialect(), parts.codec());
        this.idempotency = new JdbcIdempotencyStore(parts.transactions(), parts.dialect(), parts.codec());
        this.personalDataReads = new JdbcPersonalDataReads(parts.transactions(), parts.dialect());
        this.serviceDesk = new JdbcServiceDeskStores(parts);
        this.serviceLevel = new JdbcServiceLevelStores(parts);
        this.cmdb = new JdbcCmdbStores(parts);
        this.problem = new JdbcProblemStores(parts);
        this.knowledge = new JdbcKnowledgeStores(parts);
        this.change = new JdbcChangeStores(parts);
        this.release = new JdbcReleaseStores(parts);
        this.roster = new JdbcRosterStores(parts);
        this.backups = new JdbcBackupStores(parts);
        this.repair = new JdbcRepairStores(parts);
        this.reporting = new JdbcReportingStores(parts);
        this.inspection = new JdbcInspectionStores(parts);
        this.stock = new JdbcStockStores(parts);
        this.notificationSettings = new JdbcNotificationSettingsStores(parts);
        this.machineRoom = new JdbcMachineRoomStores(parts);
        this.availability = new JdbcAvailabilityStores(parts);
        this.webhooks = new JdbcWebhookStores(parts);
        this.monitoring = new JdbcMonitoringStores(parts);
        this.mail = new JdbcMailStores(parts);
        this.relay = new JdbcRelayStores(parts);
        this.correlation = new JdbcCorrelationStores(parts);
    }

    /**
     * Detects the database, migrates its schema and wires the ports, all as the one user of
     * {@code dataSource} ({@link DatabaseRoles#oneUser}).
     *
     * @throws StorageException if the database cannot be reached or migrated
     * @throws IllegalArgumentException if the database is not PostgreSQL, MariaDB or H2
     */
    public static JdbcServiceDeskStorage create(DataSource dataSource) {
        return create(dataSource, STATEMENT_TIMEOUT);
    }

    /**
     * As {@link #create(DataSource)}, cancelling a statement after {@code statementTimeout}
     * (whole seconds, at least one) instead of {@link #STATEMENT_TIMEOUT}.
     */
    public static JdbcServiceDeskStorage create(DataSource dataSource, Duration statementTimeout) {
        checkNotNull(dataSource, "dataSource");
        return create(DatabaseRoles.oneUser(dataSource), statementTimeout);
    }

    /**
     * Migrates the schema as {@code roles.owner()} and wires the ports on {@code
     * roles.runtime()}: every command runs as the runtime user, which needs only the rights of
     * {@link DatabaseRoles#runtimeGrantsScript}. With separate users it first checks that the
     * runtime user sees the schema at the version the owner migrated it to.
     *
     * @throws StorageException if the database cannot be reached or migrated, or the runtime
     *         user sees no migrated schema, another version of it, or may not read it (the
     *         message says which, and what to do)
     * @throws IllegalArgumentException if the database is not PostgreSQL, MariaDB or H2
     */
    public static JdbcServiceDeskStorage create(DatabaseRoles roles) {
        return create(roles, STATEMENT_TIMEOUT);
    }

    /**
     * As {@link #create(DatabaseRoles)}, cancelling a statement after {@code statementTimeout}
     * (whole seconds, at least one) instead of {@link #STATEMENT_TIMEOUT}.
     */
    public static JdbcServiceDeskStorage create(DatabaseRoles roles, Duration statementTimeout) {
        checkNotNull(roles, "roles");
        checkArgument(statementTimeout.toSeconds() >= 1, "statement timeout %s is under a second", statementTimeout);
        Dialect dialect = detect(roles.owner());
        migrate(roles.owner(), dialect);
        if (roles.separate()) {
            MigratedSchema.checkRuntimeSeesTheOwners(roles, dialect);
        }
        Jdbi jdbi = Jdbi.create(roles.runtime());
        jdbi.getConfig(SqlStatements.class).setQueryTimeout((int) statementTimeout.toSeconds());
        return new JdbcServiceDeskStorage(JdbcStoreParts.of(jdbi, dialect));
    }

    /**
     * The dialect of the database behind {@code dataSource}.
     *
     * @throws StorageException if no connection can be had
     */
    public static Dialect detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialect.ofProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException failure) {
            throw new StorageException("cannot connect to detect the database: " + failure.getMessage(), failure);
        }
    }

    /**
     * Applies the pending migrations of this module's schema (idempotent; several nodes
     * starting at once are serialised by Flyway's lock on its history table).
     *
     * @throws StorageException if a migration fails
     */
    public static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            Flyway.configure(JdbcServiceDeskStorage.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocations().toArray(String[]::new))
                    .placeholders(dialect.placeholders())
                    .load()
                    .migrate();
        } catch (FlywayException failure) {
            throw new StorageException("cannot migrate the " + dialect + " schema: " + failure.getMessage(), failure);
        }
    }

    /** What every practice's stores here are built from, for a registration object built outside this class. */
    public JdbcStoreParts parts() {
        return parts;
    }

    public Dialect dialect() {
        return parts.dialect();
    }

    public JdbcTransactions transactions() {
        return parts.transactions();
    }

    public JdbcEventLog events() {
        return events;
    }

    public JdbcIdempotencyStore idempotency() {
        return idempotency;
    }

    /** The personal-data read log (ADR 0014), shared by every practice like the event log. */
    public JdbcPersonalDataReads personalDataReads() {
        return personalDataReads;
    }

    /** The service desk's stores; {@link #tickets()}, {@link #contacts()} and {@link #numbers()} are its. */
    public JdbcServiceDeskStores serviceDesk() {
        return serviceDesk;
    }

    /** Service level management's stores; {@link #slaConfiguration()} to {@link #escalations()} are its. */
    public JdbcServiceLevelStores serviceLevel() {
        return serviceLevel;
    }

    /** The CMDB's stores; {@link #configurationItems()} and {@link #affectedCiLinks()} are its. */
    public JdbcCmdbStores cmdb() {
        return cmdb;
    }

    /** Problem management's stores: problems, problem numbers and dismissed candidate problems. */
    public JdbcProblemStores problem() {
        return problem;
    }

    /** Knowledge management's stores: articles and article numbers (the knowledge index lives beside the database). */
    public JdbcKnowledgeStores knowledge() {
        return knowledge;
    }

    /**
     * Change management's stores: changes, change numbers, and the advisory boards, standard
     * change templates and blackout and maintenance windows.
     */
    public JdbcChangeStores change() {
        return change;
    }

    /** Release management's stores: releases and release numbers. */
    public JdbcReleaseStores release() {
        return release;
    }

    /** The repairs' store (issue 18). */
    public JdbcRepairStores repair() {
        return repair;
    }

    /** The duty roster's stores: the groups' shift sets, rosters with their duties, swaps and handovers. */
    public JdbcRosterStores roster() {
        return roster;
    }

    /** The backup records' stores: backup jobs, their runs, missed runs and restore tests (operations). */
    public JdbcBackupStores backups() {
        return backups;
    }

    /** The reporting practice's stores: the workload facts. */
    public JdbcReportingStores reporting() {
        return reporting;
    }

    /** The inspection rounds' stores: the checklist templates' versions, the schedules, the rounds. */
    public JdbcInspectionStores inspection() {
        return inspection;
    }

    /** The notification relay's positions and pending deliveries. */
    public JdbcRelayStores relay() {
        return relay;
    }

    /** Monitoring's correlation: the correlator's position, the items' observed states, the alerts' incidents. */
    public JdbcCorrelationStores correlation() {
        return correlation;
    }

    /** The stock of consumables and spare parts: items, store rooms, balances and the ledger. */
    public JdbcStockStores stock() {
        return stock;
    }

    /** Replies by e-mail: the mails of the replies mailbox handled, once per Message-ID. */
    public JdbcMailStores mail() {
        return mail;
    }

    /** Who gets what: the notification rules, people's preferences, group robots and message templates. */
    public JdbcNotificationSettingsStores notificationSettings() {
        return notificationSettings;
    }

    /** The machine room log's stores: its entries. */
    public JdbcMachineRoomStores machineRoom() {
        return machineRoom;
    }

    /** Availability's stores: the outages declared on incidents and the services' targets. */
    public JdbcAvailabilityStores availability() {
        return availability;
    }

    /** The webhooks' stores: their subscriptions, with their secrets. */
    public JdbcWebhookStores webhooks() {
        return webhooks;
    }

    /** Monitoring's stores: the alert log, the sources (with their credentials), the mapping rules, the rejections. */
    public JdbcMonitoringStores monitoring() {
        return monitoring;
    }

    public JdbcTicketRepository tickets() {
        return serviceDesk.tickets();
    }

    public JdbcContactRepository contacts() {
        return serviceDesk.contacts();
    }

    public JdbcTicketNumberSequence numbers() {
        return serviceDesk.numbers();
    }

    public JdbcSlaConfigurationRepository slaConfiguration() {
        return serviceLevel.configuration();
    }

    public JdbcSlaWatchList watches() {
        return serviceLevel.watches();
    }

    public JdbcSlaStandings standings() {
        return serviceLevel.standings();
    }

    public JdbcEscalationLog escalations() {
        return serviceLevel.escalations();
    }

    public JdbcConfigurationItemRepository configurationItems() {
        return cmdb.items();
    }

    public JdbcAffectedCiLinks affectedCiLinks() {
        return cmdb.affectedCiLinks();
    }

    /** Nothing to give back: the storage holds no connection between transactions (kept for embedders' try-with-resources). */
    @Override
    public void close() {
    }
}
