package org.itilhis.core.roster;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a roster: it is generated from a rotation, then duties are
 * assigned, removed and replaced by the lead or by an approved swap ({@code swap} names it).
 * Applying a roster's events in order rebuilds its duties.
 */
public sealed interface RosterEvent extends DomainEvent {
    RosterId rosterId();

    @Override
    default String aggregateId() {
        return rosterId().toString();
    }

    @Override
    default String type() {
        return "roster." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per roster event, so that a new event does not compile until each handler handles it. */
    interface Visitor<R> {
        R generated(Generated e);

        R dutyAssigned(DutyAssigned e);

        R dutyRemoved(DutyRemoved e);

        R dutyReplaced(DutyReplaced e);
    }

    /** Generated for {@code group} and {@code period} from {@code pattern} with the shifts at {@code shiftsVersion}. */
    record Generated(RosterId rosterId, GroupId group, RosterPeriod period, RotationPattern pattern,
                     long shiftsVersion, ImmutableList<RosterEntry> duties, StaffId actor, Instant occurredAt)
            implements RosterEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.generated(this);
        }
    }

    /** A duty added by hand, after the other holders of its shift on its date. */
    record DutyAssigned(RosterId rosterId, RosterEntry duty, StaffId actor, Instant occurredAt)
            implements RosterEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dutyAssigned(this);
        }
    }

    record DutyRemoved(RosterId rosterId, DutyRef duty, StaffId actor, Instant occurredAt) implements RosterEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dutyRemoved(this);
        }
    }

    /**
     * {@code duty} now held by {@code by}, in its place in the on-call order; by the lead, or by
     * the approved {@code swap}.
     */
    record DutyReplaced(RosterId rosterId, DutyRef duty, StaffId by, Optional<SwapId> swap, StaffId actor,
                        Instant occurredAt) implements RosterEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dutyReplaced(this);
        }
    }
}
