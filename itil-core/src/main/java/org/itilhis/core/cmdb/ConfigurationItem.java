package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiEvent.AffectedByTicket;
import org.itilhis.core.cmdb.CiEvent.DetailsChanged;
import org.itilhis.core.cmdb.CiEvent.LifecycleStepTaken;
import org.itilhis.core.cmdb.CiEvent.RedundancyDeclared;
import org.itilhis.core.cmdb.CiEvent.RedundancyWithdrawn;
import org.itilhis.core.cmdb.CiEvent.Registered;
import org.itilhis.core.cmdb.CiEvent.RelationshipAdded;
import org.itilhis.core.cmdb.CiEvent.RelationshipRemoved;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * A configuration item: something the IT department manages (a server, the HIS, the
 * outpatient registration service), with its {@link CiDetails}, its place in the
 * {@link CiLifecycle}, the relationships that start from it and the redundancy rules it
 * declares over them. Every change is a {@link CiEvent}; a change that changes nothing (the
 * same details again, a relationship already there) records none, so importing the same
 * file twice leaves the item as it was. {@link #asOf} rebuilds the item as it was at any
 * past instant from its history.
 */
public final class ConfigurationItem {
    private final CiId id;
    private final String classCode;
    private CiDetails details;
    private CiStatus status;
    private final Set<Relationship> relationships = new LinkedHashSet<>();
    private final Map<RelationshipType, RedundancyRule> redundancy = new EnumMap<>(RelationshipType.class);
    private final AggregateEvents<CiEvent> events = new AggregateEvents<>();

    private ConfigurationItem(CiId id, String classCode, CiDetails details, CiStatus status) {
        this.id = checkNotNull(id, "id");
        this.classCode = checkNotNull(classCode, "classCode");
        this.details = checkNotNull(details, "details");
        this.status = checkNotNull(status, "status");
    }

    /**
     * Registers an item of {@code ciClass}. New purchases start {@link CiStatus#ORDERED}; an
     * inventory of the existing estate registers items in the state they are found in, any
     * but disposed.
     *
     * @throws InvalidCiAttributesException listing every attribute that does not fit the class
     */
    public static ConfigurationItem register(CiId id, CiClass ciClass, CiDetails details, CiStatus status,
                                             StaffId actor, Instant at) {
        checkNotNull(ciClass, "ciClass");
        checkNotNull(status, "status");
        checkArgument(status != CiStatus.DISPOSED, "a disposed item is not registered");
        CiDetails valid = details.withAttributes(ciClass.checkValid(details.attributes()));
        ConfigurationItem item = new ConfigurationItem(id, ciClass.code(), valid, status);
        item.events.created(new Registered(id, ciClass.code(), valid, status, checkNotNull(actor, "actor"),
                checkNotNull(at, "at")));
        return item;
    }

    public static ConfigurationItem restore(CiSnapshot s) {
        ConfigurationItem item = new ConfigurationItem(s.id(), s.classCode(), s.details(), s.status());
        item.relationships.addAll(s.relationships());
        item.redundancy.putAll(s.redundancy());
        item.events.restoredAt(s.version());
        return item;
    }

    /** Rebuilds an item from its complete history, oldest first. */
    public static ConfigurationItem replay(List<? extends CiEvent> history) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Registered,
                "a configuration item's history starts with Registered");
        Registered registered = (Registered) history.get(0);
        ConfigurationItem item = new ConfigurationItem(registered.ciId(), registered.classCode(), registered.details(),
                registered.status());
        for (CiEvent event : history.subList(1, history.size())) {
            checkArgument(event.ciId().equals(item.id), "event %s belongs to another item", event);
            if (!(event instanceof AffectedByTicket)) { // in the item's history, not in its state or version
                item.events.replayed(event, item::apply);
            }
        }
        return item;
    }

    /**
     * The item as it was at {@code instant}: its history replayed up to and including that
     * instant; empty if it was not registered yet.
     */
    public static Optional<ConfigurationItem> asOf(List<? extends CiEvent> history, Instant instant) {
        checkNotNull(instant, "instant");
        List<CiEvent> until = history.stream().filter(e -> !e.occurredAt().isAfter(instant)).map(CiEvent.class::cast)
                .toList();
        return until.isEmpty() ? Optional.empty() : Optional.of(replay(until));
    }

    /**
     * Changes the details; {@code ciClass} must be the item's class, whose attributes the new
     * values are checked against.
     *
     * @return whether anything changed (no event is recorded when the details are the same)
     * @throws ClassChangeException if {@code ciClass} is another class
     * @throws InvalidCiAttributesException listing every attribute that does not fit
     */
    public boolean change(CiClass ciClass, CiDetails newDetails, String note, StaffId actor, Instant at) {
        checkNotNull(newDetails, "newDetails");
        if (!ciClass.code().equals(classCode)) {
            throw new ClassChangeException(details.assetTag(), classCode, ciClass.code());
        }
        CiDetails valid = newDetails.withAttributes(ciClass.checkValid(newDetails.attributes()));
        if (valid.equals(details)) {
            return false;
        }
        record(new DetailsChanged(id, valid, optionalNote(note), actor, at));
        return true;
    }

    /**
     * Takes a step of the lifecycle. {@code location} is where a deployed item now is (and
     * becomes its location); {@code note} is the reason of a withdrawal, repair or retirement
     * or how the item was disposed of.
     *
     * @throws org.itilhis.core.workflow.WorkflowException naming the allowed steps, or the missing field
     */
    public void take(CiAction action, CiLocation location, String note, StaffId actor, Instant at) {
        Optional<CiLocation> where = Optional.ofNullable(location).filter(l -> !l.isUnknown());
        Optional<String> why = optionalNote(note);
        Set<String> given = new HashSet<>();
        where.ifPresent(l -> given.add(CiLifecycle.LOCATION));
        if (why.isPresent()) {
            given.add(CiLifecycle.REASON);
            given.add(CiLifecycle.DISPOSAL);
        }
        var transition = CiLifecycle.WORKFLOW.check(status, action, this, given);
        record(new LifecycleStepTaken(id, action, transition.to(), where, why, actor, at));
    }

    /**
     * Relates this item to {@code to} ("this runs on to").
     *
     * @return whether the relationship is new (relating twice records it once)
     * @throws RelationshipNotAllowedException if the rules do not allow the type between the two classes
     */
    public boolean relate(RelationshipType type, ConfigurationItem to, RelationshipRules rules, StaffId actor,
                          Instant at) {
        checkNotNull(to, "to");
        Relationship relationship = new Relationship(id, type, to.id);
        if (!rules.allows(type, classCode, to.classCode)) {
            throw new RelationshipNotAllowedException(type, classCode, to.classCode);
        }
        if (relationships.contains(relationship)) {
            return false;
        }
        record(new RelationshipAdded(id, type, to.id, actor, at));
        return true;
    }

    /** Removes a relationship; whether there was one to remove. */
    public boolean unrelate(RelationshipType type, CiId to, StaffId actor, Instant at) {
        if (!relationships.contains(new Relationship(id, type, to))) {
            return false;
        }
        record(new RelationshipRemoved(id, type, to, actor, at));
        return true;
    }

    /** Declares how the item tolerates failures through the rule's relationship type; whether it changed anything. */
    public boolean declareRedundancy(RedundancyRule rule, StaffId actor, Instant at) {
        if (rule.equals(redundancy.get(rule.through()))) {
            return false;
        }
        record(new RedundancyDeclared(id, rule, actor, at));
        return true;
    }

    /** Withdraws the redundancy rule over {@code type}; whether there was one. */
    public boolean withdrawRedundancy(RelationshipType type, StaffId actor, Instant at) {
        if (!redundancy.containsKey(checkNotNull(type, "type"))) {
            return false;
        }
        record(new RedundancyWithdrawn(id, type, actor, at));
        return true;
    }

    public CiId id() {
        return id;
    }

    public String classCode() {
        return classCode;
    }

    public CiDetails details() {
        return details;
    }

    public AssetTag assetTag() {
        return details.assetTag();
    }

    public CiStatus status() {
        return status;
    }

    /** The relationships that start from this item, in the order they were made. */
    public ImmutableSet<Relationship> relationships() {
        return ImmutableSet.copyOf(relationships);
    }

    public ImmutableMap<RelationshipType, RedundancyRule> redundancy() {
        return ImmutableMap.copyOf(redundancy);
    }

    public long version() {
        return events.version();
    }

    public CiSnapshot snapshot() {
        return new CiSnapshot(id, classCode, details, status, relationships(), redundancy(), events.version());
    }

    /** The item as the relationship graph sees it. */
    public CiNode node(boolean businessService) {
        return new CiNode(id, classCode, details.criticality(), businessService, details.owningDepartment());
    }

    public List<CiEvent> pullEvents() {
        return events.pull();
    }

    public List<CiEvent> pendingEvents() {
        return events.pending();
    }

    private static Optional<String> optionalNote(String note) {
        return Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty());
    }

    private void record(CiEvent event) {
        events.recorded(event, this::apply);
    }

    private void apply(CiEvent event) {
        event.accept(new Change());
    }

    /** What each event changes on the item. */
    private final class Change implements CiEvent.Visitor<Void> {
        @Override
        public Void registered(Registered e) {
            throw new IllegalArgumentException("an item is registered only once: " + e);
        }

        @Override
        public Void detailsChanged(DetailsChanged e) {
            details = e.details();
            return null;
        }

        @Override
        public Void lifecycleStepTaken(LifecycleStepTaken e) {
            status = e.status();
            e.location().ifPresent(where -> details = details.withLocation(where));
            return null;
        }

        @Override
        public Void relationshipAdded(RelationshipAdded e) {
            relationships.add(new Relationship(id, e.relationshipType(), e.to()));
            return null;
        }

        @Override
        public Void relationshipRemoved(RelationshipRemoved e) {
            relationships.remove(new Relationship(id, e.relationshipType(), e.to()));
            return null;
        }

        @Override
        public Void redundancyDeclared(RedundancyDeclared e) {
            redundancy.put(e.rule().through(), e.rule());
            return null;
        }

        @Override
        public Void redundancyWithdrawn(RedundancyWithdrawn e) {
            redundancy.remove(e.relationshipType());
            return null;
        }

        @Override
        public Void affectedByTicket(AffectedByTicket e) {
            throw new IllegalArgumentException("a ticket raised against the item is in its history, not its state: " + e);
        }
    }
}
