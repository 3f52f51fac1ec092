package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
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
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;

/**
 * The relationship graph of every stored item, built once and kept while the repository's
 * revision stays the same: an impact query on an unchanged CMDB costs one revision read and
 * the analysis. Stored relationships were checked against the rules when made; the graph is
 * built without checking them again, so a tightened rule never makes the CMDB unreadable.
 * Retired and disposed items stay in the graph without their relationships: their failure
 * reaches nothing, and they no longer count as members of a redundant whole.
 *
 * <p>The first graph is built from every item; it keeps the snapshots it was built from, by
 * id. When the revision has moved on, only the items saved since the graph's revision are
 * read ({@link ConfigurationItemRepository#forEachSavedAfter}), replace their snapshots, and
 * the graph is built again from the kept snapshots: a save costs the next query the reading
 * of the changed items and the building, not the reading of the whole CMDB. Items are never
 * deleted, so nothing leaves the map. Should the revision go back (it was read inside a
 * transaction that then rolled back), every item is read again. The graph is read outside
 * transactions, or inside one that has saved no item: a graph built on a transaction's own
 * saves that then roll back would keep them.
 */
final class CmdbGraphs {
    private static final Set<CiStatus> OUT_OF_SERVICE = EnumSet.of(CiStatus.RETIRED, CiStatus.DISPOSED);

    private final ConfigurationItemRepository items;
    private final CiClassCatalogue classes;
    private volatile Built built;
    /** The snapshots {@link #built} was built from, by id; changed only while holding this object's lock. */
    private Map<CiId, CiSnapshot> snapshots = new HashMap<>();

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
                read(known, revision);
                known = build(revision);
                built = known;
            }
            return known;
        }
    }

    /**
     * Brings {@link #snapshots} to {@code revision}: the items saved after the known graph's
     * revision, or every item for a first graph or a revision gone back. A read that fails half
     * way leaves snapshots no older than the known graph's, and the next one reads them again.
     */
    private void read(Built known, long revision) {
        if (known == null || revision < known.revision()) {
            Map<CiId, CiSnapshot> all = new HashMap<>();
            items.forEach(item -> all.put(item.id(), item));
            snapshots = all;
        } else {
            items.forEachSavedAfter(known.revision(), item -> snapshots.put(item.id(), item));
        }
    }

    private Built build(long revision) {
        Collection<CiSnapshot> snapshots = this.snapshots.values();
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
