package org.itilhis.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.rest.RestApi;
import org.itilhis.adapters.rest.RestServer;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.adapters.rest.monitoring.AlertFormats;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.monitoring.in.AlertSourceCommand;
import org.itilhis.ports.monitoring.service.CorrelationPorts;
import org.itilhis.ports.monitoring.service.CorrelationSettings;
import org.itilhis.ports.monitoring.service.Monitoring;
import org.itilhis.ports.monitoring.service.MonitoringCorrelation;
import org.itilhis.ports.monitoring.service.MonitoringPorts;
import org.itilhis.ports.monitoring.service.MonitoringSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;

/**
 * The alert storm of issue 20 over HTTP: a core switch fails and monitoring fires for everything
 * behind it. A {@link HospitalEstate} is stored in a scratch PostgreSQL schema, the REST API runs
 * in this process with the alert intake, and the correlator follows the alert log beside it on
 * its own thread as the example's cluster timer would. The driver posts {@code alerts} alerts
 * (the switch's own first, then five problems on each of {@code alerts / 5} items behind it) as
 * Alertmanager webhook groups of {@code group} alerts from {@code clients} threads, spread evenly
 * over {@code seconds} (10,000 in a minute by default; 0 sends them as fast as the clients can). Reported: the deliveries' latency (p50,
 * p99, max), the alerts accepted per second, how long the correlator needed after the last
 * delivery to have correlated every alert, the incidents it raised and the business services
 * the failures reach (at most one incident per impacted service is the bar).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.AlertStorm [items] [alerts] [seconds] [group] [clients]</pre>
 */
public final class AlertStorm {
    private static final String[] PROBLEMS = {"HostDown", "NodeExporterDown", "PingLoss", "HttpProbeFailed",
            "DiskLatencyHigh"};

