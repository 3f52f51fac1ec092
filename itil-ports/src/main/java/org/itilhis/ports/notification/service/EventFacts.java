package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * What a message may say about one event, and whom the rules' roles point at: for a ticket's
 * event the ticket as it is when the event is delivered (number, kind, priority, status, group,
 * assignee, caller, summary), for an SLA escalation what the event carries (number, priority,
 * group, threshold), for any other event only its type and record.
 *
 * @param eventId        the event's stable id, {@code evt_<position>}
 * @param type           the event type, {@code ticket.assigned}
 * @param reference      the record's number ({@code INC-2026-000123}), or the aggregate id of a record without one
 * @param kind           the ticket's kind ({@code INCIDENT}, {@code SERVICE_REQUEST})
 * @param group          the group holding the record
 * @param assignee       the engineer working the record
 * @param namedGroup     the group the event itself names (assigned to, escalated to, the group of an escalation)
 * @param namedEngineer  the engineer the event itself names (an assignment's)
 * @param threshold      the SLA threshold crossed, {@code RESOLUTION 100%}
 * @param breach         whether that threshold is a breach (the target missed) rather than a warning
 * @param freeText       the event's free text (a caller update's message), said only where a rule allows
 */
public record EventFacts(String eventId, String type, String reference, Optional<String> kind,
                         Optional<Priority> priority, Optional<String> status, Optional<GroupId> group,
                         Optional<StaffId> assignee, Optional<StaffId> caller, Optional<String> summary,
                         Optional<GroupId> namedGroup, Optional<StaffId> namedEngineer, Optional<String> threshold,
                         boolean breach, Optional<String> freeText) {
    public EventFacts {
        checkNotNull(eventId, "eventId");
        checkNotNull(type, "type");
        checkNotNull(reference, "reference");
        checkNotNull(kind, "kind");
        checkNotNull(priority, "priority");
        checkNotNull(status, "status");
        checkNotNull(group, "group");
        checkNotNull(assignee, "assignee");
        checkNotNull(caller, "caller");
        checkNotNull(summary, "summary");
        checkNotNull(namedGroup, "namedGroup");
        checkNotNull(namedEngineer, "namedEngineer");
        checkNotNull(threshold, "threshold");
        checkNotNull(freeText, "freeText");
    }

    /** The facts of an event about no record the notifications know: its type and aggregate only. */
    static EventFacts bare(String eventId, String type, String reference) {
        return new EventFacts(eventId, type, reference, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** The group a role relative to the event looks at: the one the event names, else the record's. */
    Optional<GroupId> groupConcerned() {
        return namedGroup.isPresent() ? namedGroup : group;
    }

    /** Whether the record is a P1, which quiet hours do not hold back. */
    boolean isP1() {
        return priority.map(p -> p == Priority.P1).orElse(false);
    }
}
