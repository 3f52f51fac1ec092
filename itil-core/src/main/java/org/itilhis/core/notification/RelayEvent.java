package org.itilhis.core.notification;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What operators did to the notification relay's dead letters, for the audit trail: a dead
 * letter replayed (due again now) or skipped (never delivered, with the reason), which lets its
 * record's later events go on. All of them belong to one record, {@value #AGGREGATE_ID} (a
 * subscriber's name may be longer than an aggregate id may be).
 */
public sealed interface RelayEvent extends DomainEvent {
    /** The aggregate id of every relay event. */
    String AGGREGATE_ID = "notification-relay";

    /** The subscriber whose dead letter it was. */
    String subscriber();

    /** The dead letter's event position. */
    long position();

    @Override
    default String aggregateId() {
        return AGGREGATE_ID;
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
