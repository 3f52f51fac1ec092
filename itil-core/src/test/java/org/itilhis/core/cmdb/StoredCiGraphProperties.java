package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;

/**
 * A graph updated in place by a random sequence of saved items (created, related, unrelated,
 * retired and brought back, redundancy declared and withdrawn, recriticalised), applied in
 * random batches as the CMDB reads them, equals the graph built from scratch from the final
 * snapshots: the same items, relationships, adjacency and redundancy rules, and the same impact
 * answers (affected items, their states and the length of their explaining paths).
 */
class StoredCiGraphProperties {
    private static final CiClassCatalogue CLASSES = CiClassCatalogue.hospitalDefault();
    private static final Set<CiStatus> OUT_OF_SERVICE = EnumSet.of(CiStatus.RETIRED, CiStatus.DISPOSED);

    /** One saved change: of which item, what kind, and two arguments. */
    record Step(int item, int kind, int a, int b, boolean flush) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 3).map(n -> n == 0))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(150);
    }

    @Property(tries = 300)
    void aGraphUpdatedInPlaceEqualsTheGraphBuiltFromTheFinalSnapshots(@ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 24) int failedItem) {
        Map<CiId, CiSnapshot> latest = new LinkedHashMap<>();
        Map<CiId, CiSnapshot> batch = new LinkedHashMap<>();
        StoredCiGraph stored = new StoredCiGraph(CLASSES);
        List<CiGraph> published = new ArrayList<>();
        List<Map<CiId, CiSnapshot>> publishedFrom = new ArrayList<>();
        for (Step step : steps) {
            CiSnapshot changed = change(latest.get(id(step.item())), step);
            latest.put(changed.id(), changed);
            batch.remove(changed.id());
            batch.put(changed.id(), changed);
            if (step.flush()) {
                stored.apply(List.copyOf(batch.values()));
                batch.clear();
                published.add(stored.graph());
                publishedFrom.add(Map.copyOf(latest));
            }
        }
        stored.apply(List.copyOf(batch.values()));
        assertSame(stored.graph(), fromScratch(latest.values()), failedItem);
        latest.values().forEach(item -> assertThat(stored.details().get(item.id())).isEqualTo(item.details()));
        assertThat(stored.details().size()).isEqualTo(latest.size());
        // every graph handed out earlier still answers as of its own snapshots
        for (int i = 0; i < published.size(); i++) {
            assertSame(published.get(i), fromScratch(publishedFrom.get(i).values()), failedItem);
        }
    }

    private static CiSnapshot change(CiSnapshot old, Step step) {
        CiId id = id(step.item());
        if (old == null) {
            return new CiSnapshot(id, step.item() % 4 == 0 ? "service" : "server",
                    details(step.item(), ServiceCriticality.values()[step.b() % 3]), CiStatus.IN_USE, ImmutableSet.of(),
                    ImmutableMap.of(), 1);
        }
        RelationshipType type = RelationshipType.values()[step.b() % RelationshipType.values().length];
        Set<Relationship> relationships = new LinkedHashSet<>(old.relationships());
        Map<RelationshipType, RedundancyRule> redundancy = new LinkedHashMap<>(old.redundancy());
        CiStatus status = old.status();
        CiDetails details = old.details();
        switch (step.kind()) {
            case 0, 1, 2, 3 -> {
                if (step.a() != step.item()) {
                    relationships.add(new Relationship(id, type, id(step.a())));
                }
            }
            case 4 -> {
                if (!relationships.isEmpty()) {
                    relationships.remove(List.copyOf(relationships).get(step.b() % relationships.size()));
                }
            }
            case 5 -> status = OUT_OF_SERVICE.contains(status) ? CiStatus.IN_USE
                    : step.b() % 2 == 0 ? CiStatus.RETIRED : CiStatus.DISPOSED;
            case 6 -> status = CiStatus.values()[step.b() % CiStatus.values().length];
            case 7 -> redundancy.put(type, step.a() % 2 == 0 ? RedundancyRule.downWhen(type, 1 + step.a() % 3)
                    : RedundancyRule.downWhenPercent(type, 1 + step.b()));
            case 8 -> redundancy.remove(type);
            default -> details = details(step.item(), ServiceCriticality.values()[step.b() % 3]);
        }
        return new CiSnapshot(id, old.classCode(), details, status, ImmutableSet.copyOf(relationships),
                ImmutableMap.copyOf(redundancy), old.version() + 1);
    }

    private static CiDetails details(int n, ServiceCriticality criticality) {
        CiDetails details = CiDetails.of(AssetTag.of("SRV-" + n), "item " + n, criticality);
        return n % 3 == 0 ? details : details.withOwner(DepartmentId.of("dept-" + n % 5), GroupId.of("it"));
    }

    static CiId id(int n) {
        return new CiId(new UUID(7, n));
    }

    /**
     * The reference: the graph built at once from every snapshot, as the CMDB built it before it
     * updated it in place (relationships to items not known are left out, as they wait for them).
     */
    static CiGraph fromScratch(Collection<CiSnapshot> snapshots) {
        CiGraph.Builder graph = CiGraph.builder(RelationshipRules.allowingEverything());
        for (CiSnapshot item : snapshots) {
            graph.add(new CiNode(item.id(), item.classCode(), item.details().criticality(),
                    CLASSES.isService(item.classCode()), item.details().owningDepartment()));
        }
        Map<CiId, CiSnapshot> byId = snapshots.stream().collect(Collectors.toMap(CiSnapshot::id, s -> s));
        Set<CiId> outOfService = snapshots.stream().filter(item -> OUT_OF_SERVICE.contains(item.status()))
                .map(CiSnapshot::id).collect(Collectors.toSet());
        for (CiSnapshot item : snapshots) {
            item.relationships().stream()
                    .filter(r -> byId.containsKey(r.to()))
                    .filter(r -> !outOfService.contains(r.from()) && !outOfService.contains(r.to()))
                    .forEach(graph::relate);
            item.redundancy().values().forEach(rule -> graph.redundancy(item.id(), rule));
        }
        return graph.build();
    }

    private static void assertSame(CiGraph updated, CiGraph built, int failedItem) {
        assertThat(updated.ids()).isEqualTo(built.ids());
        assertThat(updated.size()).isEqualTo(built.size());
        assertThat(updated.relationships()).isEqualTo(built.relationships());
        assertThat(updated.relationships()).hasSameSizeAs(built.relationships());
        assertThat(updated.hasRedundancyRules()).isEqualTo(built.hasRedundancyRules());
        for (CiId id : built.ids()) {
            assertThat(updated.item(id)).isEqualTo(built.item(id));
            assertThat(new HashSet<>(updated.dependents(id))).isEqualTo(new HashSet<>(built.dependents(id)));
            assertThat(new HashSet<>(updated.dependencies(id))).isEqualTo(new HashSet<>(built.dependencies(id)));
            for (RelationshipType type : RelationshipType.values()) {
                assertThat(updated.redundancyRule(id, type)).isEqualTo(built.redundancyRule(id, type));
            }
        }
        List<Set<CiId>> failures = new ArrayList<>();
        if (built.contains(id(failedItem))) {
            failures.add(Set.of(id(failedItem)));
        }
        if (!built.ids().isEmpty()) {
            failures.add(Set.copyOf(List.copyOf(built.ids()).subList(0, Math.min(3, built.size()))));
        }
        for (Set<CiId> failed : failures) {
            ImpactReport mine = ImpactAnalysis.of(updated).impactOf(failed);
            ImpactReport theirs = ImpactAnalysis.of(built).impactOf(failed);
            assertThat(mine.affectedIds()).isEqualTo(theirs.affectedIds());
            for (AffectedCi affected : theirs.affected()) {
                assertThat(mine.stateOf(affected.id())).as("state of %s", affected.id()).isEqualTo(affected.state());
                assertThat(mine.affected(affected.id()).orElseThrow().path().length()).isEqualTo(affected.path().length());
            }
            assertThat(mine.highestServiceCriticality()).isEqualTo(theirs.highestServiceCriticality());
        }
    }
}
