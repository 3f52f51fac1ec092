package org.itilhis.core.ticket;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The whole state of a ticket as one value: what adapters store and what
 * {@link Ticket#restore} accepts. Two tickets are in the same state exactly when their
 * snapshots are equal, which is how replaying events is checked against stored state.
 *
 * @param version the number of events the ticket has recorded; the optimistic-locking version
 */
public record TicketSnapshot(
        TicketId id,
        TicketNumber number,
        TicketType type,
        TicketDetails details,
        TicketStatus status,
        PriorityAssessment assessment,
        Optional<PriorityOverride> override,
        boolean major,
        GroupId group,
        Optional<StaffId> engineer,
        SupportTier tier,
        int reassignments,
        Optional<Instant> respondedAt,
        Optional<HoldReason> holdReason,
        Optional<Resolution> resolution,
        Optional<Instant> resolvedAt,
        Optional<Instant> closedAt,
        Optional<Satisfaction> satisfaction,
        ImmutableList<WorkLogEntry> workLog,
        ImmutableList<ContactId> linkedContacts,
        Optional<ContactId> origin,
        Instant raisedAt,
        Instant updatedAt,
        long version) {
}
