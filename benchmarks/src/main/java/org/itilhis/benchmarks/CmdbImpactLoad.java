package org.itilhis.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.ImpactView;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;

/**
 * Impact queries on a CMDB of 100,000 configuration items and about 300,000 relationships
 * stored in PostgreSQL, through the CMDB's query service on the JDBC adapter, as the REST API
 * asks them: loads a {@link HospitalEstate} into a scratch schema (see {@link ScratchPostgres}),
 * then reports the first query (which builds the graph from the database), the p50 and p99
 * of impact queries on random servers, on the core switch and of candidate causes of business
 * services on an unchanged CMDB, and the first query after one item changed (applied to the
 * graph in place since the graph is no longer rebuilt); then the p50 and p99 of a query right
 * after one item changed, and of the core switch's impact as a page: its summary and the first
 * 100 affected items.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.itilhis.benchmarks.CmdbImpactLoad [items] [queries]</pre>
 */
public final class CmdbImpactLoad {
    private static final Actor AGENT = DemoHospital.AGENT_CHEN;

    private CmdbImpactLoad() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long generating = System.nanoTime();
        HospitalEstate estate = HospitalEstate.generate(size, 42);
        System.out.printf(Locale.ROOT, "estate: %,d items, %,d relationships, generated in %.1f s%n",
                estate.items().size(), estate.relationships(), seconds(generating));
        try (ScratchPostgres database = ScratchPostgres.open("itilhis_cmdb", 4);
             ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
            System.out.println("database: " + database.describe());
            JdbcServiceDeskStorage storage = database.storage();
            long loading = System.nanoTime();
            store(storage, estate.items());
            System.out.printf(Locale.ROOT, "stored in %.1f s (1,000 items per transaction, events not logged)%n",
                    seconds(loading));
            Cmdb cmdb = cmdb(storage, validators);
            CmdbQueries query = cmdb.queries();
            CiId someServer = estate.servers().get(0).id();
            long first = System.nanoTime();
            query.impact(AGENT, Set.of(someServer));
            System.out.printf(Locale.ROOT, "first impact query (graph built from PostgreSQL): %.0f ms%n",
                    (System.nanoTime() - first) / 1e6);
            Random random = new Random(7);
            report("impact of a random server", queries, () -> query.impact(AGENT,
                    Set.of(estate.servers().get(random.nextInt(estate.servers().size())).id())).report().affected().size());
            report("impact of the core switch", Math.max(20, queries / 100),
                    () -> query.impact(AGENT, Set.of(estate.coreSwitch().id())).report().affected().size());
            report("candidate causes of a business service", queries, () -> query.candidateCauses(AGENT,
                    estate.services().get(random.nextInt(estate.services().size())).id()).size());
            report("core switch: summary and first page", Math.max(20, queries / 10), () -> {
                ImpactView page = query.impact(AGENT, Set.of(estate.coreSwitch().id()), 0, 100);
                return page.report().summary().affected() > 0 ? page.report().affected(0, 100).size() : 0;
            });
            ConfigurationItem changed = estate.servers().get(1);
            cmdb.items().handle(new CmdbCommand.DeclareRedundancy(DemoHospital.CONFIG_MANAGER_QIAN, changed.id(), null,
                    org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON, 2, 0));
            long rebuilt = System.nanoTime();
            query.impact(AGENT, Set.of(someServer));
            System.out.printf(Locale.ROOT, "first impact query after one item changed (applied in place): %.0f ms%n",
                    (System.nanoTime() - rebuilt) / 1e6);
            int changes = Math.max(20, queries / 10);
            Latencies afterChange = new Latencies();
            for (int i = 0; i < changes; i++) {
                cmdb.items().handle(new CmdbCommand.DeclareRedundancy(DemoHospital.CONFIG_MANAGER_QIAN, changed.id(), null,
                        org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON, 2 + i % 2, 0));
                long start = System.nanoTime();
                query.impact(AGENT, Set.of(someServer));
                afterChange.add(System.nanoTime() - start);
            }
            Latencies sorted = Latencies.merge(List.of(afterChange));
            System.out.printf(Locale.ROOT, "%-40s %,6d queries  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms%n",
                    "impact query right after one item saved", changes, sorted.percentileMillis(50),
                    sorted.percentileMillis(99), sorted.percentileMillis(100));
        }
    }

    static void store(JdbcServiceDeskStorage storage, List<ConfigurationItem> items) {
        for (int from = 0; from < items.size(); from += 1_000) {
            List<ConfigurationItem> batch = items.subList(from, Math.min(items.size(), from + 1_000));
            storage.transactions().inTransaction(() -> {
                batch.forEach(storage.configurationItems()::save);
                return null;
            });
        }
    }

    private static Cmdb cmdb(JdbcServiceDeskStorage storage, ValidatorFactory validators) {
        Clock clock = Clock.system(ServiceDeskSettings.CHINA);
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), notification -> { }, DemoHospital.directory(), storage.transactions(), clock, storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        return Cmdb.create(new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks()),
                CmdbSettings.hospitalDefault(), DemoHospital.settings(), validators.getValidator(), desk);
    }

    /** Runs {@code query} {@code times} times after a tenth as many warm-up runs; prints p50, p99 and max. */
    private static void report(String name, int times, Supplier<Integer> query) {
        for (int i = 0; i < Math.max(1, times / 10); i++) {
            query.get();
        }
        Latencies latencies = new Latencies();
        long reached = 0;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            reached += query.get();
            latencies.add(System.nanoTime() - start);
        }
        Latencies sorted = Latencies.merge(List.of(latencies));
        System.out.printf(Locale.ROOT, "%-40s %,6d queries  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (%,d items reached on average)%n",
                name, times, sorted.percentileMillis(50), sorted.percentileMillis(99), sorted.percentileMillis(100),
                reached / times);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
