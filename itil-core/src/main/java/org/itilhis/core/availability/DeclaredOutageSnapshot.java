package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;

/**
 * A declared outage as stored; {@code version} counts its events, {@code withdrawal} is the
 * reason it was withdrawn for, when it was.
 */
public record DeclaredOutageSnapshot(DeclaredOutageId id, TicketId incident, TicketNumber incidentNumber, CiId ci,
                                     OperationalState state, Instant start, Optional<Instant> end, String note,
                                     StaffId declaredBy, Instant declaredAt, Optional<String> withdrawal,
                                     long version) {
    public DeclaredOutageSnapshot {
        checkNotNull(id, "id");
        checkNotNull(incident, "incident");
        checkNotNull(incidentNumber, "incidentNumber");
        checkNotNull(ci, "ci");
        checkNotNull(state, "state");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(note, "note");
        checkNotNull(declaredBy, "declaredBy");
        checkNotNull(declaredAt, "declaredAt");
        checkNotNull(withdrawal, "withdrawal");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
