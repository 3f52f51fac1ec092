package org.itilhis.core.notification;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What operators did to the notification relay's dead letters, for the audit trail: a dead
 * letter replayed (due again now) or skipped (never delivered, with the reason), which lets its
 * record's later events go on. Aggregate id {@code relay:<subscriber>}.
 */
public sealed interface RelayEvent extends DomainEvent {
    /** The subscriber whose dead letter it was. */
    String subscriber();

    /** The dead letter's event position. */
    long position();

    @Override
    default String aggregateId() {
        return "relay:" + subscriber();
    }

    @Override
    default String type() {
        return "relay." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** The dead letter at {@code position} is due again, its attempts counted anew. */
    record DeadLetterReplayed(String subscriber, long position, StaffId actor, Instant occurredAt)
            implements RelayEvent {
    }

    /** The dead letter at {@code position} will not be delivered, for {@code reason}. */
    record DeadLetterSkipped(String subscriber, long position, String reason, StaffId actor, Instant occurredAt)
            implements RelayEvent {
    }
}
