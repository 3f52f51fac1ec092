package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.Network;
import com.google.common.graph.NetworkBuilder;
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
 */
public final class CiGraph {
    private final RelationshipRules rules;
    private final ImmutableMap<CiId, CiNode> items;
    private final ImmutableSet<Relationship> relationships;
    private final Supplier<ImmutableNetwork<CiId, Relationship>> network;
    private final ImmutableTable<CiId, RelationshipType, RedundancyRule> redundancy;
    private final ImmutableListMultimap<CiId, Relationship> dependents;
    private final ImmutableListMultimap<CiId, Relationship> dependencies;

    private CiGraph(Builder builder) {
        this.rules = builder.rules;
        this.items = ImmutableMap.copyOf(builder.items);
        this.relationships = ImmutableSet.copyOf(builder.relationships);
        this.network = Suppliers.memoize(this::network);
        this.redundancy = ImmutableTable.copyOf(builder.redundancy);
        ImmutableListMultimap.Builder<CiId, Relationship> dependents = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<CiId, Relationship> dependencies = ImmutableListMultimap.builder();
        for (Relationship relationship : builder.relationships) {
            if (relationship.type().fromNeedsTo()) {
                dependents.put(relationship.to(), relationship);
                dependencies.put(relationship.from(), relationship);
            }
            if (relationship.type().toNeedsFrom()) {
                dependents.put(relationship.from(), relationship);
                dependencies.put(relationship.to(), relationship);
            }
        }
        this.dependents = dependents.build();
        this.dependencies = dependencies.build();
    }

    /** The Guava network, built on first use: impact analysis needs only the adjacency lists below. */
    private ImmutableNetwork<CiId, Relationship> network() {
        ImmutableNetwork.Builder<CiId, Relationship> network = NetworkBuilder.directed()
                .allowsParallelEdges(true)
                .allowsSelfLoops(false)
                .expectedNodeCount(items.size())
                .<CiId, Relationship>immutable();
        items.keySet().forEach(network::addNode);
        relationships.forEach(relationship -> network.addEdge(relationship.from(), relationship.to(), relationship));
        return network.build();
    }

    public static Builder builder(RelationshipRules rules) {
        return new Builder(rules);
    }

    /** A builder holding everything in this graph, to derive a changed graph. */
    public Builder toBuilder() {
        Builder builder = new Builder(rules);
        builder.items.putAll(items);
        builder.relationships.addAll(relationships);
        redundancy.cellSet().forEach(cell -> builder.redundancy.put(cell.getRowKey(), cell.getColumnKey(), cell.getValue()));
        return builder;
    }

    /** This graph with one more relationship. */
    public CiGraph withRelationship(Relationship relationship) {
        return toBuilder().relate(relationship).build();
    }

    public Set<CiId> ids() {
        return items.keySet();
    }

    public boolean contains(CiId id) {
        return items.containsKey(id);
    }

    public CiNode item(CiId id) {
        CiNode item = items.get(checkNotNull(id, "id"));
        checkArgument(item != null, "no configuration item %s in the graph", id);
        return item;
    }

    public Set<Relationship> relationships() {
        return relationships;
    }

    /** The relationships as a Guava network, CIs as nodes, {@code from → to} as edges. */
    public Network<CiId, Relationship> asNetwork() {
        return network.get();
    }

    /** The relationships through which a failure of {@code id} reaches other items (those items need it). */
    public List<Relationship> dependents(CiId id) {
        item(id);
        return dependents.get(id);
    }

    /** The relationships through which {@code id} needs other items (their failure reaches it). */
    public List<Relationship> dependencies(CiId id) {
        item(id);
        return dependencies.get(id);
    }

    /** The redundancy rule {@code id} declares over what it needs through {@code type}, if any. */
    public Optional<RedundancyRule> redundancyRule(CiId id, RelationshipType type) {
        return Optional.ofNullable(redundancy.get(id, type));
    }

    /** Whether any item declares a redundancy rule. */
    public boolean hasRedundancyRules() {
        return !redundancy.isEmpty();
    }

    @Override
    public String toString() {
        return "CiGraph[" + items.size() + " items, " + relationships.size() + " relationships]";
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
            return new CiGraph(this);
        }
    }
}
