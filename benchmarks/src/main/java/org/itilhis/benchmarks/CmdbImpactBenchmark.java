package org.itilhis.benchmarks;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.Relationship;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.cmdb.StoredCiGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Impact analysis on the in-memory relationship graph of {@link SyntheticHospitalEstate}
 * (100,000 items, 300,000 relationships): what a failed virtual server brings down (a
 * leaf of the data centre, reaching the applications and services of one hospital), what the
 * core switch brings down (everything), the candidate causes of a business service, and the
 * building of the graph, with every relationship checked against the hospital rules and without
 * (as the CMDB service built it after a change before it updated it in place). The setup logs how
 * far each failure reaches.
 *
 * <p>Since the graph is updated in place: one saved item (an application gaining or losing one of
 * its servers, alternately) applied to the {@link StoredCiGraph} of the estate, alone and followed
 * by an impact query, as the CMDB does on every save followed by a query; and the core switch's
 * impact as the REST API answers it by default for a page: the summary and the first 100 items.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CmdbImpactBenchmark -f 1 -wi 2 -w 2 -i 3 -r 2</pre>
 */
// Sampled, so that the result gives the median and the 99th percentile of a query, not only its mean.
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CmdbImpactBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(CmdbImpactBenchmark.class);

    private SyntheticHospitalEstate estate;
    private RelationshipRules rules;
    private ImpactAnalysis analysis;
    private Set<CiId> leafServer;
    private Set<CiId> coreSwitch;
    private CiId service;
    private StoredCiGraph stored;
    private CiSnapshot[] alternating;
    private int changes;

    @Setup(Level.Trial)
    public void setUp() {
        long start = System.nanoTime();
        estate = new SyntheticHospitalEstate();
        long generated = System.nanoTime();
        rules = RelationshipRules.hospitalDefault(CiClassCatalogue.hospitalDefault());
        CiGraph graph = estate.build(rules);
        long built = System.nanoTime();
        analysis = ImpactAnalysis.of(graph);
        leafServer = Set.of(firstHostingServer(graph));
        coreSwitch = Set.of(estate.coreSwitch);
        service = estate.services[SyntheticHospitalEstate.SERVICES / 2];
        LOG.info("{} generated in {} ms, built in {} ms", graph, (generated - start) / 1_000_000,
                (built - generated) / 1_000_000);
        describe("leaf server", analysis.impactOf(leafServer));
        describe("core switch", analysis.impactOf(coreSwitch));
        LOG.info("candidate causes of a business service: {}", analysis.candidateCauses(service).size());
        List<CiSnapshot> snapshots = estate.snapshots();
        long reading = System.nanoTime();
        stored = new StoredCiGraph(CiClassCatalogue.hospitalDefault()).apply(snapshots);
        LOG.info("stored graph of {} snapshots built in {} ms: {}", snapshots.size(), (System.nanoTime() - reading) / 1_000_000,
                stored.graph());
        CiSnapshot application = snapshots.stream().filter(s -> s.relationships().size() >= 2).filter(s -> s.relationships()
                .stream().anyMatch(r -> r.type() == RelationshipType.RUNS_ON)).findFirst().orElseThrow();
        Relationship dropped = application.relationships().stream().filter(r -> r.type() == RelationshipType.RUNS_ON)
                .findFirst().orElseThrow();
        CiSnapshot without = new CiSnapshot(application.id(), application.classCode(), application.details(),
                application.status(), application.relationships().stream().filter(r -> !r.equals(dropped))
                .collect(ImmutableSet.toImmutableSet()), application.redundancy(), application.version() + 1);
        alternating = new CiSnapshot[] {without, application};
    }

    /** The first virtual server, from the middle of the estate on, that something runs on. */
    private CiId firstHostingServer(CiGraph graph) {
        for (int i = SyntheticHospitalEstate.VIRTUAL_SERVERS / 2; ; i++) {
            CiId server = estate.virtualServers[i];
            if (!graph.dependents(server).isEmpty()) {
                return server;
            }
        }
    }

    private static void describe(String failure, ImpactReport report) {
        LOG.info("{}: {} affected ({} down), {} business services, {} departments", failure, report.affected().size(),
                report.affected().stream().filter(ci -> ci.state() == OperationalState.DOWN).count(),
                report.businessServices().size(), report.departments().keySet().size());
    }

    @Benchmark
    public ImpactReport impactOfALeafServerFailure() {
        return analysis.impactOf(leafServer);
    }

    @Benchmark
    public ImpactReport impactOfTheCoreSwitchFailure() {
        return analysis.impactOf(coreSwitch);
    }

    @Benchmark
    public List<CiPath> candidateCausesOfABusinessService() {
        return analysis.candidateCauses(service);
    }

    /** One saved item applied to the graph of 100,000 items in place (a relationship gone or back). */
    @Benchmark
    public CiGraph applyOneSavedItem() {
        return stored.apply(List.of(alternating[changes++ & 1])).graph();
    }

    /** One saved item applied, then the impact of a leaf server on the graph it gives, as a query after a save. */
    @Benchmark
    public ImpactReport applyOneSavedItemThenAnImpactQuery() {
        CiGraph graph = stored.apply(List.of(alternating[changes++ & 1])).graph();
        return ImpactAnalysis.of(graph).impactOf(leafServer);
    }

    /** The core switch's impact, its summary and the first page of 100 affected items with their paths. */
    @Benchmark
    public List<AffectedCi> summaryAndFirstPageOfTheCoreSwitchFailure() {
        ImpactReport report = analysis.impactOf(coreSwitch);
        report.summary();
        return report.affected(0, 100);
    }

    /** The core switch's impact with every one of its 100,000 affected items and their paths, as before paging. */
    @Benchmark
    public List<AffectedCi> everyAffectedItemOfTheCoreSwitchFailure() {
        return analysis.impactOf(coreSwitch).affected();
    }

    /** One build of the whole graph, each relationship checked against the hospital rules; each call timed alone. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public CiGraph buildTheGraph() {
        return estate.build(rules);
    }

    /**
     * One build without checking the rules, as the CMDB service rebuilds its graph from the
     * stored items after a change (the relationships were checked when they were made).
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public CiGraph buildTheGraphUnchecked() {
        return estate.build(RelationshipRules.allowingEverything());
    }
}