    private AlertStorm() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int alerts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int group = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        HospitalEstate estate = HospitalEstate.generate(size, 42);
        try (ScratchPostgres database = ScratchPostgres.open("itilhis_storm", 8);
             ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
            JdbcServiceDeskStorage storage = database.storage();
            CmdbImpactLoad.store(storage, estate.items());
            Clock clock = Clock.system(ServiceDeskSettings.CHINA);
            ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                    storage.events(), notification -> { }, DemoHospital.directory(), storage.transactions(), clock,
                    storage.personalDataReads());
            ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
            CmdbPorts cmdbPorts = new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                    storage.cmdb().faultIncidentLinks());
            Cmdb cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                    validators.getValidator(), desk);
            Monitoring monitoring = Monitoring.create(new MonitoringPorts(ports, storage.configurationItems(),
                            storage.monitoring().sources(), storage.monitoring().mappings(), storage.monitoring().alerts(),
                            storage.monitoring().rejections(), AlertFormats.hospitalDefault()),
                    MonitoringSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator());
            MonitoringCorrelation correlation = MonitoringCorrelation.create(new CorrelationPorts(cmdbPorts,
                            storage.monitoring().alerts(), storage.correlation().position(),
                            storage.correlation().states(), storage.correlation().incidents()),
                    CorrelationSettings.hospitalDefault(), DemoHospital.settings(), cmdb);
            String token = monitoring.sources().register(new AlertSourceCommand.Register(DemoHospital.DIRECTOR_GAO,
                    "prometheus", AlertSourceKind.ALERTMANAGER, null, false, null)).token().value();
            RestApi api = RestApi.builder()
                    .serviceDesk(desk.desk()).tickets(desk.tickets()).queries(desk.queries())
                    .contactQueries(desk.contactQueries())
                    .monitoring(monitoring.intake(), monitoring.sources(), monitoring.mappings(), monitoring.queries())
                    .idempotency(storage.idempotency(), storage.transactions())
                    .authenticator(BearerTokenAuthenticator.builder().build())
                    .clock(clock).validatorFactory(validators).build();

            List<CiId> behind = behindTheSwitch(cmdb, estate, alerts / PROBLEMS.length);
            Map<CiId, String> tags = new LinkedHashMap<>();
            estate.items().forEach(item -> tags.put(item.id(), item.details().assetTag().value()));
            List<String> deliveries = deliveries(estate.coreSwitch().id(), behind, tags, alerts, group, clock.instant());
            ImpactReport reached = ImpactAnalysis.of(cmdb.currentGraph()).impactOf(downed(estate, behind));
            System.out.printf(Locale.ROOT, "estate: %,d items; %,d alerts on %,d items behind the core switch in %,d "
                    + "deliveries of %d, over %d s from %d clients; the failures reach %,d business services%n",
                    estate.items().size(), alerts, behind.size() + 1, deliveries.size(), group, seconds, clients,
                    reached.businessServices().size());
            cmdb.currentGraph(); // the graph built before the storm, as on a running server

            try (RestServer server = RestServer.start(api, "127.0.0.1", 0)) {
                AtomicBoolean stormOver = new AtomicBoolean();
                ExecutorService correlator = Executors.newSingleThreadExecutor();
                AtomicInteger correlated = new AtomicInteger();
                Future<?> following = correlator.submit(() -> {
                    while (true) {
                        boolean over = stormOver.get();
                        correlated.addAndGet(correlation.correlator().runUntilCaughtUp(1_000));
                        if (over) {
                            return null;
                        }
                        Thread.sleep(200);
                    }
                });
                URI receiver = server.baseUri().resolve("api/v1/alerts/prometheus");
                HttpClient http = HttpClient.newHttpClient();
                List<Latencies> latencies = new ArrayList<>();
                ExecutorService senders = Executors.newFixedThreadPool(clients);
                AtomicInteger failures = new AtomicInteger();
                long start = System.nanoTime();
                long spacing = Duration.ofSeconds(seconds).toNanos() / deliveries.size();
                List<Future<?>> sent = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    Latencies mine = new Latencies();
                    latencies.add(mine);
                    sent.add(senders.submit(() -> {
                        for (int i = client; i < deliveries.size(); i += clients) {
                            long due = start + i * spacing;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            long before = System.nanoTime();
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(receiver)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(deliveries.get(i))).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            mine.add(System.nanoTime() - before);
                            if (answer.statusCode() != 200) {
                                failures.incrementAndGet();
                                System.out.println("delivery " + i + ": " + answer.statusCode() + " " + answer.body());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> each : sent) {
                    each.get();
                }
                long delivered = System.nanoTime();
                senders.shutdown();
                stormOver.set(true);
                following.get();
                long caughtUp = System.nanoTime();
                correlator.shutdown();
                Latencies all = Latencies.merge(latencies);
                long recorded = count(database, "alert");
                long linked = count(database, "monitoring_alert_incident");
                long incidents = count(database, "ticket");
                System.out.printf(Locale.ROOT, "intake: %,d deliveries in %.1f s, %,.0f alerts/s accepted, latency "
                                + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed; %,d alerts recorded%n",
                        deliveries.size(), (delivered - start) / 1e9, alerts / ((delivered - start) / 1e9),
                        all.percentileMillis(50), all.percentileMillis(99), all.percentileMillis(100), failures.get(),
                        recorded);
                System.out.printf(Locale.ROOT, "correlation: caught up %.1f s after the last delivery (%,d alerts correlated); "
                                + "%,d alerts linked to incidents; %,d incidents raised for %,d impacted business services%n",
                        (caughtUp - delivered) / 1e9, correlated.get(), linked, incidents,
                        reached.businessServices().size());
            }
        }
    }

    /** Up to {@code count} items the core switch's failure reaches, not business services, nearest first. */
    private static List<CiId> behindTheSwitch(Cmdb cmdb, HospitalEstate estate, int count) {
        ImpactReport report = ImpactAnalysis.of(cmdb.currentGraph()).impactOf(Set.of(estate.coreSwitch().id()));
        return report.affected().stream().map(AffectedCi::item).filter(item -> !item.businessService())
                .map(item -> item.id()).filter(id -> !id.equals(estate.coreSwitch().id())).limit(count)
                .collect(Collectors.toList());
    }

    private static Map<CiId, OperationalState> downed(HospitalEstate estate, List<CiId> behind) {
        Map<CiId, OperationalState> down = new LinkedHashMap<>();
        down.put(estate.coreSwitch().id(), OperationalState.DOWN);
        behind.forEach(id -> down.put(id, OperationalState.DOWN));
        return down;
    }

    /** The storm as Alertmanager groups: the switch's alert, then each problem on each item behind it. */
    private static List<String> deliveries(CiId coreSwitch, List<CiId> behind, Map<CiId, String> tags, int alerts,
                                           int group, Instant now) {
        List<String> bodies = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String startsAt = now.minusSeconds(30).toString();
        current.add(alert(tags.get(coreSwitch), "SwitchDown", startsAt));
        Set<String> made = new HashSet<>();
        outer:
        for (String problem : PROBLEMS) {
            for (CiId item : behind) {
                if (made.size() + 1 >= alerts) {
                    break outer;
                }
                made.add(problem + item);
                current.add(alert(tags.get(item), problem, startsAt));
                if (current.size() == group) {
                    bodies.add(body(current));
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            bodies.add(body(current));
        }
        return bodies;
    }

    private static String alert(String assetTag, String name, String startsAt) {
        return "{\"status\":\"firing\",\"labels\":{\"alertname\":\"" + name + "\",\"severity\":\"critical\","
                + "\"asset_tag\":\"" + assetTag + "\"},\"annotations\":{\"summary\":\"" + name + " on " + assetTag
                + "\"},\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":"
                + "\"http://prometheus:9090/graph\",\"fingerprint\":\"" + Integer.toHexString((name + assetTag).hashCode())
                + "-" + assetTag + "\"}";
    }

    private static String body(List<String> alerts) {
        return "{\"version\":\"4\",\"groupKey\":\"{}:{}\",\"truncatedAlerts\":0,\"status\":\"firing\","
                + "\"receiver\":\"itilhis\",\"groupLabels\":{},\"commonLabels\":{},\"commonAnnotations\":{},"
                + "\"externalURL\":\"http://alertmanager:9093\",\"alerts\":[" + String.join(",", alerts) + "]}";
    }

    private static long count(ScratchPostgres database, String table) throws java.sql.SQLException {
        try (var connection = database.dataSource().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
