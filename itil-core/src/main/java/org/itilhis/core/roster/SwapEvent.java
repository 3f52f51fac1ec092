package org.itilhis.core.roster;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** Everything that can happen to a duty swap: requested, then approved, rejected or withdrawn. */
public sealed interface SwapEvent extends DomainEvent {
    SwapId swapId();

    @Override
    default String aggregateId() {
        return swapId().toString();
    }

    @Override
    default String type() {
        return "swap." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per swap event. */
    interface Visitor<R> {
        R requested(Requested e);

        R approved(Approved e);

        R rejected(Rejected e);

        R withdrawn(Withdrawn e);
    }

    /**
     * Asked for by {@code actor}: their {@code duty} to {@code counterpart}, who gives {@code
     * counterpartDuty} in exchange (present exactly for an {@link SwapKind#EXCHANGE}).
     */
    record Requested(SwapId swapId, RosterId roster, GroupId group, SwapKind kind, DutyRef duty, StaffId counterpart,
                     Optional<DutyRef> counterpartDuty, String reason, StaffId actor, Instant occurredAt)
            implements SwapEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.requested(this);
        }
    }

    record Approved(SwapId swapId, StaffId actor, Instant occurredAt) implements SwapEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.approved(this);
        }
    }

    record Rejected(SwapId swapId, String reason, StaffId actor, Instant occurredAt) implements SwapEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rejected(this);
        }
    }

    record Withdrawn(SwapId swapId, StaffId actor, Instant occurredAt) implements SwapEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.withdrawn(this);
        }
    }
}
