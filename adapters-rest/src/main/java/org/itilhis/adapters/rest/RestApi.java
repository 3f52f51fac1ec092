package org.itilhis.adapters.rest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.itilhis.adapters.rest.auth.AuthenticationFilter;
import org.itilhis.adapters.rest.auth.Authenticator;
import org.itilhis.adapters.rest.change.ChangeResources;
import org.itilhis.adapters.rest.common.ApiJson;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.configuration.CmdbResources;
import org.itilhis.adapters.rest.http.BodySizeLimitFilter;
import org.itilhis.adapters.rest.http.CorsPolicy;
import org.itilhis.adapters.rest.http.NulCharacterFilter;
import org.itilhis.adapters.rest.http.RateLimit;
import org.itilhis.adapters.rest.http.RateLimitFilter;
import org.itilhis.adapters.rest.http.RequestLogFilter;
import org.itilhis.adapters.rest.http.SecurityHeadersFilter;
import org.itilhis.adapters.rest.http.ServerLoad;
import org.itilhis.adapters.rest.knowledge.KnowledgeResources;
import org.itilhis.adapters.rest.notification.MailReplyResource;
import org.itilhis.adapters.rest.problem.ProblemResources;
import org.itilhis.adapters.rest.problemdetails.ApiExceptionMapper;
import org.itilhis.adapters.rest.problemdetails.DomainExceptionMapper;
import org.itilhis.adapters.rest.problemdetails.FallbackExceptionMapper;
import org.itilhis.adapters.rest.problemdetails.JsonExceptionMapper;
import org.itilhis.adapters.rest.problemdetails.RequestValidation;
import org.itilhis.adapters.rest.problemdetails.WebApplicationExceptionMapper;
import org.itilhis.adapters.rest.release.ReleaseResources;
import org.itilhis.adapters.rest.reporting.ReportingResources;
import org.itilhis.adapters.rest.operations.RepairResources;
import org.itilhis.adapters.rest.operations.BackupResources;
import org.itilhis.adapters.rest.operations.InspectionResources;
import org.itilhis.adapters.rest.operations.MachineRoomResources;
import org.itilhis.adapters.rest.availability.AvailabilityResources;
import org.itilhis.adapters.rest.roster.RosterResources;
import org.itilhis.adapters.rest.notification.WebhookResources;
import org.itilhis.adapters.rest.monitoring.MonitoringResources;
import org.itilhis.ports.monitoring.in.AlertIntakeUseCase;
import org.itilhis.ports.monitoring.in.AlertMappingUseCase;
import org.itilhis.ports.monitoring.in.AlertSourceUseCase;
import org.itilhis.ports.monitoring.in.MonitoringQueries;
import org.itilhis.adapters.rest.operations.StockResources;
import org.itilhis.adapters.rest.notification.NotificationSettingsResources;
import org.itilhis.adapters.rest.notification.NotificationRelayResources;
import org.itilhis.adapters.rest.monitoring.CiStateResources;
import org.itilhis.adapters.rest.servicedesk.ServiceDeskResources;
import org.itilhis.adapters.rest.servicelevel.ServiceLevelResources;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeUseCase;
import org.itilhis.ports.common.AuditTrailVerification;
import org.itilhis.ports.common.IdempotencyPurge;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.knowledge.in.ArticleQueries;
import org.itilhis.ports.knowledge.in.KnowledgeUseCase;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseUseCase;
import org.itilhis.ports.reporting.in.WorkloadQueries;
import org.itilhis.ports.operations.in.RepairQueries;
import org.itilhis.ports.operations.in.RepairUseCase;
import org.itilhis.ports.operations.in.BackupQueries;
import org.itilhis.ports.operations.in.BackupUseCase;
import org.itilhis.ports.operations.in.InspectionQueries;
import org.itilhis.ports.operations.in.InspectionUseCase;
import org.itilhis.ports.operations.in.MachineRoomQueries;
import org.itilhis.ports.availability.in.AvailabilityQueries;
import org.itilhis.ports.availability.in.AvailabilityReports;
import org.itilhis.ports.availability.in.AvailabilityUseCase;
import org.itilhis.ports.operations.in.MachineRoomUseCase;
import org.itilhis.ports.notification.in.WebhookQueries;
import org.itilhis.ports.notification.in.WebhookUseCase;
import org.itilhis.ports.operations.in.StockQueries;
import org.itilhis.ports.notification.in.DeadLetterUseCase;
import org.itilhis.ports.notification.in.RelayQueries;
import org.itilhis.ports.operations.in.StockUseCase;
import org.itilhis.ports.notification.in.NotificationSettingsQueries;
import org.itilhis.ports.notification.in.NotificationSettingsUseCase;
import org.itilhis.ports.roster.in.RosterQueries;
import org.itilhis.ports.roster.in.RosterUseCase;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.PersonalDataReadQueries;
import org.itilhis.ports.notification.in.MailReplyQueries;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaQueries;

