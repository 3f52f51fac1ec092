package org.itilhis.examples;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itilhis.adapters.dingtalk.DingTalkRobotChannel;
import org.itilhis.adapters.mail.ImapMailbox;
import org.itilhis.adapters.mail.SmtpMessageChannel;
import org.itilhis.adapters.webhooks.StandardWebhookSender;
import org.itilhis.adapters.wecom.WeComRobotChannel;
import org.itilhis.core.notification.NotificationRules;
import org.itilhis.ports.notification.in.MailReplyQueries;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.SubscriberSource;
import org.itilhis.ports.notification.service.EmailReplies;
import org.itilhis.ports.notification.service.MailReplyQueryService;
import org.itilhis.ports.notification.service.NotificationRelay;
import org.itilhis.ports.notification.service.NotificationSettings;
import org.itilhis.ports.notification.service.NotificationSettingsPorts;
import org.itilhis.ports.notification.service.PeopleNotificationPorts;
import org.itilhis.ports.notification.service.PeopleNotifications;
import org.itilhis.ports.notification.service.RelayManagement;
import org.itilhis.ports.notification.service.RelayPorts;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.notification.service.WebhookPorts;
import org.itilhis.ports.notification.service.WebhookSettings;
import org.itilhis.ports.notification.service.Webhooks;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.itilhis.adapters.jdbc.ClusterTimers;
import org.itilhis.adapters.jdbc.DatabaseRoles;
import org.itilhis.adapters.jdbc.JdbcDataSources;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.ldap.LdapDirectoryException;
import org.itilhis.adapters.ldap.LdapStaffDirectory;
import org.itilhis.adapters.rest.RestApi;
import org.itilhis.adapters.rest.RestServer;
import org.itilhis.adapters.rest.http.RateLimit;
import org.itilhis.adapters.search.knowledge.LuceneKnowledgeIndex;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.workload.SplitRules;
import org.itilhis.ports.change.service.ChangeManagement;
import org.itilhis.ports.change.service.ChangePorts;
import org.itilhis.ports.change.service.ChangeSettings;
import org.itilhis.ports.common.AuditTrailVerification;
import org.itilhis.ports.common.IdempotencyPurge;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.knowledge.service.KnowledgeManagement;
import org.itilhis.ports.knowledge.service.KnowledgePorts;
import org.itilhis.ports.knowledge.service.KnownErrorDocuments;
import org.itilhis.ports.operations.service.BackupPorts;
import org.itilhis.ports.operations.service.BackupSettings;
import org.itilhis.ports.operations.service.Backups;
import org.itilhis.ports.operations.service.InspectionPorts;
import org.itilhis.ports.operations.service.InspectionSettings;
import org.itilhis.ports.operations.service.Inspections;
import org.itilhis.ports.operations.service.MachineRoomPorts;
import org.itilhis.ports.operations.service.RepairPorts;
import org.itilhis.ports.operations.service.Repairs;
import org.itilhis.ports.operations.service.StockLedger;
import org.itilhis.ports.operations.service.StockPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.problem.service.ProblemManagement;
import org.itilhis.ports.problem.service.ProblemPorts;
import org.itilhis.ports.problem.service.ProblemSettings;
import org.itilhis.ports.release.service.ReleaseManagement;
import org.itilhis.ports.release.service.ReleasePorts;
import org.itilhis.ports.release.service.ReleaseSettings;
import org.itilhis.ports.reporting.service.Reporting;
import org.itilhis.ports.reporting.service.ReportingPorts;
import org.itilhis.ports.operations.service.MachineRoomLog;
import org.itilhis.ports.operations.service.MachineRoomPorts;
import org.itilhis.ports.operations.service.MachineRoomSettings;
import org.itilhis.ports.roster.service.RosterManagement;
import org.itilhis.ports.roster.service.RosterPorts;
import org.itilhis.ports.roster.service.RosterSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;
import org.itilhis.testkit.DemoArticles;
import org.itilhis.testkit.DemoChanges;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.DemoOperations;
import org.itilhis.testkit.DemoProblems;
import org.itilhis.testkit.DemoRoster;
import org.itilhis.ports.operations.service.StockLedger;
import org.itilhis.ports.operations.service.StockPorts;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.testkit.DemoWorkload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo hospital's service desk as a running server: the REST API on an embedded Jetty,
 * the records in a JDBC database (an H2 file under {@code ./data} by default, PostgreSQL or
 * MariaDB by {@link ServerConfiguration}), the demo hospital's staff directory (or the
 * hospital's LDAP directory, {@link LdapDirectorySettings}), groups and division of duties
 * ({@link DemoHospital}), the system clock in Beijing time, notifications through the
 * notification relay (the groups' WeCom and DingTalk robots and the webhooks stored as data,
 * e-mail when an SMTP server is set, the log ({@link LoggingNotifier}) for people without a
 * preference; {@link NotificationServerSettings}), the demo hospital's service catalogue with a 24x7
 * calendar for clinical-critical systems and mainland China office hours for the rest, the
 * demo CMDB, problem management with the hospital's default detection rules, a month of worked
 * tickets ({@link DemoWorkload}) and the workload report over it, the inspection rounds, backup
 * records, repairs and the stock with a month of their records ({@link DemoOperations}),
 * monitoring with the demo's Alertmanager source and availability with the clinical services'
 * targets ({@link MonitoringWiring}), the SLA monitor, the workload projection, the inspection
 * rounds due, the missed-backup check, the alert correlator, the closure of resolved tickets
 * after their quiet period and the purge of expired idempotency records as cluster timers
 * (several nodes may share the database), and
 * sign-in ({@link SignInSettings}) with the access tokens of the hospital's OpenID Connect
 * provider when one is configured, else with one bearer token per demo person
 * ({@link DemoTokens}, valid for a week unless configured), whose first characters are printed
 * at start-up.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am -DskipTests package exec:java}; stop it
 * with Ctrl-C. {@link #close()} (also the shutdown hook's work) stops the server, letting
 * running requests finish, then closes the storage and the connection pool.
 */
public final class HospitalServiceDesk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HospitalServiceDesk.class);
    /** How often resolved tickets whose quiet period is over are closed. */
    private static final Duration CLOSURE_INTERVAL = Duration.ofMinutes(10);
    /** How often the SLA monitor catches up with the event log and escalates what is due. */
    private static final Duration SLA_MONITOR_INTERVAL = Duration.ofSeconds(30);
    /** How often the on-call escalation looks for pages not accepted in time (response times are minutes). */
    private static final Duration ON_CALL_ESCALATION_INTERVAL = Duration.ofSeconds(30);
    /**
     * The folder of the knowledge index under the data directory; rebuilt from the database at
     * every start, so that it never lags behind what another node committed meanwhile (ADR 0015).
     */
    private static final String KNOWLEDGE_INDEX = "knowledge-index";
    /** How often the workload projection catches up with the event log (a report also does, before it answers). */
    private static final Duration WORKLOAD_PROJECTION_INTERVAL = Duration.ofMinutes(1);
    /** How often the handovers not signed by both past their grace period are flagged to the group lead. */
    private static final Duration HANDOVER_CHECK_INTERVAL = Duration.ofMinutes(5);
    /** How often backup jobs are checked for runs missed past their grace period (operations: backups). */
    private static final Duration MISSED_BACKUPS_INTERVAL = Duration.ofMinutes(1);
    /** How often inspection rounds falling due are made and those not recorded in their window flagged missed. */
    private static final Duration INSPECTION_ROUNDS_INTERVAL = Duration.ofMinutes(1);
    /** How often this node looks for due timers. */
    private static final Duration TIMER_POLLING = Duration.ofSeconds(5);
    /**
     * How long one run of the notification relay follows the event log (passes every 100 ms while
     * idle) before its timer is picked up again, on this node or another, within the timers'
     * polling interval: one node at a time follows, another takes over when this one stops
     * beating (ADR 0020).
     */
    private static final Duration NOTIFICATION_RELAY_RUN = Duration.ofMinutes(5);
    /** The pause between two runs of the notification relay. */
    private static final Duration NOTIFICATION_RELAY_PAUSE = Duration.ofMillis(100);
    /**
     * The pause between two runs of the alert correlator, each of which correlates every alert
     * recorded since the last (monitoring, issue 20); the timers' polling adds up to its interval.
     */
    private static final Duration ALERT_CORRELATION_PAUSE = Duration.ofSeconds(1);
    /** How often the replies mailbox is read, when one is set. */
    private static final Duration EMAIL_REPLIES_INTERVAL = Duration.ofMinutes(1);
    /** The most replies one reading handles; the rest wait for the next. */
    private static final int EMAIL_REPLIES_BATCH = 50;
    /** The metrics endpoint listens on the loopback interface: Prometheus scrapes it from this host or a tunnel. */
    private static final String DEFAULT_METRICS_HOST = "127.0.0.1";

    private final ServerConfiguration configuration;
    private final Optional<DemoTokens> tokens;
    private final StaffDirectory directory;
    private final Dialect dialect;
    private final RestServer server;
    /** What {@link #close()} closes, last opened first. */
    private final Deque<Resource> resources;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closedCleanly;
    private final CountDownLatch closed = new CountDownLatch(1);

    private HospitalServiceDesk(ServerConfiguration configuration, Optional<DemoTokens> tokens,
                                StaffDirectory directory, Dialect dialect, RestServer server,
                                Deque<Resource> resources) {
        this.configuration = configuration;
        this.tokens = tokens;
        this.directory = directory;
        this.dialect = dialect;
        this.server = server;
        this.resources = resources;
    }

    public static void main(String[] args) throws InterruptedException {
        // UTF-8 whatever the platform's console encoding, as the walkthrough does.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        HospitalServiceDesk desk = start(ServerConfiguration.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the hospital service desk ...");
            desk.close();
            out.println(desk.closedCleanly() ? "Stopped: REST server, storage and connection pool closed."
                    : "Stopped, not cleanly: see the warnings above.");
        }, "itilhis-shutdown"));
        new Welcome(out).print(desk);
        desk.awaitClose();
    }

    /**
     * Opens the database (migrating its schema), wires the service desk and starts serving it.
     *
     * @throws IllegalStateException if the database cannot be reached or the port is taken, saying which
     */
    public static HospitalServiceDesk start(ServerConfiguration configuration) {
        checkNotNull(configuration, "configuration");
        Deque<Resource> opened = new ArrayDeque<>();
        Stage stage = Stage.DATA;
        try {
            createDirectory(configuration);
            Optional<DemoTokens> tokens = configuration.signIn().demoTokens()
                    ? Optional.of(DemoTokens.loadOrCreate(configuration.dataDirectory(),
                            configuration.demoTokenLifetime(), Clock.systemUTC()))
                    : Optional.empty();
            stage = Stage.DIRECTORY;
            StaffDirectory directory = staffDirectory(configuration, opened);
            stage = Stage.DATABASE;
            HikariDataSource dataSource = JdbcDataSources.pooled(configuration.databaseUrl(),
                    configuration.databaseUser(), configuration.databasePassword(), configuration.poolSize());
            opened.push(new Resource("connection pool", dataSource::close));
            JdbcServiceDeskStorage storage = storage(configuration, dataSource);
            opened.push(new Resource("storage", storage::close));
            ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
            opened.push(new Resource("validator factory", validators::close));
            RestApi api = serviceDesk(dataSource, storage, validators, directory, tokens, configuration, opened);
            stage = Stage.SERVER;
            RestServer server = configuration.hardening().tls()
                    .map(tls -> RestServer.start(api, configuration.host(), configuration.port(),
                            RestServer.Capacity.DEFAULT, tls))
                    .orElseGet(() -> RestServer.start(api, configuration.host(), configuration.port()));
            opened.push(new Resource("REST server", server::close));
            LOG.info("hospital service desk started on {} with {}; sign-in: {}; staff directory: {}; {}",
                    server.baseUri(), configuration.databaseShown(), configuration.signIn().describe(),
                    configuration.directoryShown(), configuration.hardening().describe());
            return new HospitalServiceDesk(configuration, tokens, directory, storage.dialect(), server, opened);
        } catch (LdapDirectoryException failure) {
            closeAll(opened);
            RuntimeException named = LdapDirectorySettings.named(failure);
            throw new IllegalStateException("the hospital service desk cannot start (" + configuration + "): "
                    + named.getMessage() + "; " + stage.hint, failure);
        } catch (RuntimeException failure) {
            closeAll(opened);
            throw new IllegalStateException("the hospital service desk cannot start (" + configuration + "): "
                    + reason(failure) + "; " + stage.hint, failure);
        }
    }

    /**
     * The service desk, its service levels, the CMDB, problem, knowledge, change and release
     * management over {@code storage} with the demo hospital, and their REST API. On a database without an SLA configuration the demo
     * hospital's catalogue and calendars are stored first, on one without the demo CMDB its
     * few hundred items. The cluster timers (the SLA monitor, the on-call escalation, the
     * quiet-period closure and the purge of the idempotency records older than their retention, which the REST API answers
     * retries for) join {@code opened}.
     */
    private static RestApi serviceDesk(DataSource dataSource, JdbcServiceDeskStorage storage,
                                       ValidatorFactory validators, StaffDirectory directory,
                                       Optional<DemoTokens> tokens,
                                       ServerConfiguration configuration, Deque<Resource> opened) {
        Clock clock = Clock.system(ServiceDeskSettings.CHINA);
        ServiceDeskPorts deskPorts = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new LoggingNotifier(), directory, storage.transactions(), clock,
                storage.personalDataReads());
        // On-call routing (issue 17): out of office hours the desk asks the duty roster who is on call.
        RosterManagement roster = roster(storage, deskPorts, validators);
        ServiceDeskPorts ports = deskPorts.withOnCall(roster.onCallRoster(), storage.serviceDesk().onCallPages());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        ServiceLevels levels = ServiceLevels.create(new ServiceLevelPorts(ports, storage.slaConfiguration(),
                storage.watches(), storage.standings(), storage.escalations()), DemoHospital.settings(), desk);
        if (storage.slaConfiguration().configuration().isEmpty()) {
            DemoHospital.configureServiceLevels(levels.administration());
            LOG.info("the demo hospital's service catalogue and calendars are stored");
        }
        storeDemoRoster(roster, directory, clock);
        BusinessCalendar officeHours = ChinaMainland.officeHours();
        SplitRules splitRules = SplitRules.onSite(officeHours);
        if (DemoWorkload.PEOPLE.stream().noneMatch(person -> directory.member(person.staffId()).isEmpty())) {
            long started = System.nanoTime();
            int worked = DemoWorkload.loadInto(ports, DemoHospital.settings(), validators.getValidator(),
                    clock.instant(), day -> !officeHours.periodsOn(day).isEmpty(), splitRules::isHoliday).size();
            if (worked > 0) {
                LOG.info("the demo hospital's month of worked tickets is stored: {} tickets in {} ms", worked,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        }
        CmdbPorts cmdbPorts = new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks());
        Cmdb cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                validators.getValidator(), desk);
        DemoCmdb.Estate estate = DemoCmdb.loadInto(cmdb, DemoHospital.CONFIG_MANAGER_QIAN);
        LuceneKnowledgeIndex index = LuceneKnowledgeIndex.onDisk(configuration.dataDirectory().resolve(KNOWLEDGE_INDEX));
        opened.push(new Resource("knowledge index", index::close));
        ProblemPorts problemPorts = new ProblemPorts(cmdbPorts, storage.problem().problems(),
                storage.problem().numbers(), storage.problem().dismissals());
        ProblemManagement problems = ProblemManagement.create(problemPorts, ProblemSettings.hospitalDefault(),
                DemoHospital.settings(), validators.getValidator(), desk, cmdb, KnownErrorDocuments.in(index));
        KnowledgeManagement knowledge = KnowledgeManagement.create(new KnowledgePorts(problemPorts,
                        storage.knowledge().articles(), storage.knowledge().numbers(), index),
                CmdbSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator(), desk);
        if (!DemoProblems.loadInto(problems.problems(), problems.queries(), estate).isEmpty()) {
            LOG.info("the demo hospital's problems and known errors are stored");
        }
        if (!DemoArticles.loadInto(knowledge.articles(), knowledge.queries()).isEmpty()) {
            LOG.info("the demo hospital's knowledge articles are stored");
        }
        LOG.info("knowledge index rebuilt from the database: {} articles, {} known errors", knowledge.rebuildIndex(),
                problems.rebuildKnownErrorIndex());
        ChangeManagement changes = ChangeManagement.create(new ChangePorts(cmdbPorts, storage.problem().problems(),
                        storage.change().changes(), storage.change().numbers(), storage.change().boards(),
                        storage.change().templates(), storage.change().windows()),
                ChangeSettings.hospitalDefault(ServiceDeskSettings.CHINA), DemoHospital.settings(),
                validators.getValidator(), cmdb);
        if (DemoChanges.PEOPLE.stream().noneMatch(person -> directory.member(person.staffId()).isEmpty())) {
            if (DemoChanges.configureInto(changes.configuration(), changes.queries(), estate)) {
                LOG.info("the demo hospital's advisory boards, change template and blackout windows are stored");
            }
            if (!DemoChanges.loadInto(changes.changes(), changes.queries(), estate, clock.instant(),
                    ServiceDeskSettings.CHINA).isEmpty()) {
                LOG.info("the demo hospital's changes are stored");
            }
        } else {
            LOG.info("the demo hospital's change boards and changes are not stored: the staff directory does not "
                    + "know their members");
        }
        ReleaseManagement releases = ReleaseManagement.create(new ReleasePorts(cmdbPorts, storage.change().changes(),
                        storage.release().releases(), storage.release().numbers()), ReleaseSettings.hospitalDefault(),
                DemoHospital.settings(), validators.getValidator(), cmdb);
        Reporting reporting = Reporting.create(new ReportingPorts(ports, roster.duties(),
                        storage.reporting().workload()),
                splitRules, DemoHospital.settings(), validators.getValidator());
        // operations: backups. Failed and missed runs raise their incidents through the CMDB.
        BackupPorts backupPorts = new BackupPorts(ports, storage.slaConfiguration(), storage.configurationItems(),
                storage.backups().jobs(), storage.backups().runs(), storage.backups().missedRuns(),
                storage.backups().restoreTests());
        Backups backups = Backups.create(backupPorts, BackupSettings.hospitalDefault(), DemoHospital.settings(),
                validators.getValidator(), cmdb.faultIncidents());
        // operations: inspection rounds, the stock, repairs and the machine room log (issue 18).
        Inspections inspections = Inspections.create(inspectionPorts(storage, ports, cmdb), InspectionSettings
                .hospitalDefault(), DemoHospital.settings(), validators.getValidator());
        StockLedger stock = StockLedger.create(stockPorts(storage, ports), StockSettings.hospitalDefault(),
                DemoHospital.settings(), validators.getValidator());
        RepairPorts repairPorts = new RepairPorts(cmdbPorts, storage.problem().problems(), storage.repair().repairs());
        Repairs repairs = Repairs.create(repairPorts, DemoHospital.settings(), validators.getValidator(), cmdb, stock);
        MachineRoomLog machineRoom = MachineRoomLog.create(machineRoomPorts(storage, ports),
                MachineRoomSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator());
        storeDemoOperations(new DemoOperations.Ports(cmdbPorts, inspectionPorts(storage, ports, cmdb), backupPorts,
                repairPorts, stockPorts(storage, ports), machineRoomPorts(storage, ports)), directory, validators, clock,
                estate);
        Notifications notifications = notifications(storage, ports, desk, validators,
                configuration.notifications(), opened);
        MonitoringWiring monitoring = MonitoringWiring.create(storage, ports, cmdbPorts, cmdb, changes, repairs,
                validators.getValidator());
        monitoring.storeDemo(configuration.dataDirectory(), estate);
        IdempotencyPurge purge = new IdempotencyPurge(storage.idempotency(), configuration.idempotencyRetention(),
                clock);
        ClusterTimers timers = ClusterTimers.start(dataSource, nodeName(configuration), TIMER_POLLING, List.of(
                new ClusterTimers.Timer("sla-monitor", SLA_MONITOR_INTERVAL, () -> levels.monitor().run()),
                new ClusterTimers.Timer("on-call-escalation", ON_CALL_ESCALATION_INTERVAL,
                        () -> desk.onCallEscalation().run()),
                new ClusterTimers.Timer("quiet-period-closure", CLOSURE_INTERVAL,
                        () -> desk.quietPeriodClosure().closeDueTickets()),
                new ClusterTimers.Timer("idempotency-purge", configuration.idempotencyPurgeInterval(),
                        purge::purgeExpired),
                new ClusterTimers.Timer("workload-projection", WORKLOAD_PROJECTION_INTERVAL,
                        () -> reporting.projection().run()),
                new ClusterTimers.Timer("handover-check", HANDOVER_CHECK_INTERVAL,
                        () -> roster.handoverCheck().run()),
                new ClusterTimers.Timer("missed-backups", MISSED_BACKUPS_INTERVAL,
                        () -> backups.missedBackups().run()),
                new ClusterTimers.Timer("inspection-rounds", INSPECTION_ROUNDS_INTERVAL,
                        () -> inspections.roundsDue().run()),
                new ClusterTimers.Timer("notification-relay", NOTIFICATION_RELAY_PAUSE, notifications::follow),
                new ClusterTimers.Timer("email-replies", EMAIL_REPLIES_INTERVAL, notifications::readReplies),
                new ClusterTimers.Timer("alert-correlation", ALERT_CORRELATION_PAUSE, monitoring::correlate)));
        opened.push(new Resource("cluster timers", timers::close));
        // closed before the timers: the relay's run ends within a second instead of holding the shutdown
        opened.push(new Resource("notification relay", notifications::stop));
        return RestApi.builder()
                .serviceDesk(desk.desk()).tickets(desk.tickets()).queries(desk.queries())
                .contactQueries(desk.contactQueries())
                .serviceLevels(levels.queries(), levels.administration())
                .cmdb(cmdb.items(), cmdb.queries(), cmdb.imports())
                .problems(problems.problems(), problems.queries(), problems.candidates(),
                        problems.suggestions())
                .knowledge(knowledge.articles(), knowledge.queries())
                .changes(changes.changes(), changes.queries(), changes.configuration())
                .releases(releases.releases(), releases.queries())
                .reporting(reporting.workload())
                .roster(roster.roster(), roster.queries())
                .backups(backups.jobs(), backups.queries())
                .inspections(inspections.inspections(), inspections.queries())
                .machineRoomLog(machineRoom.log(), machineRoom.queries())
                .repairs(repairs.repairs(), repairs.queries())
                .stock(stock.stock(), stock.queries())
                .notificationRelay(notifications.management().deadLetters(), notifications.management().queries())
                .notificationSettings(notifications.settings().settings(), notifications.settings().queries())
                .webhooks(notifications.webhooks().subscriptions(), notifications.webhooks().queries())
                .mailReplies(notifications.mailReplies())
                .monitoring(monitoring.monitoring().intake(), monitoring.monitoring().sources(),
                        monitoring.monitoring().mappings(), monitoring.monitoring().queries())
                .monitoringCorrelation(monitoring.correlation().queries())
                .availability(monitoring.availability().availability(), monitoring.availability().queries(),
                        monitoring.availability().reports())
                .auditTrail(new AuditTrailVerification(storage.events(), DemoHospital.settings().access()))
                .personalDataReads(desk.personalDataReads())
                .idempotency(storage.idempotency(), storage.transactions())
                .idempotencyRetention(configuration.idempotencyRetention())
                .rateLimit(configuration.hardening().rateLimit().orElse(RateLimit.unlimited()))
                .authenticator(configuration.signIn().authenticator(tokens, ports.directory()))
                .clock(clock)
                .validatorFactory(validators)
                .build();
    }

    /**
     * The notifications of the server (issue 19): who gets what as data (rules, preferences,
     * templates, robots), people told through e-mail when an SMTP server is set, the groups' WeCom
     * and DingTalk robots and the desk's notifier for the rest, the webhook subscriptions, all fed
     * by the relay that a cluster timer runs; replies by e-mail read when a mailbox is set; the
     * relay's figures as Micrometer meters, on {@code GET /metrics} when a metrics port is set.
     */
    private static Notifications notifications(JdbcServiceDeskStorage storage, ServiceDeskPorts ports,
                                               ServiceDesk desk, ValidatorFactory validators,
                                               NotificationServerSettings settings, Deque<Resource> opened) {
        NotificationSettings who = NotificationSettings.create(new NotificationSettingsPorts(ports,
                        storage.notificationSettings().rules(), storage.notificationSettings().preferences(),
                        storage.notificationSettings().robots(), storage.notificationSettings().templates()),
                DemoHospital.settings(), validators.getValidator());
        List<MessageChannel> channels = new ArrayList<>(List.of(new WeComRobotChannel(), new DingTalkRobotChannel()));
        settings.smtp().ifPresent(smtp -> channels.add(new SmtpMessageChannel(smtp, ports.clock())));
        PeopleNotifications people = new PeopleNotifications(new PeopleNotificationPorts(ports,
                storage.notificationSettings().rules(), storage.notificationSettings().preferences(),
                storage.notificationSettings().robots()), NotificationRules.hospitalDefault(), channels, who.renderer());
        Webhooks webhooks = Webhooks.create(new WebhookPorts(ports, storage.webhooks().subscriptions(),
                        new StandardWebhookSender(StandardWebhookSender.Settings.defaults())),
                WebhookSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator());
        List<SubscriberSource> sources = List.of(people, webhooks::subscribers);
        RelayPorts relayPorts = new RelayPorts(ports, storage.relay().positions(), storage.relay().deliveries());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        settings.metricsPort().ifPresent(port -> {
            MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress(DEFAULT_METRICS_HOST, port), registry);
            opened.push(new Resource("metrics endpoint", endpoint::close));
            LOG.info("the relay's metrics are on http://{}:{}/metrics", DEFAULT_METRICS_HOST, endpoint.port());
        });
        Optional<EmailReplies> replies = settings.imap().map(imap -> new EmailReplies(
                new ImapMailbox(imap, ports.clock()), storage.mail().replies(), storage.notificationSettings().preferences(),
                desk.desk(), desk.queries(), ports.transactions(), ports.clock(), EMAIL_REPLIES_BATCH));
        LOG.info("notifications: {}", settings.describe());
        return new Notifications(NotificationRelay.create(relayPorts, RelaySettings.defaults(), sources,
                new MicrometerRelayMetrics(registry)),
                RelayManagement.create(relayPorts, sources, DemoHospital.settings(), validators.getValidator()),
                who, webhooks, replies, new MailReplyQueryService(storage.mail().replies(),
                DemoHospital.settings().access(), ports.directory()), new AtomicBoolean());
    }

    /** What the server's notifications consist of, for the timers and the REST API. */
    private record Notifications(NotificationRelay relay, RelayManagement management, NotificationSettings settings,
                                 Webhooks webhooks, Optional<EmailReplies> replies, MailReplyQueries mailReplies,
                                 AtomicBoolean stopping) {
        /**
         * One run of the relay's timer: follows the event log for {@link #NOTIFICATION_RELAY_RUN}, a
         * second at a time, so that the server's shutdown ends it within a second.
         */
        void follow() {
            long deadline = System.nanoTime() + NOTIFICATION_RELAY_RUN.toNanos();
            while (!stopping.get() && System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
                relay.follow(Duration.ofSeconds(1));
            }
        }

        void stop() {
            stopping.set(true);
        }

        /** Reads the replies mailbox, when one is set. */
        void readReplies() {
            replies.ifPresent(EmailReplies::run);
        }
    }

    /**
     * The duty roster over {@code storage}: shifts, rosters, swaps and handovers beside the desk,
     * reading the business calendars of the service level configuration and change management's
     * scheduled changes (for handovers). Made from the desk's ports before the desk, so that the
     * desk's routing can ask it who is on call.
     */
    private static RosterManagement roster(JdbcServiceDeskStorage storage, ServiceDeskPorts ports,
                                           ValidatorFactory validators) {
        return RosterManagement.create(new RosterPorts(ports, storage.slaConfiguration(),
                        storage.change().changes(), storage.roster().shifts(), storage.roster().rosters(),
                        storage.roster().swaps(), storage.roster().handovers()), RosterSettings.hospitalDefault(),
                DemoHospital.settings(), validators.getValidator());
    }

    /**
     * When the staff directory knows the demo groups and their engineers, stores their shifts and
     * the rosters of last month and this one (DemoRoster), once the business calendars they run
     * on are stored; an LDAP directory of another hospital does not, and gets none.
     */
    private static void storeDemoRoster(RosterManagement roster, StaffDirectory directory, Clock clock) {
        boolean known = DemoRoster.groups().stream().allMatch(group -> directory.group(group).isPresent())
                && DemoRoster.ROTATIONS.values().stream().flatMap(List::stream)
                .allMatch(person -> directory.member(person.staffId()).isPresent());
        if (!known) {
            LOG.info("the demo hospital's shifts and rosters are not stored: the staff directory does not know its "
                    + "groups and engineers");
            return;
        }
        if (!DemoRoster.configureInto(roster.roster(), roster.queries(), ServiceDeskSettings.CHINA).isEmpty()) {
            LOG.info("the demo hospital's shifts are stored");
        }
        if (!DemoRoster.loadInto(roster.roster(), roster.queries(), clock.instant(), ServiceDeskSettings.CHINA)
                .isEmpty()) {
            LOG.info("the demo hospital's rosters of last month and this one are stored");
        }
    }

    /** The inspection rounds' ports over {@code storage}, a failed item raising its incident through {@code cmdb}. */
    private static InspectionPorts inspectionPorts(JdbcServiceDeskStorage storage, ServiceDeskPorts ports, Cmdb cmdb) {
        return new InspectionPorts(ports, storage.slaConfiguration(), storage.configurationItems(),
                cmdb.faultIncidents(), storage.inspection().templates(), storage.inspection().schedules(),
                storage.inspection().rounds());
    }

    private static StockPorts stockPorts(JdbcServiceDeskStorage storage, ServiceDeskPorts ports) {
        return new StockPorts(ports, storage.stock().items(), storage.stock().rooms(), storage.stock().balances(),
                storage.stock().movements());
    }

    private static MachineRoomPorts machineRoomPorts(JdbcServiceDeskStorage storage, ServiceDeskPorts ports) {
        return new MachineRoomPorts(ports, storage.configurationItems(), storage.machineRoom().entries());
    }

    /**
     * When the staff directory knows the people of the demo month of operations records, stores
     * it (DemoOperations: the machine room rounds, backups, repairs, stock and machine room log of
     * the month before now), once; an LDAP directory of another hospital does not, and gets none.
     */
    private static void storeDemoOperations(DemoOperations.Ports ports, StaffDirectory directory,
                                            ValidatorFactory validators, Clock clock, DemoCmdb.Estate estate) {
        if (DemoOperations.PEOPLE.stream().anyMatch(person -> directory.member(person.staffId()).isEmpty())) {
            LOG.info("the demo hospital's operations records are not stored: the staff directory does not know "
                    + "their engineers");
            return;
        }
        long started = System.nanoTime();
        DemoOperations.loadInto(ports, DemoHospital.settings(), validators.getValidator(), clock.instant(), estate)
                .ifPresent(loaded -> LOG.info("the demo hospital's month of operations records is stored in {} ms: "
                                + "the machine room's hot evening raised {}, the failed HIS database backup {}, the "
                                + "missed PACS archive run {}", Duration.ofNanos(System.nanoTime() - started).toMillis(),
                        loaded.temperatureIncident(), loaded.failedBackupIncident(), loaded.missedBackupIncident()));
    }

    /**
     * Why the start failed: what the storage said (it names the operation and what to do, never
     * a value), else the root cause's message.
     */
    private static String reason(RuntimeException failure) {
        return Throwables.getCausalChain(failure).stream().filter(StorageException.class::isInstance).findFirst()
                .orElse(Throwables.getRootCause(failure)).getMessage();
    }

    /**
     * The storage over {@code runtime}, migrated by the database user itself or, when the
     * hospital names the schema's owner, by the owner on a connection of its own that is closed
     * as soon as the migrations and the start's checks are done (docs/database-roles.md).
     */
    private static JdbcServiceDeskStorage storage(ServerConfiguration configuration, HikariDataSource runtime) {
        if (configuration.hardening().databaseOwner().isEmpty()) {
            return JdbcServiceDeskStorage.create(DatabaseRoles.oneUser(runtime));
        }
        HardeningSettings.DatabaseOwner owner = configuration.hardening().databaseOwner().get();
        try (HikariDataSource ownerPool = JdbcDataSources.pooled(configuration.databaseUrl(), owner.user(),
                owner.password(), 2)) {
            return JdbcServiceDeskStorage.create(DatabaseRoles.ownerAndRuntime(ownerPool, runtime));
        }
    }

    /** The hospital's LDAP directory, read and refreshed until closed, when configured; else the demo hospital's. */
    private static StaffDirectory staffDirectory(ServerConfiguration configuration, Deque<Resource> opened) {
        if (configuration.ldap().isEmpty()) {
            return DemoHospital.directory();
        }
        LdapStaffDirectory directory = configuration.ldap().get().start();
        opened.push(new Resource("staff directory", directory::close));
        return directory;
    }

    private static void createDirectory(ServerConfiguration configuration) {
        try {
            Files.createDirectories(configuration.dataDirectory());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the data directory " + configuration.dataDirectory(), failure);
        }
    }

    /** This node's name among the nodes sharing the database: the host's name and the port. */
    private static String nodeName(ServerConfiguration configuration) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            host = configuration.host();
        }
        String node = host + ":" + configuration.port();
        return node.length() <= 50 ? node : node.substring(node.length() - 50);
    }

    public ServerConfiguration configuration() {
        return configuration;
    }

    /** The base of the API's paths: {@code http://127.0.0.1:8080/api/v1}. */
    public URI apiUri() {
        return server.baseUri().resolve("api/v1");
    }

    public int port() {
        return server.port();
    }

    /** The database the records are kept in. */
    public Dialect dialect() {
        return dialect;
    }

    /** The demo people's tokens, as printed at start-up; empty when they are off ({@link SignInSettings}). */
    public Optional<DemoTokens> tokens() {
        return tokens;
    }

    /** The staff directory the desk works with: the hospital's LDAP directory or the demo hospital's. */
    public StaffDirectory directory() {
        return directory;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Whether {@link #close()} has closed everything without a failure. */
    public boolean closedCleanly() {
        return closedCleanly;
    }

    /** Stops the server (running requests may finish), then closes the storage and the pool; once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            LOG.info("hospital service desk stopping");
            boolean clean = closeAll(resources);
            closedCleanly = clean;
            LOG.info(clean ? "hospital service desk stopped: REST server, storage and connection pool closed"
                    : "hospital service desk stopped, not cleanly: see the warnings above");
        } finally {
            closed.countDown();
        }
    }

    /** Closes each resource, last opened first, going on past failures; whether all closed cleanly. */
    private static boolean closeAll(Deque<Resource> resources) {
        boolean clean = true;
        while (!resources.isEmpty()) {
            clean &= resources.pop().closeQuietly();
        }
        return clean;
    }

    /** What start-up was doing when it failed, and what to check then. */
    private enum Stage {
        DATA("check that the data directory (ITILHIS_DATA_DIR, -Ditilhis.data.dir) is writable"),
        DIRECTORY("check the ITILHIS_LDAP_ settings and that the directory server is running"),
        DATABASE("check ITILHIS_DB_URL, ITILHIS_DB_USER and ITILHIS_DB_PASSWORD or ITILHIS_DB_PASSWORD_FILE"
                + " (or -Ditilhis.db.url, ...)"
                + " and that the database server is running"),
        SERVER("is the port taken? Set ITILHIS_PORT (or -Ditilhis.port) to another one");

        private final String hint;

        Stage(String hint) {
            this.hint = hint;
        }
    }

    /** Something to close at shutdown. */
    private record Resource(String name, Closer closer) {
        boolean closeQuietly() {
            try {
                closer.close();
                return true;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                LOG.warn("interrupted while closing the {}", name);
                return false;
            } catch (RuntimeException failure) {
                LOG.warn("the {} did not close cleanly", name, failure);
                return false;
            }
        }
    }

    @FunctionalInterface
    private interface Closer {
        void close() throws InterruptedException;
    }
}
