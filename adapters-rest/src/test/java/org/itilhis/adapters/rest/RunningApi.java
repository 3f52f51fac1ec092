package org.itilhis.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.itilhis.adapters.rest.auth.Authenticator;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.core.workload.SplitRules;
import org.itilhis.ports.common.AuditTrail;
import org.itilhis.ports.common.AuditTrailVerification;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.operations.service.InspectionPorts;
import org.itilhis.ports.operations.service.InspectionSettings;
import org.itilhis.ports.operations.service.Inspections;
import org.itilhis.ports.reporting.service.Reporting;
import org.itilhis.ports.reporting.service.ReportingPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryRepairs;
import org.itilhis.testkit.memory.InMemoryAvailability;
import org.itilhis.ports.availability.service.OutageSources;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.testkit.memory.InMemoryInspectionRoundRepository;
import org.itilhis.testkit.memory.InMemoryInspectionScheduleRepository;
import org.itilhis.testkit.memory.InMemoryInspectionTemplateRepository;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStock;
import org.itilhis.testkit.memory.InMemoryWebhooks;
import org.itilhis.testkit.memory.InMemoryMonitoring;
import org.itilhis.adapters.rest.monitoring.AlertFormats;
import org.itilhis.ports.monitoring.service.MonitoringSettings;
import org.itilhis.ports.notification.service.WebhookSettings;
import org.itilhis.testkit.memory.InMemoryNotificationSettings;
import org.itilhis.testkit.memory.InMemoryRelay;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.testkit.memory.InMemoryWorkloadFacts;
import org.itilhis.testkit.memory.MutableClock;

/**
 * The REST API on a real Jetty on a free loopback port, over the demo hospital on the test
 * kit's in-memory adapters (service levels wired, not configured; the CMDB wired, empty; the
 * workload report over in-memory facts, its split rules the mainland's office-hours calendar,
 * its roster the {@link #duties} a test puts), with one bearer token per demo actor ({@code token-<staff id>}),
 * and a small {@link HttpClient} wrapper to call it. {@link #restart()} stops the server and
 * starts a new one on the same stores.
 */
