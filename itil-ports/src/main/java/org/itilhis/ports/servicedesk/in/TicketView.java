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
 *
 * <p>The queries give each reader only what they may see ({@code VIEW_CALLER_CONTACT},
 * {@code VIEW_INTERNAL_NOTES}): with {@code callerWithheld} the details name {@link
 * #WITHHELD_CALLER} as the caller, and the location and the linked contacts are left out; a
 * reader without the internal notes finds in {@code workLog} only the entries marked for the
 * caller ({@code minutesLogged} still counts every entry).
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
        boolean callerWithheld,
        ImmutableSet<TicketAction> allowedActions,
        Instant raisedAt,
        Instant updatedAt,
        long version) {

    /** Who a view names as the caller when the reader may not know: no staff number has this form. */
    public static final StaffId WITHHELD_CALLER = StaffId.of("(withheld)");

    public static TicketView of(Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        return new TicketView(s.id(), s.number(), s.type(), s.status(), s.details(), ticket.priority(), s.assessment(),
                s.override(), s.major(), s.group(), s.engineer(), s.tier(), s.reassignments(), s.holdReason(),
                s.resolution(), s.satisfaction(), s.workLog(), ticket.minutesLogged(), s.linkedContacts(), false,
                ticket.allowedActions(), s.raisedAt(), s.updatedAt(), s.version());
    }

    /** This view without who called or where from: for a reader without {@code VIEW_CALLER_CONTACT}. */
    public TicketView withCallerWithheld() {
        TicketDetails withheld = new TicketDetails(details.summary(), details.description(), details.category(),
                WITHHELD_CALLER, details.department(), Optional.empty(), details.ciClass());
        return new TicketView(id, number, type, status, withheld, priority, assessment, priorityOverride, majorIncident,
                group, engineer, tier, reassignments, holdReason, resolution, satisfaction, workLog, minutesLogged,
                ImmutableList.of(), true, allowedActions, raisedAt, updatedAt, version);
    }

    /** This view with only the work-log entries marked for the caller: for a reader without {@code VIEW_INTERNAL_NOTES}. */
    public TicketView withCallerNotesOnly() {
        ImmutableList<WorkLogEntry> forCaller = workLog.stream().filter(WorkLogEntry::forCaller)
                .collect(ImmutableList.toImmutableList());
        return new TicketView(id, number, type, status, details, priority, assessment, priorityOverride, majorIncident,
                group, engineer, tier, reassignments, holdReason, resolution, satisfaction, forCaller, minutesLogged,
                linkedContacts, callerWithheld, allowedActions, raisedAt, updatedAt, version);
    }
}