/**
 * The REST API of the service desk as a Jakarta REST application, built over the ports the
 * embedding application wires: the use cases (inbound ports), the {@link IdempotencyStore} and
 * the {@link Transactions} it shares with them (so that an idempotency record commits with the
 * creation it belongs to), and an {@link Authenticator}.
 *
 * <pre>{@code
 * RestApi api = RestApi.builder()
 *         .serviceDesk(desk.desk()).tickets(desk.tickets()).queries(desk.queries())
 *         .contactQueries(desk.contactQueries())
 *         .serviceLevels(levels.queries(), levels.administration()) // optional
 *         .cmdb(cmdb.items(), cmdb.queries(), cmdb.imports()) // optional; the import is optional too
 *         .problems(problems.problems(), problems.queries(), problems.candidates(), problems.suggestions()) // optional
 *         .releases(releases.releases(), releases.queries()) // optional
 *         .roster(roster.roster(), roster.queries()) // optional
 *         .inspections(inspections.inspections(), inspections.queries()) // optional
 *         .machineRoomLog(machineRoom.log(), machineRoom.queries()) // optional
 *         .knowledge(knowledge.articles(), knowledge.queries()) // optional
 *         .changes(changes.changes(), changes.queries(), changes.configuration()) // optional
 *         .reporting(reporting.workload()) // optional
 *         .stock(stock.stock(), stock.queries()) // optional
 *         .auditTrail(new AuditTrailVerification(storage.events(), settings.access())) // optional
 *         .idempotency(idempotencyStore, transactions)
 *         .idempotencyRetention(Duration.ofHours(24)) // optional, the default
 *         .authenticator(BearerTokenAuthenticator.builder().grantHashed(sha256, actor).build())
 *         .build();
 * try (RestServer server = RestServer.start(api, "127.0.0.1", 8080)) { ... }
 * }</pre>
 */
public final class RestApi {
    /** The default limit of a request body: 64 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    /**
     * The default limit of the body of a CSV import ({@code POST /api/v1/cis/import}): 64 MiB,
     * some 400,000 rows of a hospital's asset list. The port copies the file to a temporary
     * file and reads it from there, so this limit is what one import may take of the disk, not
     * of the memory.
     */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 64 * 1024 * 1024;

    /**
     * The limit of the body of a monitoring source's delivery ({@code POST /api/v1/alerts/{source}}):
     * 4 MiB, some 6,000 alerts of Alertmanager's webhook in one group. A source retries what is
     * refused, so a delivery too large would be retried for ever; the general limit is far below
     * what one alert group of a storm holds.
     */
    public static final long MAX_ALERT_DELIVERY_BYTES = 4 * 1024 * 1024;

    private final Builder settings;
    private final ApiJson json = new ApiJson();
    private final ServerLoad load = new ServerLoad();
    private final RequestValidation validation;

