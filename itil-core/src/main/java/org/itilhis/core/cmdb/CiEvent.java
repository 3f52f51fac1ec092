package org.itilhis.core.cmdb;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * What happens to a configuration item; one event per change, so that its history can be
 * replayed to any past instant ({@link ConfigurationItem#asOf}). Relationships and
 * redundancy rules belong to the item they start from.
 */
public sealed interface CiEvent extends DomainEvent {
    CiId ciId();

    @Override
    default String aggregateId() {
        return ciId().toString();
    }

    @Override
    default String type() {
        return "ci." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Calls {@code visitor}'s method for this event's type: dispatch whose completeness the compiler checks. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per configuration item event; see {@link org.itilhis.core.ticket.TicketEvent.Visitor}.
     *
     * @param <R> what handling an event gives ({@code Void} for none)
     */
    interface Visitor<R> {
        R registered(Registered e);

        R detailsChanged(DetailsChanged e);

        R lifecycleStepTaken(LifecycleStepTaken e);

        R relationshipAdded(RelationshipAdded e);

        R relationshipRemoved(RelationshipRemoved e);

        R redundancyDeclared(RedundancyDeclared e);

        R redundancyWithdrawn(RedundancyWithdrawn e);

        R affectedByTicket(AffectedByTicket e);
    }

    /** The item entered the CMDB, of class {@code classCode}, in {@code status} (an inventory records items already in use). */
    record Registered(CiId ciId, String classCode, CiDetails details, CiStatus status, StaffId actor,
                      Instant occurredAt) implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.registered(this);
        }
    }

    /** Its details now read {@code details}; {@code note} says why, when someone said. */
    record DetailsChanged(CiId ciId, CiDetails details, Optional<String> note, StaffId actor, Instant occurredAt)
            implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.detailsChanged(this);
        }
    }

    /**
     * A lifecycle step: {@code action} took it to {@code status}; a deployment names the
     * location, a repair or retirement its reason and a disposal the way ({@code note}).
     */
    record LifecycleStepTaken(CiId ciId, CiAction action, CiStatus status, Optional<CiLocation> location,
                              Optional<String> note, StaffId actor, Instant occurredAt) implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lifecycleStepTaken(this);
        }
    }

    record RelationshipAdded(CiId ciId, RelationshipType relationshipType, CiId to, StaffId actor, Instant occurredAt)
            implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relationshipAdded(this);
        }
    }

    record RelationshipRemoved(CiId ciId, RelationshipType relationshipType, CiId to, StaffId actor,
                               Instant occurredAt) implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relationshipRemoved(this);
        }
    }

    /** The item tolerates failures of what it needs through the rule's relationship type as the rule says. */
    record RedundancyDeclared(CiId ciId, RedundancyRule rule, StaffId actor, Instant occurredAt) implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.redundancyDeclared(this);
        }
    }

    record RedundancyWithdrawn(CiId ciId, RelationshipType relationshipType, StaffId actor, Instant occurredAt)
            implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.redundancyWithdrawn(this);
        }
    }

    /**
     * An incident or service request was recorded as affecting the item. It does not change
     * the item (nor its version); it is in the item's history so that its record shows the
     * tickets raised against it.
     */
    record AffectedByTicket(CiId ciId, TicketId ticketId, TicketNumber ticketNumber, StaffId actor,
                            Instant occurredAt) implements CiEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.affectedByTicket(this);
        }
    }
}
