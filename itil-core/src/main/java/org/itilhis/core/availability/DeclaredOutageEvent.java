package org.itilhis.core.availability;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * Everything that can happen to an outage declared on an incident: declared, ended, corrected
 * (with a reason) and withdrawn (with a reason). Named {@code availability.outage-*}.
 */
public sealed interface DeclaredOutageEvent extends DomainEvent {
    DeclaredOutageId outageId();

    @Override
    default String aggregateId() {
        return outageId().toString();
    }

    @Override
    default String type() {
        return "availability." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** An engineer declared that {@code ci} was out from {@code start} (to {@code end} when known) on the incident. */
    record OutageDeclared(DeclaredOutageId outageId, TicketId incident, TicketNumber incidentNumber, CiId ci,
                          OperationalState state, Instant start, Optional<Instant> end, String note, StaffId actor,
                          Instant occurredAt) implements DeclaredOutageEvent {
    }

    /** The item was back in service at {@code end}. */
    record OutageEnded(DeclaredOutageId outageId, CiId ci, Instant end, StaffId actor, Instant occurredAt)
            implements DeclaredOutageEvent {
    }

    /** The state or the times were wrong: these are the right ones, for {@code reason}. */
    record OutageCorrected(DeclaredOutageId outageId, CiId ci, OperationalState state, Instant start,
                           Optional<Instant> end, String reason, StaffId actor, Instant occurredAt)
            implements DeclaredOutageEvent {
    }

    /** The outage was declared in error and no longer counts, for {@code reason}. */
    record OutageWithdrawn(DeclaredOutageId outageId, CiId ci, String reason, StaffId actor, Instant occurredAt)
            implements DeclaredOutageEvent {
    }
}
