package org.itilhis.core.roster;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a shift handover: written with its open items, signed by the
 * outgoing and by the incoming engineer, flagged to the group lead once when not signed by
 * both within the grace period.
 */
public sealed interface HandoverEvent extends DomainEvent {
    HandoverId handoverId();

    @Override
    default String aggregateId() {
        return handoverId().toString();
    }

    @Override
    default String type() {
        return "handover." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per handover event. */
    interface Visitor<R> {
        R written(Written e);

        R signed(Signed e);

        R flagged(Flagged e);
    }

    /** Written by {@code actor} for the change of shift at {@code shiftChange}, with the items as they stood. */
    record Written(HandoverId handoverId, GroupId group, StaffId outgoing, StaffId incoming, Instant shiftChange,
                   ImmutableList<HandoverItem> items, StaffId actor, Instant occurredAt) implements HandoverEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.written(this);
        }
    }

    /** Signed by {@code actor}, the party named {@code party}. */
    record Signed(HandoverId handoverId, HandoverParty party, StaffId actor, Instant occurredAt)
            implements HandoverEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.signed(this);
        }
    }

    /** Not signed by both when the grace period ran out: {@code lead} was told (actor: the system). */
    record Flagged(HandoverId handoverId, StaffId lead, StaffId actor, Instant occurredAt) implements HandoverEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.flagged(this);
        }
    }
}
