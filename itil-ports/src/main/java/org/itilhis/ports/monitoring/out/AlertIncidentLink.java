package org.itilhis.ports.monitoring.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;

/**
 * That the alert recorded at {@code position} (of {@code source} and {@code fingerprint}, on
 * {@code ci}) belongs to {@code incident}: it raised it, added to it, or was grouped under it,
 * or it is the recovery of an alert that did.
 */
public record AlertIncidentLink(long position, String source, String fingerprint, CiId ci, TicketId incident) {
    public AlertIncidentLink {
        checkArgument(position > 0, "position %s is not positive", position);
        checkNotNull(source, "source");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(ci, "ci");
        checkNotNull(incident, "incident");
    }
}
