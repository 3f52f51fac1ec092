package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The relationship graph of the stored configuration items, kept up to date from the snapshots
 * of the items saved since, each change applied to the graph in place of a rebuild: its cost
 * is that of the changed items and their relationships, not of the estate.
 *
 * <p>The rules it keeps, the same as a graph built from every snapshot at once: stored
 * relationships were checked against the relationship rules when made and are not checked
 * again (a tightened rule never makes the CMDB unreadable); retired and disposed items stay in
 * the graph without their relationships, in either direction, so their failure reaches nothing
 * and they no longer count as members of a redundant whole; an item's redundancy rules are
 * those of its latest snapshot. A relationship whose other end is not known yet waits for it.
 *
 * <p>One writer at a time (the caller serialises {@link #apply}); every {@link #graph()} and
 * {@link #details()} handed out is immutable and stays valid while later changes are applied.
 */
public final class StoredCiGraph {
    private static final Set<CiStatus> OUT_OF_SERVICE = EnumSet.of(CiStatus.RETIRED, CiStatus.DISPOSED);

    private final CiClassCatalogue classes;
    private final Map<CiId, CiSnapshot> snapshots = new HashMap<>();
    /** The stored relationships by their {@code to} end, to bring them back when that end comes (back) into service. */
    private final SetMultimap<CiId, Relationship> declaredTo = HashMultimap.create();
    private CiGraph graph = CiGraph.empty(RelationshipRules.allowingEverything());
    private CiMap<CiDetails> details = CiMap.empty();

    public StoredCiGraph(CiClassCatalogue classes) {
        this.classes = checkNotNull(classes, "classes");
    }

    /** The graph as of the snapshots applied so far. */
    public CiGraph graph() {
        return graph;
    }

    /** The details of every item of {@link #graph()}. */
    public CiMap<CiDetails> details() {
        return details;
    }

    /** The number of items known. */
    public int size() {
        return snapshots.size();
    }

    /**
     * Applies the snapshots of saved items, in order (a later snapshot of the same item wins),
     * to the graph. Should it fail, this object is left unusable: read every item into a new one.
     */
    public StoredCiGraph apply(Collection<CiSnapshot> saved) {
        checkNotNull(saved, "saved");
        if (saved.isEmpty()) {
            return this;
        }
        CiGraph.Change change = graph.change();
        CiMap.Builder<CiDetails> changedDetails = details.toBuilder();
        Set<Relationship> touched = new LinkedHashSet<>();
        for (CiSnapshot item : saved) {
            CiSnapshot old = snapshots.put(item.id(), item);
            change.put(new CiNode(item.id(), item.classCode(), item.details().criticality(),
                    classes.isService(item.classCode()), item.details().owningDepartment()));
            changedDetails.put(item.id(), item.details());
            Set<Relationship> before = old == null ? Set.of() : old.relationships();
            for (Relationship relationship : before) {
                if (!item.relationships().contains(relationship)) {
                    declaredTo.remove(relationship.to(), relationship);
                    touched.add(relationship);
                }
            }
            for (Relationship relationship : item.relationships()) {
                if (!before.contains(relationship)) {
                    declaredTo.put(relationship.to(), relationship);
                    touched.add(relationship);
                }
            }
            if (old == null || inService(old) != inService(item)) {
                touched.addAll(item.relationships());
                touched.addAll(declaredTo.get(item.id()));
            }
            if (old != null) {
                old.redundancy().keySet().stream().filter(type -> !item.redundancy().containsKey(type))
                        .forEach(type -> change.noRedundancy(item.id(), type));
            }
            item.redundancy().values().forEach(rule -> change.redundancy(item.id(), rule));
        }
        for (Relationship relationship : touched) {
            if (belongs(relationship)) {
                change.relate(relationship);
            } else {
                change.unrelate(relationship);
            }
        }
        graph = change.apply();
        details = changedDetails.build();
        return this;
    }

    /** Whether a relationship is stored and both its ends are known and in service. */
    private boolean belongs(Relationship relationship) {
        CiSnapshot from = snapshots.get(relationship.from());
        CiSnapshot to = snapshots.get(relationship.to());
        return from != null && to != null && from.relationships().contains(relationship) && inService(from)
                && inService(to);
    }

    private static boolean inService(CiSnapshot item) {
        return !OUT_OF_SERVICE.contains(item.status());
    }
}
