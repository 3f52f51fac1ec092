package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterators;
import com.google.common.collect.Maps;
import com.google.common.collect.Table;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.Network;
import com.google.common.graph.NetworkBuilder;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relationship graph of the CMDB: configuration items and the typed relationships between
 * them, immutable (changes return a new graph). Only relationships the {@link RelationshipRules}
 * allow between the two items' classes are accepted, and no item is related to itself.
 *
 * <p>Direction: a relationship {@code A → B} of runs on, depends on, installed on or uses means
 * A needs B, so a failure of B impacts A; part of means B (the whole) needs A (its member); a
 * connected-to link impacts both ends (see {@link RelationshipType}). {@link #dependents(CiId)} and {@link #dependencies(CiId)} apply this rule, so that
 * {@link ImpactAnalysis} need not know it.
 *
 * <p>The items, the relationships by end and the redundancy rules sit in {@link CiMap}s, so a
 * {@link #change()} of a few items or relationships costs a few small copies, not a rebuild of
 * the graph: the CMDB applies every saved item to the graph it holds while its readers keep
 * using the graph they hold, which never changes under them.
 */
public final class CiGraph {
    private final RelationshipRules rules;
    private final CiMap<CiNode> items;
    /** The relationships by their {@code from} end, as stored (an item owns the relationships it starts). */
    private final CiMap<ImmutableList<Relationship>> outgoing;
    private final int relationshipCount;
    private final CiMap<ImmutableMap<RelationshipType, RedundancyRule>> redundancy;
    private final CiMap<ImmutableList<Relationship>> dependents;
    private final CiMap<ImmutableList<Relationship>> dependencies;
    /** Everything the impact analysis needs of an item in one entry, derived from the maps above. */
    private final CiMap<Vertex> vertices;
    /** One more than the highest {@link Vertex#index}: items keep their index for the life of the graph's line. */
    private final int indexBound;
    private final Supplier<ImmutableNetwork<CiId, Relationship>> network;
    private final Supplier<Set<Relationship>> relationships;

    private CiGraph(RelationshipRules rules, CiMap<CiNode> items, CiMap<ImmutableList<Relationship>> outgoing,
            int relationshipCount, CiMap<ImmutableMap<RelationshipType, RedundancyRule>> redundancy,
            CiMap<ImmutableList<Relationship>> dependents, CiMap<ImmutableList<Relationship>> dependencies,
            CiMap<Vertex> vertices, int indexBound) {
        this.rules = rules;
        this.vertices = vertices;
        this.indexBound = indexBound;
        this.items = items;
        this.outgoing = outgoing;
        this.relationshipCount = relationshipCount;
        this.redundancy = redundancy;
        this.dependents = dependents;
        this.dependencies = dependencies;
        this.network = Suppliers.memoize(this::network);
        this.relationships = Suppliers.memoize(RelationshipSet::new);
    }

    /** The graph of no item, to be grown by {@link #change()}. */
    public static CiGraph empty(RelationshipRules rules) {
        return new CiGraph(checkNotNull(rules, "rules"), CiMap.empty(), CiMap.empty(), 0, CiMap.empty(), CiMap.empty(),
                CiMap.empty(), CiMap.empty(), 0);
    }

    /** The Guava network, built on first use: impact analysis needs only the adjacency lists below. */
    private ImmutableNetwork<CiId, Relationship> network() {
        ImmutableNetwork.Builder<CiId, Relationship> network = NetworkBuilder.directed()
                .allowsParallelEdges(true)
                .allowsSelfLoops(false)
                .expectedNodeCount(items.size())
                .<CiId, Relationship>immutable();
        items.forEach((id, item) -> network.addNode(id));
        relationships().forEach(relationship -> network.addEdge(relationship.from(), relationship.to(), relationship));
        return network.build();
    }

    public static Builder builder(RelationshipRules rules) {
        return new Builder(rules);
    }

    /** A builder holding everything in this graph, to derive a changed graph (costs a copy of it; see {@link #change()}). */
    public Builder toBuilder() {
        Builder builder = new Builder(rules);
        items.forEach((id, item) -> builder.items.put(id, item));
        builder.relationships.addAll(relationships());
        redundancy.forEach((id, rules) -> rules.forEach((type, rule) -> builder.redundancy.put(id, type, rule)));
        return builder;
    }

    /**
     * A change of this graph that costs what it changes, not the size of the graph: the graph it
     * applies to shares everything untouched with this one, which stays as it is for whoever
     * holds it.
     */
    public Change change() {
        return new Change(this);
    }

    /** This graph with one more relationship. */
    public CiGraph withRelationship(Relationship relationship) {
        return change().relate(relationship).apply();
    }

    public Set<CiId> ids() {
        return items.keySet();
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    public boolean contains(CiId id) {
        return items.containsKey(checkNotNull(id, "id"));
    }

    public CiNode item(CiId id) {
        CiNode item = items.get(checkNotNull(id, "id"));
        checkArgument(item != null, "no configuration item %s in the graph", id);
        return item;
    }

    /** Every relationship, a read-only view. */
    public Set<Relationship> relationships() {
        return relationships.get();
    }

    /** The relationships as a Guava network, CIs as nodes, {@code from → to} as edges. */
    public Network<CiId, Relationship> asNetwork() {
        return network.get();
    }

    /** The relationships through which a failure of {@code id} reaches other items (those items need it). */
    public List<Relationship> dependents(CiId id) {
        item(id);
        return dependents.getOrDefault(id, ImmutableList.of());
    }

    /** The relationships through which {@code id} needs other items (their failure reaches it). */
    public List<Relationship> dependencies(CiId id) {
        item(id);
        return dependencies.getOrDefault(id, ImmutableList.of());
    }

    /** The item with its relationships and rules, or null: one lookup per item reached by the analysis. */
    Vertex vertex(CiId id) {
        return vertices.get(id);
    }

    /** The bound of the items' dense indexes, for arrays the analysis keeps per item instead of hash maps. */
    int indexBound() {
        return indexBound;
    }

    /**
     * An item as the impact analysis walks it: the item, the relationships through which its
     * failure reaches others and those others (so no end is worked out in the inner loop), what it
     * needs, and its redundancy rules (null for none).
     */
    static final class Vertex {
        final CiNode item;
        /** Dense, given when the item enters the graph and kept through every change of it. */
        final int index;
        final ImmutableList<Relationship> dependents;
        final CiId[] dependentEnds;
        final int[] dependentIndexes;
        final ImmutableList<Relationship> dependencies;
        final ImmutableMap<RelationshipType, RedundancyRule> rules;
        /** The number of items it needs, by relationship type ordinal, when it declares rules; else null. */
        final int[] members;

        Vertex(CiNode item, int index, ImmutableList<Relationship> dependents, java.util.function.ToIntFunction<CiId> indexes,
                ImmutableList<Relationship> dependencies, ImmutableMap<RelationshipType, RedundancyRule> rules) {
            this.item = item;
            this.index = index;
            this.dependents = dependents;
            this.dependentEnds = new CiId[dependents.size()];
            this.dependentIndexes = new int[dependents.size()];
            for (int i = 0; i < dependentEnds.length; i++) {
                dependentEnds[i] = dependents.get(i).otherEnd(item.id());
                dependentIndexes[i] = indexes.applyAsInt(dependentEnds[i]);
            }
            this.dependencies = dependencies;
            this.rules = rules;
            if (rules == null) {
                this.members = null;
            } else {
                this.members = new int[RelationshipType.values().length];
                dependencies.forEach(relationship -> members[relationship.type().ordinal()]++);
            }
        }
    }

    /** The redundancy rule {@code id} declares over what it needs through {@code type}, if any. */
    public Optional<RedundancyRule> redundancyRule(CiId id, RelationshipType type) {
        ImmutableMap<RelationshipType, RedundancyRule> declared = redundancy.get(checkNotNull(id, "id"));
        return declared == null ? Optional.empty() : Optional.ofNullable(declared.get(type));
    }

    /** Whether any item declares a redundancy rule. */
    public boolean hasRedundancyRules() {
        return !redundancy.isEmpty();
    }

    @Override
    public String toString() {
        return "CiGraph[" + items.size() + " items, " + relationshipCount + " relationships]";
    }

    /** The relationships as a set, read from the lists by {@code from} end. */
    private final class RelationshipSet extends AbstractSet<Relationship> {
        @Override
        public Iterator<Relationship> iterator() {
            return Iterators.concat(Iterators.transform(outgoing.asMap().values().iterator(), List::iterator));
        }

        @Override
        public boolean contains(Object other) {
            if (!(other instanceof Relationship relationship)) {
                return false;
            }
            ImmutableList<Relationship> from = outgoing.get(relationship.from());
            return from != null && from.contains(relationship);
        }

        @Override
        public int size() {
            return relationshipCount;
        }
    }

    /**
     * Changes to a graph, applied at once by {@link #apply()} into a new graph that shares every
     * untouched part with the old one. Items are added or replaced (a replaced item keeps its
     * relationships; they are not checked again against the rules), relationships and
     * redundancy rules added or removed; adding what is there or removing what is not changes
     * nothing. The adjacency lists of touched items are copied once per change, however many
     * of their relationships change.
     */
    public static final class Change {
        private final RelationshipRules rules;
        private final CiMap.Builder<CiNode> items;
        private final Lists outgoing;
        private final Lists dependents;
        private final Lists dependencies;
        private final CiMap.Builder<ImmutableMap<RelationshipType, RedundancyRule>> redundancy;
        private int relationshipCount;
        private boolean applied;
        private final CiGraph base;
        /** Items put or whose redundancy changed, whose vertex is built again. */
        private final Set<CiId> touched = new java.util.HashSet<>();
        /** The indexes given to items new in this change. */
        private final Map<CiId, Integer> newIndexes = new HashMap<>();
        private int indexBound;

        private Change(CiGraph graph) {
            this.base = graph;
            this.indexBound = graph.indexBound;
            this.rules = graph.rules;
            this.items = graph.items.toBuilder();
            this.outgoing = new Lists(graph.outgoing);
            this.dependents = new Lists(graph.dependents);
            this.dependencies = new Lists(graph.dependencies);
            this.redundancy = graph.redundancy.toBuilder();
            this.relationshipCount = graph.relationshipCount;
        }

        /** Adds the item, or replaces the item of that id keeping its relationships. */
        public Change put(CiNode item) {
            checkNotNull(item, "item");
            items.put(item.id(), item);
            touched.add(item.id());
            if (base.vertices.get(item.id()) == null) {
                newIndexes.computeIfAbsent(item.id(), id -> indexBound++);
            }
            return this;
        }

        public boolean contains(CiId id) {
            return items.get(checkNotNull(id, "id")) != null;
        }

        /** Adds a relationship between known items that the rules allow, unless it is there. */
        public Change relate(Relationship relationship) {
            checkNotNull(relationship, "relationship");
            CiNode from = known(relationship.from());
            CiNode to = known(relationship.to());
            checkArgument(rules.allows(relationship.type(), from.classCode(), to.classCode()),
                    "%s may not join a %s to a %s", relationship.type(), from.classCode(), to.classCode());
            if (!outgoing.contains(relationship.from(), relationship)) {
                add(relationship);
            }
            return this;
        }

        /** Removes a relationship, if it is there. */
        public Change unrelate(Relationship relationship) {
            checkNotNull(relationship, "relationship");
            if (outgoing.remove(relationship.from(), relationship)) {
                relationshipCount--;
                RelationshipType type = relationship.type();
                if (type.fromNeedsTo()) {
                    dependents.remove(relationship.to(), relationship);
                    dependencies.remove(relationship.from(), relationship);
                }
                if (type.toNeedsFrom()) {
                    dependents.remove(relationship.from(), relationship);
                    dependencies.remove(relationship.to(), relationship);
                }
            }
            return this;
        }

        /** Whether the relationship is in the graph as changed so far. */
        public boolean isRelated(Relationship relationship) {
            return outgoing.contains(checkNotNull(relationship, "relationship").from(), relationship);
        }

        /** Adds a relationship known to be new, checked by the caller. */
        private void add(Relationship relationship) {
            relationshipCount++;
            outgoing.add(relationship.from(), relationship);
            if (relationship.type().fromNeedsTo()) {
                dependents.add(relationship.to(), relationship);
                dependencies.add(relationship.from(), relationship);
            }
            if (relationship.type().toNeedsFrom()) {
                dependents.add(relationship.from(), relationship);
                dependencies.add(relationship.to(), relationship);
            }
        }

        /** Declares how {@code id} tolerates the failure of what it needs through the rule's relationship type. */
        public Change redundancy(CiId id, RedundancyRule rule) {
            known(id);
            checkNotNull(rule, "rule");
            ImmutableMap<RelationshipType, RedundancyRule> declared = redundancy.get(id);
            touched.add(id);
            if (declared == null) {
                redundancy.put(id, ImmutableMap.of(rule.through(), rule));
            } else if (!rule.equals(declared.get(rule.through()))) {
                Map<RelationshipType, RedundancyRule> changed = new EnumMap<>(RelationshipType.class);
                changed.putAll(declared);
                changed.put(rule.through(), rule);
                redundancy.put(id, Maps.immutableEnumMap(changed));
            }
            return this;
        }

        /** Withdraws the redundancy rule {@code id} declares over {@code type}, if any. */
        public Change noRedundancy(CiId id, RelationshipType type) {
            checkNotNull(id, "id");
            checkNotNull(type, "type");
            ImmutableMap<RelationshipType, RedundancyRule> declared = redundancy.get(id);
            if (declared != null && declared.containsKey(type)) {
                touched.add(id);
                if (declared.size() == 1) {
                    redundancy.remove(id);
                } else {
                    Map<RelationshipType, RedundancyRule> changed = new EnumMap<>(declared);
                    changed.remove(type);
                    redundancy.put(id, Maps.immutableEnumMap(changed));
                }
            }
            return this;
        }

        private CiNode known(CiId id) {
            CiNode item = items.get(checkNotNull(id, "id"));
            checkArgument(item != null, "no configuration item %s in the graph", id);
            return item;
        }

        /** The changed graph; a change is applied once. */
        public CiGraph apply() {
            checkArgument(!applied, "this change has been applied already");
            applied = true;
            touched.addAll(dependents.touched.keySet());
            touched.addAll(dependencies.touched.keySet());
            CiMap<CiNode> builtItems = items.build();
            CiMap<ImmutableMap<RelationshipType, RedundancyRule>> builtRedundancy = redundancy.build();
            CiMap<ImmutableList<Relationship>> builtDependents = dependents.build();
            CiMap<ImmutableList<Relationship>> builtDependencies = dependencies.build();
            CiMap.Builder<Vertex> vertices = base.vertices.toBuilder();
            for (CiId id : touched) {
                vertices.put(id, new Vertex(builtItems.get(id), indexOf(id), builtDependents.getOrDefault(id, ImmutableList.of()),
                        this::indexOf, builtDependencies.getOrDefault(id, ImmutableList.of()), builtRedundancy.get(id)));
            }
            return new CiGraph(rules, builtItems, outgoing.build(), relationshipCount, builtRedundancy,
                    builtDependents, builtDependencies, vertices.build(), indexBound);
        }

        private int indexOf(CiId id) {
            Vertex known = base.vertices.get(id);
            return known != null ? known.index : newIndexes.get(id);
        }
    }

    /** Adjacency lists by item, with the lists of touched items held mutable until the change is applied. */
    private static final class Lists {
        private final CiMap.Builder<ImmutableList<Relationship>> lists;
        private final Map<CiId, List<Relationship>> touched = new HashMap<>();

        Lists(CiMap<ImmutableList<Relationship>> lists) {
            this.lists = lists.toBuilder();
        }

        boolean contains(CiId id, Relationship relationship) {
            List<Relationship> list = touched.get(id);
            if (list == null) {
                list = lists.get(id);
            }
            return list != null && list.contains(relationship);
        }

        void add(CiId id, Relationship relationship) {
            editable(id).add(relationship);
        }

        boolean remove(CiId id, Relationship relationship) {
            List<Relationship> list = touched.get(id);
            if (list == null) {
                ImmutableList<Relationship> kept = lists.get(id);
                if (kept == null || !kept.contains(relationship)) {
                    return false;
                }
                list = editable(id);
            }
            return list.remove(relationship);
        }

        private List<Relationship> editable(CiId id) {
            return touched.computeIfAbsent(id, key -> {
                ImmutableList<Relationship> kept = lists.get(key);
                return kept == null ? new ArrayList<>(2) : new ArrayList<>(kept);
            });
        }

        CiMap<ImmutableList<Relationship>> build() {
            touched.forEach((id, list) -> {
                if (list.isEmpty()) {
                    lists.remove(id);
                } else {
                    lists.put(id, ImmutableList.copyOf(list));
                }
            });
            return lists.build();
        }
    }

    /** Collects items, relationships and redundancy rules, checking each against the rules. */
    public static final class Builder {
        private final RelationshipRules rules;
        private final Map<CiId, CiNode> items = new LinkedHashMap<>();
        private final Set<Relationship> relationships = new LinkedHashSet<>();
        private final Table<CiId, RelationshipType, RedundancyRule> redundancy = HashBasedTable.create();

        private Builder(RelationshipRules rules) {
            this.rules = checkNotNull(rules, "rules");
        }

        public Builder add(CiNode item) {
            checkNotNull(item, "item");
            CiNode known = items.putIfAbsent(item.id(), item);
            checkArgument(known == null || known.equals(item), "configuration item %s is already in the graph as %s", item.id(), known);
            return this;
        }

        public Builder relate(CiId from, RelationshipType type, CiId to) {
            return relate(new Relationship(from, type, to));
        }

        /** Adds a relationship; refuses unknown items and class pairs the type does not allow. */
        public Builder relate(Relationship relationship) {
            checkNotNull(relationship, "relationship");
            CiNode from = known(relationship.from());
            CiNode to = known(relationship.to());
            checkArgument(rules.allows(relationship.type(), from.classCode(), to.classCode()),
                    "%s may not join a %s to a %s", relationship.type(), from.classCode(), to.classCode());
            relationships.add(relationship);
            return this;
        }

        /** Declares how {@code id} tolerates the failure of what it needs through the rule's relationship type. */
        public Builder redundancy(CiId id, RedundancyRule rule) {
            known(id);
            checkNotNull(rule, "rule");
            redundancy.put(id, rule.through(), rule);
            return this;
        }

        private CiNode known(CiId id) {
            CiNode item = items.get(checkNotNull(id, "id"));
            checkArgument(item != null, "no configuration item %s in the graph", id);
            return item;
        }

        public CiGraph build() {
            Change change = empty(rules).change();
            items.values().forEach(change::put);
            relationships.forEach(change::add);
            redundancy.cellSet().forEach(cell -> change.redundancy(cell.getRowKey(), cell.getValue()));
            return change.apply();
        }
    }
}
