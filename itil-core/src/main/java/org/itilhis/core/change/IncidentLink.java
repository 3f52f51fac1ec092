package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.ticket.TicketId;

/** An incident linked to a change, and how: the change caused it, or resolves it. */
public record IncidentLink(TicketId incident, IncidentRelation relation) {
    public IncidentLink {
        checkNotNull(incident, "incident");
        checkNotNull(relation, "relation");
    }
}