    private RestApi(Builder settings) {
        this.settings = settings;
        this.validation = new RequestValidation(settings.validatorFactory);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A new, unshared configuration of the whole application (resources, JSON, filters and
     * exception mappers), to run in Jersey's servlet or any other Jersey container. Each call
     * builds fresh resource instances over the same ports.
     */
    public ResourceConfig resourceConfig() {
        ResourceConfig config = new ResourceConfig();
        Resources.CLASSES.forEach(config::register);
        config.register(HealthResource.class);
        config.property(Resources.DEPENDENCIES, new Resources.Dependencies(settings.desk, settings.work,
                settings.queries, settings.contactQueries, settings.idempotency, settings.transactions, settings.clock,
                settings.idempotencyRetention, json, validation));
        ServiceDeskResources.register(config);
        if (settings.slaQueries != null) {
            ServiceLevelResources.register(config,
                    new ServiceLevelResources.Ports(settings.slaQueries, settings.slaAdministration));
        }
        if (settings.cmdbQueries != null) {
            CmdbResources.register(config, new CmdbResources.Ports(settings.cmdbItems, settings.cmdbQueries,
                    Optional.ofNullable(settings.cmdbImport)));
        }
        if (settings.problems != null) {
            ProblemResources.register(config, settings.problems);
        }
        if (settings.knowledge != null) {
            KnowledgeResources.register(config, settings.knowledge);
        }
        if (settings.changes != null) {
            ChangeResources.register(config, settings.changes);
        }
        if (settings.releases != null) {
            ReleaseResources.register(config, settings.releases);
        }
        if (settings.roster != null) {
            RosterResources.register(config, settings.roster);
        }
        if (settings.repairs != null) {
            RepairResources.register(config, settings.repairs);
        }
        if (settings.machineRoom != null) {
            MachineRoomResources.register(config, settings.machineRoom);
        }
        if (settings.availability != null) {
            AvailabilityResources.register(config, settings.availability);
        }
        if (settings.reporting != null) {
            ReportingResources.register(config, settings.reporting);
        }
        // operations: backups
        if (settings.backups != null) {
            BackupResources.register(config, settings.backups);
        }
        if (settings.inspections != null) {
            InspectionResources.register(config, settings.inspections);
        }
        if (settings.stock != null) {
            StockResources.register(config, settings.stock);
        }
        if (settings.webhooks != null) {
            WebhookResources.register(config, settings.webhooks);
        }
        if (settings.notificationSettings != null) {
            NotificationSettingsResources.register(config, settings.notificationSettings);
        }
        if (settings.monitoring != null) {
            MonitoringResources.register(config, settings.monitoring);
        }
        if (settings.notificationRelay != null) {
            NotificationRelayResources.register(config, settings.notificationRelay);
        }
        if (settings.monitoringQueries != null) {
            CiStateResources.register(config, settings.monitoringQueries);
        }
        if (settings.auditTrail != null) {
            config.register(AuditTrailResource.class);
            config.property(AuditTrailResource.VERIFICATION, settings.auditTrail);
        }
        if (settings.mailReplies != null) {
            config.register(MailReplyResource.class);
            config.property(MailReplyResource.QUERIES, settings.mailReplies);
        }
        if (settings.personalDataReads != null) {
            config.register(PersonalDataReadResource.class);
            config.property(PersonalDataReadResource.QUERIES, settings.personalDataReads);
        }
        config.property(Resources.SERVER_LOAD, load);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(json);
        config.register(new RequestLogFilter());
        config.register(new SecurityHeadersFilter(settings.cors));
        config.register(new NulCharacterFilter());
        config.register(new BodySizeLimitFilter(settings.maxBodyBytes,
                Map.of(ApiPaths.CIS_IMPORT.substring(1), settings.maxImportBytes,
                        MonitoringResources.ALERTS.substring(1) + "/*", MAX_ALERT_DELIVERY_BYTES)));
        config.register(new AuthenticationFilter(settings.authenticator));
        if (settings.rateLimit.limited()) {
            config.register(new RateLimitFilter(settings.rateLimit));
        }
        FallbackExceptionMapper fallback = new FallbackExceptionMapper();
        config.register(fallback);
        config.register(new WebApplicationExceptionMapper(fallback));
        config.register(new DomainExceptionMapper());
        ApiExceptionMapper refusals = new ApiExceptionMapper();
        config.register(refusals);
        config.register(new JsonExceptionMapper(refusals));
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return config;
    }

    /** Whether the server running the API sheds load; {@link RestServer} keeps it up to date. */
    public ServerLoad load() {
        return load;
    }

    /** The largest request body accepted (but by the CSV import). */
    public long maxBodyBytes() {
        return settings.maxBodyBytes;
    }

    /** The largest CSV file {@code POST /api/v1/cis/import} accepts. */
    public long maxImportBytes() {
        return settings.maxImportBytes;
    }

    /**
     * Collects the ports and settings; every port is required but those of service levels, the
     * CMDB, problem management and the audit trail.
     */
    public static final class Builder {
        private ServiceDeskUseCase desk;
        private TicketWorkUseCase work;
        private TicketQueries queries;
        private ContactQueries contactQueries;
        private SlaQueries slaQueries;
        private SlaAdministration slaAdministration;
        private CmdbUseCase cmdbItems;
        private CmdbQueries cmdbQueries;
        private CmdbImport cmdbImport;
        private ProblemResources.Ports problems;
        private ReleaseResources.Ports releases;
        private RosterResources.Ports roster;
        private RepairResources.Ports repairs;
        private BackupResources.Ports backups;
        private InspectionResources.Ports inspections;
        private MachineRoomResources.Ports machineRoom;
        private AvailabilityResources.Ports availability;
        private KnowledgeResources.Ports knowledge;
        private ChangeResources.Ports changes;
        private ReportingResources.Ports reporting;
        private StockResources.Ports stock;
        private WebhookResources.Ports webhooks;
        private MonitoringResources.Ports monitoring;
        private NotificationSettingsResources.Ports notificationSettings;
        private NotificationRelayResources.Ports notificationRelay;
        private org.itilhis.ports.monitoring.in.CiStateQueries monitoringQueries;
        private AuditTrailVerification auditTrail;
        private PersonalDataReadQueries personalDataReads;
        private MailReplyQueries mailReplies;
        private IdempotencyStore idempotency;
        private Transactions transactions;
        private Authenticator authenticator;
        private Clock clock = Clock.systemUTC();
        private Duration idempotencyRetention = IdempotencyStore.DEFAULT_RETENTION;
        private ValidatorFactory validatorFactory;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long maxImportBytes = DEFAULT_MAX_IMPORT_BYTES;
        private CorsPolicy cors = CorsPolicy.none();
        private RateLimit rateLimit = RateLimit.unlimited();

        private Builder() {
        }

        public Builder serviceDesk(ServiceDeskUseCase desk) {
            this.desk = checkNotNull(desk, "desk");
            return this;
        }

        public Builder tickets(TicketWorkUseCase work) {
            this.work = checkNotNull(work, "work");
            return this;
        }

        public Builder queries(TicketQueries queries) {
            this.queries = checkNotNull(queries, "queries");
            return this;
        }

        public Builder contactQueries(ContactQueries contactQueries) {
            this.contactQueries = checkNotNull(contactQueries, "contactQueries");
            return this;
        }

        /**
         * The ports of service level management ({@code ServiceLevels.queries()} and
         * {@code administration()}); optional: without them the clocks, the at-risk list, the
         * SLA configuration and the calendars are not served (404).
         */
        public Builder serviceLevels(SlaQueries queries, SlaAdministration administration) {
            this.slaQueries = checkNotNull(queries, "queries");
            this.slaAdministration = checkNotNull(administration, "administration");
            return this;
        }

        /**
         * The ports of configuration management ({@code Cmdb.items()} and {@code queries()});
         * optional: without them the CMDB's resources are not served (404).
         */
        public Builder cmdb(CmdbUseCase items, CmdbQueries queries) {
            this.cmdbItems = checkNotNull(items, "items");
            this.cmdbQueries = checkNotNull(queries, "queries");
            this.cmdbImport = null;
            return this;
        }

        /**
         * The ports of configuration management with the CSV import ({@code Cmdb.imports()}),
         * served as {@code POST /api/v1/cis/import}; without it (the two-port form) that path
         * answers 404 and the other CMDB resources are served alike.
         */
        public Builder cmdb(CmdbUseCase items, CmdbQueries queries, CmdbImport imports) {
            cmdb(items, queries);
            this.cmdbImport = checkNotNull(imports, "imports");
            return this;
        }

        /**
         * The ports of problem management ({@code ProblemManagement.problems()}, {@code queries()},
         * {@code candidates()} and {@code suggestions()}); optional: without them the problems,
         * the known errors, the candidate problems, an incident's problems, the known errors that
         * match a contact or an incident and resolving a contact with a known error are not
         * served (404).
         */
        public Builder problems(ProblemUseCase problems, ProblemQueries queries, CandidateProblems candidates,
                                KnownErrorSuggestions suggestions) {
            this.problems = new ProblemResources.Ports(checkNotNull(problems, "problems"),
                    checkNotNull(queries, "queries"), checkNotNull(candidates, "candidates"),
                    checkNotNull(suggestions, "suggestions"));
            return this;
        }

        /**
         * The ports of knowledge management ({@code KnowledgeManagement.articles()} and {@code
         * queries()}); optional: without them the articles and resolving a ticket or a contact
         * with an article are not served (404).
         */
        public Builder knowledge(KnowledgeUseCase articles, ArticleQueries queries) {
            this.knowledge = new KnowledgeResources.Ports(checkNotNull(articles, "articles"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of change management ({@code ChangeManagement.changes()}, {@code queries()}
         * and {@code configuration()}); optional: without them the changes, the change templates,
         * the CAB, the blackout windows and the change schedule are not served (404).
         */
        public Builder changes(ChangeUseCase changes, ChangeQueries queries, ChangeConfigurationUseCase configuration) {
            this.changes = new ChangeResources.Ports(checkNotNull(changes, "changes"), checkNotNull(queries, "queries"),
                    checkNotNull(configuration, "configuration"));
            return this;
        }

        /**
         * The ports of release management ({@code ReleaseManagement.releases()} and {@code
         * queries()}); optional: without them the releases are not served (404).
         */
        public Builder releases(ReleaseUseCase releases, ReleaseQueries queries) {
            this.releases = new ReleaseResources.Ports(checkNotNull(releases, "releases"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of the duty roster ({@code RosterManagement.roster()} and {@code queries()});
         * optional: without them the shifts, the rosters, the duty swaps, who is on call and the
         * shift handovers are not served (404).
         */
        public Builder roster(RosterUseCase roster, RosterQueries queries) {
            this.roster = new RosterResources.Ports(checkNotNull(roster, "roster"), checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of repairs ({@code Repairs.repairs()} and {@code queries()}); optional:
         * without them {@code /api/v1/repairs} is not served (404).
         */
        public Builder repairs(RepairUseCase repairs, RepairQueries queries) {
            this.repairs = new RepairResources.Ports(checkNotNull(repairs, "repairs"), checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of the backup records ({@code Backups.jobs()} and {@code queries()}); optional:
         * without them {@code /api/v1/backups} is not served (404).
         */
        public Builder backups(BackupUseCase backups, BackupQueries queries) {
            this.backups = new BackupResources.Ports(checkNotNull(backups, "backups"), checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of the inspection rounds ({@code Inspections.inspections()} and {@code
         * queries()}); optional: without them {@code /api/v1/inspections} is not served (404).
         */
        public Builder inspections(InspectionUseCase inspections, InspectionQueries queries) {
            this.inspections = new InspectionResources.Ports(checkNotNull(inspections, "inspections"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of the machine room log ({@code MachineRoomLog.log()} and {@code queries()});
         * optional: without them {@code /api/v1/machine-room-log} is not served (404).
         */
        public Builder machineRoomLog(MachineRoomUseCase log, MachineRoomQueries queries) {
            this.machineRoom = new MachineRoomResources.Ports(checkNotNull(log, "log"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of availability ({@code AvailabilityManagement.availability()}, {@code queries()}
         * and {@code reports()}); optional: without them {@code /api/v1/outages}, {@code
         * /api/v1/availability-targets} and {@code /api/v1/reports/availability} are not served (404).
         */
        public Builder availability(AvailabilityUseCase availability, AvailabilityQueries queries,
                                    AvailabilityReports reports) {
            this.availability = new AvailabilityResources.Ports(availability, queries, reports);
            return this;
        }

        /**
         * The ports of the stock of consumables and spare parts ({@code StockLedger.stock()} and
         * {@code queries()}); optional: without them {@code /api/v1/stock} is not served (404).
         */
        public Builder stock(StockUseCase stock, StockQueries queries) {
            this.stock = new StockResources.Ports(checkNotNull(stock, "stock"), checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of monitoring's alert intake ({@code Monitoring.intake()}, {@code sources()},
         * {@code mappings()}, {@code queries()}); optional: without them {@code /api/v1/alerts},
         * {@code /alert-sources}, {@code /alert-mappings} and {@code /alert-rejections} are not
         * served (404). The receivers {@code POST /api/v1/alerts/{source}} take no staff token: the
         * source authenticates by its own.
         */
        public Builder monitoring(AlertIntakeUseCase intake, AlertSourceUseCase sources, AlertMappingUseCase mappings,
                                  MonitoringQueries queries) {
            this.monitoring = new MonitoringResources.Ports(intake, sources, mappings, queries);
            return this;
        }

        /**
         * The ports of the webhook subscriptions ({@code Webhooks.subscriptions()} and {@code
         * queries()}); optional: without them {@code /api/v1/webhook-subscriptions} is not served (404).
         */
        public Builder webhooks(WebhookUseCase subscriptions, WebhookQueries queries) {
            this.webhooks = new WebhookResources.Ports(checkNotNull(subscriptions, "subscriptions"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The ports of who gets what ({@code NotificationSettings.settings()} and {@code queries()});
         * optional: without them the notification rules, templates, group robots and preferences
         * are not served (404).
         */
        public Builder notificationSettings(NotificationSettingsUseCase settings, NotificationSettingsQueries queries) {
            this.notificationSettings = new NotificationSettingsResources.Ports(checkNotNull(settings, "settings"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * The notification relay's management ({@code RelayManagement.deadLetters()} and {@code
         * queries()}); optional: without it {@code /api/v1/notification-relay} is not served (404)
         * and the health endpoint does not report the relay.
         */
        public Builder notificationRelay(DeadLetterUseCase deadLetters, RelayQueries queries) {
            this.notificationRelay = new NotificationRelayResources.Ports(checkNotNull(deadLetters, "deadLetters"),
                    checkNotNull(queries, "queries"));
            return this;
        }

        /**
         * Monitoring's queries of the items' observed states ({@code MonitoringCorrelation.queries()});
         * optional: without them {@code /api/v1/ci-states} and {@code /api/v1/alerts/{position}/incident}
         * are not served (404).
         */
        public Builder monitoringCorrelation(org.itilhis.ports.monitoring.in.CiStateQueries queries) {
            this.monitoringQueries = checkNotNull(queries, "queries");
            return this;
        }

        /**
         * The workload report of reporting ({@code Reporting.workload()}); optional: without it
         * {@code /api/v1/reports/workload} and its CSV and Excel exports are not served (404).
         */
        public Builder reporting(WorkloadQueries workload) {
            this.reporting = new ReportingResources.Ports(checkNotNull(workload, "workload"));
            return this;
        }

        /**
         * The refused replies by e-mail ({@code new MailReplyQueryService(...)}, issue 19);
         * optional: without it {@code GET /api/v1/mail-replies} is not served (404).
         */
        public Builder mailReplies(MailReplyQueries queries) {
            this.mailReplies = checkNotNull(queries, "queries");
            return this;
        }

        /**
         * The privacy officer's query of the personal-data read log ({@code ServiceDesk.personalDataReads()},
         * ADR 0014); optional: without it {@code GET /api/v1/audit/personal-data-reads} is not
         * served (404). The reads themselves are recorded by the query services whether or not it
         * is served.
         */
        public Builder personalDataReads(PersonalDataReadQueries queries) {
            this.personalDataReads = checkNotNull(queries, "queries");
            return this;
        }

        /**
         * The verification of the audit trail ({@code new AuditTrailVerification(storage.events(),
         * settings.access())} over a storage that offers it); optional: without it
         * {@code GET /api/v1/audit/event-chain} is not served (404).
         */
        public Builder auditTrail(AuditTrailVerification verification) {
            this.auditTrail = checkNotNull(verification, "verification");
            return this;
        }

        /** Where idempotency records live, and the transactions the creations run in. */
        public Builder idempotency(IdempotencyStore store, Transactions transactions) {
            this.idempotency = checkNotNull(store, "store");
            this.transactions = checkNotNull(transactions, "transactions");
            return this;
        }

        /**
         * How long an idempotency record answers retries ({@link IdempotencyStore#DEFAULT_RETENTION},
         * a day, unless given): a retry within it gets the original answer, a request with the
         * same key after it creates again. Purge the records with the same retention
         * ({@code IdempotencyPurge}).
         */
        public Builder idempotencyRetention(Duration retention) {
            this.idempotencyRetention = IdempotencyPurge.checkRetention(retention);
            return this;
        }

        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = checkNotNull(authenticator, "authenticator");
            return this;
        }

        /** The clock that timestamps idempotency records; the system's UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = checkNotNull(clock, "clock");
            return this;
        }

        /** The Bean Validation provider; Hibernate Validator's default factory if not given. */
        public Builder validatorFactory(ValidatorFactory factory) {
            this.validatorFactory = checkNotNull(factory, "factory");
            return this;
        }

        public Builder maxBodyBytes(long limit) {
            checkArgument(limit > 0, "limit %s must be positive", limit);
            this.maxBodyBytes = limit;
            return this;
        }

        /**
         * The largest CSV file the import accepts ({@link #DEFAULT_MAX_IMPORT_BYTES} unless
         * given); a larger body is refused with 413 as soon as its size is known.
         */
        public Builder maxImportBytes(long limit) {
            checkArgument(limit > 0, "limit %s must be positive", limit);
            this.maxImportBytes = limit;
            return this;
        }

        /**
         * The web origins whose pages may call the API from a browser; none unless given
         * ({@link CorsPolicy#none()}), which is right when the desk's pages come from the API's
         * own origin or callers are no browsers.
         */
        public Builder cors(CorsPolicy policy) {
            this.cors = checkNotNull(policy, "policy");
            return this;
        }

        /**
         * How many requests one identity may make ({@link RateLimit}); unlimited unless given,
         * so that the load driver and monitoring feeds are not throttled unless the hospital
         * says so. Beyond it, 429 with {@code Retry-After}. Each {@link #resourceConfig()} counts
         * on its own.
         */
        public Builder rateLimit(RateLimit limit) {
            this.rateLimit = checkNotNull(limit, "limit");
            return this;
        }

        public RestApi build() {
            checkState(desk != null && work != null && queries != null && contactQueries != null,
                    "the four inbound ports are required");
            checkState(idempotency != null && authenticator != null, "idempotency and authenticator are required");
            if (validatorFactory == null) {
                validatorFactory = Validation.buildDefaultValidatorFactory();
            }
            return new RestApi(this);
        }
    }
}
