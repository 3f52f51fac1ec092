package org.itilhis.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.cmdb.RelationshipType.CONNECTED_TO;
import static org.itilhis.core.cmdb.RelationshipType.DEPENDS_ON;
import static org.itilhis.core.cmdb.RelationshipType.PART_OF;
import static org.itilhis.core.cmdb.RelationshipType.RUNS_ON;
import static org.itilhis.core.cmdb.RelationshipType.USES;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.priority.ServiceCriticality;
import org.junit.jupiter.api.Test;

/**
 * The measurement at a hospital's scale: a graph of 1,000 items (40 services, each on an
 * application on a redundant cluster and a database, their servers on 20 access switches that
 * each hang on both core switches, and 678 workstations) and a month of 400 outages, many of
 * them on shared items (the switches, so that an impact pass reaches the whole estate) and 30
 * change windows. Every service's month is measured; the slowest must take well under a second
 * (the bound is loose for a shared build machine; the figures are printed).
 */
class AvailabilityMeasurementScaleTest {
    static final Instant DECEMBER = Instant.parse("2026-11-30T16:00:00Z");
    static final Instant JANUARY = Instant.parse("2026-12-31T16:00:00Z");

    int next = 0;
    final List<CiId> services = new ArrayList<>();
    final List<CiId> outageProne = new ArrayList<>();
    final List<CiId> nodes = new ArrayList<>();

    CiId add(CiGraph.Builder builder, String classCode, boolean service) {
        CiId id = new CiId(new UUID(22, next++));
        builder.add(new CiNode(id, classCode, ServiceCriticality.CLINICAL_CRITICAL, service));
        return id;
    }

    CiGraph estate() {
        CiGraph.Builder builder = CiGraph.builder(RelationshipRules.allowingEverything());
        CiId core1 = add(builder, "network-switch", false);
        CiId core2 = add(builder, "network-switch", false);
        builder.relate(core1, CONNECTED_TO, core2);
        List<CiId> access = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CiId sw = add(builder, "network-switch", false);
            builder.relate(sw, DEPENDS_ON, core1).relate(sw, DEPENDS_ON, core2)
                    .redundancy(sw, RedundancyRule.downWhen(DEPENDS_ON, 2));
            access.add(sw);
        }
        outageProne.addAll(List.of(core1, core2));
        outageProne.addAll(access);
        for (int s = 0; s < 40; s++) {
            CiId service = add(builder, "business-service", true);
            CiId app = add(builder, "application", false);
            CiId cluster = add(builder, "cluster", false);
            CiId database = add(builder, "database", false);
            CiId dbServer = add(builder, "db-server", false);
            builder.relate(service, USES, app).relate(app, RUNS_ON, cluster).relate(app, USES, database)
                    .relate(database, RUNS_ON, dbServer).relate(dbServer, DEPENDS_ON, access.get(s % 20))
                    .redundancy(cluster, RedundancyRule.downWhen(PART_OF, 2));
            int members = s % 3 == 0 ? 3 : 2;
            for (int m = 0; m < members; m++) {
                CiId node = add(builder, "app-server", false);
                builder.relate(node, PART_OF, cluster).relate(node, DEPENDS_ON, access.get((s + m) % 20));
                nodes.add(node);
            }
            services.add(service);
            outageProne.addAll(List.of(app, database, dbServer));
        }
        outageProne.addAll(nodes);
        outageProne.addAll(nodes);
        while (next < 1_000) {
            CiId workstation = add(builder, "workstation", false);
            builder.relate(workstation, DEPENDS_ON, access.get(next % 20));
            if (next % 10 == 0) {
                outageProne.add(workstation);
            }
        }
        return builder.build();
    }

    @Test
    void aMonthOfFourHundredOutagesOnAThousandItemGraphIsMeasuredWellUnderASecondPerService() {
        CiGraph graph = estate();
        Random random = new Random(20);
        List<Outage> outages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            CiId ci = outageProne.get(random.nextInt(outageProne.size()));
            Instant start = DECEMBER.plusSeconds(random.nextInt(31 * 86_400));
            Optional<Instant> end = i % 50 == 0 ? Optional.empty() : Optional.of(start.plusSeconds(60 + random.nextInt(4 * 3_600)));
            outages.add(new Outage(ci, i % 7 == 0 ? OperationalState.DEGRADED : OperationalState.DOWN, start, end,
                    OutageSource.values()[i % 3], "INC-2026-" + i));
        }
        List<PlannedMaintenance> windows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant start = DECEMBER.plusSeconds(random.nextInt(31 * 86_400));
            windows.add(new PlannedMaintenance("CHG-2026-" + i, ImmutableSet.of(nodes.get(random.nextInt(nodes.size())),
                    outageProne.get(random.nextInt(outageProne.size()))), start, start.plusSeconds(3 * 3_600)));
        }
        BusinessCalendar calendar = BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI);
        Optional<AvailabilityTarget> target = Optional.of(AvailabilityTarget.percent("99.9"));

        long slowest = 0;
        long total = 0;
        int outagesCounted = 0;
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up
            AvailabilityMeasurement measurement = AvailabilityMeasurement.of(graph);
            slowest = 0;
            total = 0;
            times.clear();
            outagesCounted = 0;
            for (CiId service : services) {
                long start = System.nanoTime();
                ServiceAvailability availability = measurement.measure(service, calendar, DECEMBER, JANUARY, outages,
                        windows, target);
                long took = System.nanoTime() - start;
                slowest = Math.max(slowest, took);
                times.add(took);
                total += took;
                outagesCounted += availability.outages();
                assertThat(availability.agreedTime()).isEqualTo(Duration.ofDays(31));
            }
        }
        times.sort(null);
        System.out.printf("availability of 40 services, 1,000 items, 400 outages, a month: %d service outages, "
                + "%.1f ms in all, median service %.2f ms, slowest %.1f ms%n", outagesCounted, total / 1e6,
                times.get(times.size() / 2) / 1e6, slowest / 1e6);
        assertThat(outagesCounted).isPositive();
        assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));
    }
}
