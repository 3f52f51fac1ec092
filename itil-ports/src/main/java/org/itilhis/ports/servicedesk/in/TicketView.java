package org.itilhis.ports.servicedesk.in;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketAction;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.ticket.WorkLogEntry;

/**
 * A ticket as callers see it: its facts, its effective priority with the assessment behind
 * it, and the actions its workflow allows now. Never the aggregate itself.
 */
public record TicketView(
        TicketId id,
        TicketNumber number,
        TicketType type,
        TicketStatus status,
        TicketDetails details,
        Priority priority,
        PriorityAssessment assessment,
        Optional<PriorityOverride> priorityOverride,
        boolean majorIncident,
        GroupId group,
        Optional<StaffId> engineer,
        SupportTier tier,
        int reassignments,
        Optional<HoldReason> holdReason,
        Optional<Resolution> resolution,
        Optional<Satisfaction> satisfaction,
        ImmutableList<WorkLogEntry> workLog,
        int minutesLogged,
        ImmutableList<ContactId> linkedContacts,
        ImmutableSet<TicketAction> allowedActions,
        Instant raisedAt,
        Instant updatedAt,
        long version) {

    public static TicketView of(Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        return new TicketView(s.id(), s.number(), s.type(), s.status(), s.details(), ticket.priority(), s.assessment(),
                s.override(), s.major(), s.group(), s.engineer(), s.tier(), s.reassignments(), s.holdReason(),
                s.resolution(), s.satisfaction(), s.workLog(), ticket.minutesLogged(), s.linkedContacts(),
                ticket.allowedActions(), s.raisedAt(), s.updatedAt(), s.version());
    }
}