public final class RunningApi implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** The hospital's backup software, posting its runs as the system (operations: backups). */
    public static final Actor BACKUP_SOFTWARE = Actor.of("backup-software", Role.SYSTEM);

    public final InMemoryServiceDesk desk;
    public final InMemoryIdempotencyStore idempotency;
    /** The rostered duties the workload report splits worked time by; none unless a test adds them. */
    public final List<Duty> duties = new CopyOnWriteArrayList<>();
    /** The spare parts ledger beside the desk, from which repairs issue their parts. */
    public final InMemoryStock stock;
    /** The notification relay's subscribers, which a test adds to; the relay asks for them on every pass. */
    public final List<Subscriber> relaySubscribers = new CopyOnWriteArrayList<>();
    /** The notification relay over the desk's event log (two attempts, then a dead letter); a test runs its passes. */
    public final InMemoryRelay relay;
    /** Repairs and maintenance beside the desk, on its CMDB, with their own store. */
    public final InMemoryRepairs repairs;
    /** Who gets what beside the desk: notification rules, templates, group robots, preferences. */
    public final InMemoryNotificationSettings notifications;
    /** The workload report, over facts of its own, projected from the desk's event log. */
    public final Reporting reporting;
    /** The inspection rounds on in-memory stores of their own beside the desk's; {@code roundsDue()} is their timer work. */
    public final Inspections inspections;
    /** The webhook subscriptions in memory beside the desk, sending through a recording sender. */
    public final InMemoryWebhooks webhooks;
    /** Monitoring's alert intake in memory beside the desk, reading deliveries with the adapter's formats. */
    public final InMemoryMonitoring monitoring;
    /** Monitoring's correlation following the intake's alert log: the correlator and the items' observed states. */
    public final org.itilhis.testkit.memory.InMemoryMonitoringCorrelation correlation;
    /** What monitoring saw, as availability reads it: tests add the outages they want. */
    public final List<ObservedOutage> observedOutages = new CopyOnWriteArrayList<>();
    /** Availability beside the desk, reading the repairs' downtime and the approved changes' windows. */
    public final InMemoryAvailability availability;
    private final CmdbImport imports;
    /** How requests are authenticated; {@code null} for the demo tokens. */
    private final Authenticator authenticator;
    /** The audit trail served, or {@code null} for none. */
    private final AuditTrail auditTrail;
    /** Further settings of the API, such as a CORS policy. */
    private final UnaryOperator<RestApi.Builder> options;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private RestServer server;

    private RunningApi(InMemoryServiceDesk desk, InMemoryIdempotencyStore idempotency, CmdbImport imports,
                       Authenticator authenticator) {
        this(desk, idempotency, imports, authenticator, null);
    }

    private RunningApi(InMemoryServiceDesk desk, InMemoryIdempotencyStore idempotency, CmdbImport imports,
                       Authenticator authenticator, AuditTrail auditTrail) {
        this(desk, idempotency, imports, authenticator, auditTrail, UnaryOperator.identity());
    }

    private RunningApi(InMemoryServiceDesk desk, InMemoryIdempotencyStore idempotency, CmdbImport imports,
                       Authenticator authenticator, AuditTrail auditTrail, UnaryOperator<RestApi.Builder> options) {
        this.options = options;
        this.desk = desk;
        this.idempotency = idempotency;
        this.imports = imports;
        this.authenticator = authenticator;
        this.auditTrail = auditTrail;
        this.stock = new InMemoryStock(desk, DemoHospital.settings(), StockSettings.hospitalDefault());
        this.repairs = new InMemoryRepairs(desk, DemoHospital.settings(), stock);
        this.notifications = new InMemoryNotificationSettings(desk, DemoHospital.settings());
        this.relay = new InMemoryRelay(desk, RelaySettings.defaults().withMaxAttempts(2).withJitter(() -> 0.5),
                List.of(() -> List.copyOf(relaySubscribers)), RelayMetrics.NONE);
        this.reporting = Reporting.create(new ReportingPorts(desk.ports, (engineers, from, to) -> duties.stream()
                        .filter(duty -> engineers.isEmpty() || engineers.contains(duty.engineer()))
                        .filter(duty -> duty.overlaps(from, to)).toList(), new InMemoryWorkloadFacts(desk.transactions)),
                SplitRules.onSite(ChinaMainland.officeHours()), DemoHospital.settings(),
                InMemoryServiceDesk.validator());
        this.inspections = Inspections.create(new InspectionPorts(desk.ports, desk.slaConfiguration,
                desk.configurationItems, desk.cmdb.faultIncidents(),
                new InMemoryInspectionTemplateRepository(desk.transactions),
                new InMemoryInspectionScheduleRepository(desk.transactions),
                new InMemoryInspectionRoundRepository(desk.transactions)), InspectionSettings.hospitalDefault(),
                DemoHospital.settings(), InMemoryServiceDesk.validator());
        this.webhooks = new InMemoryWebhooks(desk, DemoHospital.settings(), WebhookSettings.hospitalDefault());
        this.monitoring = new InMemoryMonitoring(desk, AlertFormats.hospitalDefault(), DemoHospital.settings(),
                MonitoringSettings.hospitalDefault());
        this.correlation = new org.itilhis.testkit.memory.InMemoryMonitoringCorrelation(desk, monitoring.alerts,
                DemoHospital.settings(), org.itilhis.ports.monitoring.service.CorrelationSettings.hospitalDefault());
        this.availability = new InMemoryAvailability(desk, DemoHospital.settings(), new OutageSources(
                (cis, from, to) -> List.copyOf(observedOutages), repairs.repairs.downtime(),
                desk.changes.approvedWindows()));
        this.server = RestServer.start(api(), "127.0.0.1", 0);
    }

    public static RunningApi start() {
        return on(DemoHospital.inMemory());
    }

    /**
     * The demo hospital with an audit trail served ({@code GET /api/v1/audit/event-chain}) over
     * {@code trail}: the in-memory storage offers none, so a test gives the answers it needs.
     */
    public static RunningApi withAuditTrail(AuditTrail trail) {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        return new RunningApi(desk, new InMemoryIdempotencyStore(desk.transactions), desk.cmdb.imports(), null,
                trail);
    }

    /** The demo hospital served by an API with further settings ({@code api -> api.cors(...)}). */
    public static RunningApi with(UnaryOperator<RestApi.Builder> options) {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        return new RunningApi(desk, new InMemoryIdempotencyStore(desk.transactions), desk.cmdb.imports(), null, null,
                options);
    }

    /** The demo hospital whose requests {@code authenticator} authenticates (in place of the demo tokens). */
    public static RunningApi signingInWith(Authenticator authenticator) {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        return new RunningApi(desk, new InMemoryIdempotencyStore(desk.transactions), desk.cmdb.imports(),
                authenticator);
    }

    /** The demo hospital run by other rules than its own, an access policy of its own, say. */
    public static RunningApi start(ServiceDeskSettings settings) {
        return on(new InMemoryServiceDesk(DemoHospital.directory(), MutableClock.at("2026-03-02T00:00:00Z"), settings));
    }

    /** The demo hospital whose CSV import is the one {@code imports} makes on its stores (a faulty one, say). */
    public static RunningApi withImport(Function<InMemoryServiceDesk, CmdbImport> imports) {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        return new RunningApi(desk, new InMemoryIdempotencyStore(desk.transactions), imports.apply(desk), null);
    }

    private static RunningApi on(InMemoryServiceDesk desk) {
        return new RunningApi(desk, new InMemoryIdempotencyStore(desk.transactions), desk.cmdb.imports(), null);
    }

    public static String token(Actor actor) {
        return "token-" + actor.staffId().value();
    }

    private static Authenticator demoTokens() {
        BearerTokenAuthenticator.Builder tokens = BearerTokenAuthenticator.builder();
        DemoHospital.EVERYONE.forEach(actor -> tokens.grantToken(token(actor), actor));
        tokens.grantToken(token(DemoHospital.CONFIG_MANAGER_QIAN), DemoHospital.CONFIG_MANAGER_QIAN);
        tokens.grantToken(token(DemoHospital.PRIVACY_OFFICER_HE), DemoHospital.PRIVACY_OFFICER_HE);
        tokens.grantToken(token(DemoHospital.PROBLEM_MANAGER_ZHAO), DemoHospital.PROBLEM_MANAGER_ZHAO);
        tokens.grantToken(token(DemoHospital.CHANGE_MANAGER_LIN), DemoHospital.CHANGE_MANAGER_LIN);
        tokens.grantToken(token(DemoHospital.HEAD_NURSE_HAN), DemoHospital.HEAD_NURSE_HAN);
        tokens.grantToken(token(DemoHospital.RELEASE_MANAGER_XU), DemoHospital.RELEASE_MANAGER_XU);
        tokens.grantToken(token(BACKUP_SOFTWARE), BACKUP_SOFTWARE);
        return tokens.build();
    }

    private RestApi api() {
        RestApi.Builder api = RestApi.builder()
                .serviceDesk(desk.desk.desk())
                .tickets(desk.desk.tickets())
                .queries(desk.desk.queries())
                .contactQueries(desk.desk.contactQueries())
                .personalDataReads(desk.desk.personalDataReads())
                .serviceLevels(desk.levels.queries(), desk.levels.administration())
                .cmdb(desk.cmdb.items(), desk.cmdb.queries(), imports)
                .problems(desk.problems.problems(), desk.problems.queries(), desk.problems.candidates(),
                        desk.problems.suggestions())
                .knowledge(desk.knowledge.articles(), desk.knowledge.queries())
                .changes(desk.changes.changes(), desk.changes.queries(), desk.changes.configuration())
                .releases(desk.releases.releases(), desk.releases.queries())
                .roster(desk.roster.roster(), desk.roster.queries())
                .repairs(repairs.repairs.repairs(), repairs.repairs.queries())
                .backups(desk.backups.jobs(), desk.backups.queries())
                .machineRoomLog(desk.machineRoom.log(), desk.machineRoom.queries())
                .availability(availability.availability.availability(), availability.availability.queries(),
                        availability.availability.reports())
                .reporting(reporting.workload())
                .inspections(inspections.inspections(), inspections.queries())
                .stock(stock.ledger.stock(), stock.ledger.queries())
                .webhooks(webhooks.webhooks.subscriptions(), webhooks.webhooks.queries())
                .monitoring(monitoring.monitoring.intake(), monitoring.monitoring.sources(),
                        monitoring.monitoring.mappings(), monitoring.monitoring.queries())
                .notificationSettings(notifications.settings.settings(), notifications.settings.queries())
                .notificationRelay(relay.management(DemoHospital.settings()).deadLetters(),
                        relay.management(DemoHospital.settings()).queries())
                .monitoringCorrelation(correlation.correlation.queries())
                .idempotency(idempotency, desk.transactions)
                .authenticator(authenticator != null ? authenticator : demoTokens())
                .clock(desk.clock)
                .validatorFactory(jakarta.validation.Validation.buildDefaultValidatorFactory());
        if (auditTrail != null) {
            api.auditTrail(new AuditTrailVerification(auditTrail, AccessPolicy.hospitalDefault()));
        }
        return options.apply(api).build();
    }

    /** Stops the server and starts a new one, with new resources, on the same stores. */
    public void restart() {
        server.close();
        server = RestServer.start(api(), "127.0.0.1", 0);
    }

    public URI uri(String path) {
        return server.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public Call delete(String path) {
        return call("DELETE", path);
    }

    /** Stores the demo hospital's calendars and SLA configuration (version 1), as the system. */
    public void configureServiceLevels() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
    }

    /** How many events the log holds: every change of data appends one. */
    public int eventCount() {
        return desk.events.all().size();
    }

    @Override
    public void close() {
        server.close();
    }

    /** One request being put together. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call as(Actor actor) {
            return header("Authorization", "Bearer " + token(actor));
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(Object value) {
            try {
                return raw("application/json", JSON.writeValueAsString(value));
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }

        public Call raw(String contentType, String text) {
            header("Content-Type", contentType);
            return body(HttpRequest.BodyPublishers.ofString(text));
        }

        public Call body(HttpRequest.BodyPublisher publisher) {
            this.body = publisher;
            return this;
        }

        private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public String toString() {
            return method + " " + path + " " + headers.keySet();
        }

        /**
         * Sends the request and reads the answer as bytes (a workbook, say); checked against the
         * OpenAPI document like every other answer, a body that is not text as a string.
         */
        public Download download() {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                    .method(method, body);
            headers.forEach(request::header);
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                String contentType = response.headers().firstValue("Content-Type").orElse(null);
                boolean text = contentType != null && (contentType.contains("json") || contentType.startsWith("text/"));
                OpenApiAnswers.DOCUMENT.check(new OpenApiAnswers.Answer(method, response.uri().getRawPath(),
                        response.statusCode(), contentType, text ? new String(response.body(),
                        java.nio.charset.StandardCharsets.UTF_8) : "(" + response.body().length + " bytes)"));
                return new Download(response);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                    .method(method, body);
            headers.forEach(request::header);
            HttpRequest built = request.build();
            try {
                return new Reply(sendOnce(built));
            } catch (IOException closed) {
                // A pooled keep-alive connection the server closed just as it was reused: the
                // server never saw this request, so sending it again is safe. A request that
                // itself breaks the connection fails again and is reported.
                try {
                    return new Reply(sendOnce(built));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /**
     * A response, its body read as JSON when it is JSON; checked against the OpenAPI document as
     * it arrives ({@link OpenApiAnswers}), so every answer a test gets is one the document describes.
     */
    public record Reply(HttpResponse<String> response) {
        public Reply {
            OpenApiAnswers.DOCUMENT.check(response);
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return response.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException notJson) {
                throw new UncheckedIOException("not JSON: " + response.body(), notJson);
            }
        }

        public String etag() {
            return header("ETag");
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.headers().map() + " " + response.body();
        }
    }

    /** A response read as bytes. */
    public record Download(HttpResponse<byte[]> response) {
        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public byte[] bytes() {
            return response.body();
        }
    }

    /** A JSON object to send. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
