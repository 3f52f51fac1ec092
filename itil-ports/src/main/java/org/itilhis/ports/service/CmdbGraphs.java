package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.ports.out.ConfigurationItemRepository;

/**
 * The relationship graph of every stored item, built once and kept while the repository's
 * revision stays the same: an impact query on an unchanged CMDB costs one revision read and
 * the analysis. Stored relationships were checked against the rules when made; the graph is
 * built without checking them again, so a tightened rule never makes the CMDB unreadable.
 * Retired and disposed items stay in the graph without their relationships: their failure
 * reaches nothing, and they no longer count as members of a redundant whole.
 */
final class CmdbGraphs {
    private static final Set<CiStatus> OUT_OF_SERVICE = EnumSet.of(CiStatus.RETIRED, CiStatus.DISPOSED);

    private final ConfigurationItemRepository items;
    private final CiClassCatalogue classes;
    private volatile Built built;

    /** A graph and the details of its items, as of one revision. */
    record Built(long revision, CiGraph graph, ImmutableMap<CiId, CiDetails> details) {
    }

    CmdbGraphs(ConfigurationItemRepository items, CiClassCatalogue classes) {
        this.items = checkNotNull(items, "items");
        this.classes = checkNotNull(classes, "classes");
    }

    /** The graph of the current revision. */
    Built current() {
        long revision = items.revision();
        Built known = built;
        if (known != null && known.revision() == revision) {
            return known;
        }
        synchronized (this) {
            known = built;
            if (known == null || known.revision() != revision) {
                known = build(revision);
                built = known;
            }
            return known;
        }
    }

    private Built build(long revision) {
        List<CiSnapshot> snapshots = new ArrayList<>();
        items.forEach(snapshots::add);
        CiGraph.Builder graph = CiGraph.builder(RelationshipRules.allowingEverything());
        ImmutableMap.Builder<CiId, CiDetails> details = ImmutableMap.builderWithExpectedSize(snapshots.size());
        for (CiSnapshot item : snapshots) {
            graph.add(new CiNode(item.id(), item.classCode(), item.details().criticality(),
                    classes.isService(item.classCode()), item.details().owningDepartment()));
            details.put(item.id(), item.details());
        }
        Set<CiId> outOfService = snapshots.stream().filter(item -> OUT_OF_SERVICE.contains(item.status()))
                .map(CiSnapshot::id).collect(Collectors.toSet());
        for (CiSnapshot item : snapshots) {
            item.relationships().stream()
                    .filter(r -> !outOfService.contains(r.from()) && !outOfService.contains(r.to()))
                    .forEach(graph::relate);
            item.redundancy().values().forEach(rule -> graph.redundancy(item.id(), rule));
        }
        return new Built(revision, graph.build(), details.buildOrThrow());
    }
}
