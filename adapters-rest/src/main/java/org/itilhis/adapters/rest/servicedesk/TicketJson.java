package org.itilhis.adapters.rest.servicedesk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.adapters.rest.problemdetails.Actions;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.ticket.WorkLogEntry;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * An incident or service request with everything its reader may see. For a reader who may
 * not know who called (the vendor's engineer) {@code callerWithheld} is true and {@code
 * caller}, {@code location} and {@code linkedContacts} are left out; a reader without the
 * internal notes (the caller) finds in {@code workLog} only the entries marked {@code forCaller}.
 * {@code allowedActions} are the workflow steps possible now, named as the path segments of
 * their endpoints ({@code escalate-to-lead}); whether the reader may take them is decided when
 * they try. {@code version} is also the {@code ETag}.
 */
public record TicketJson(UUID id, String number, TicketType type, TicketStatus status, String summary,
                         String description, String category, String caller, String department, String location,
                         String ciClass, Priority priority, AssessmentJson assessment,
                         PriorityOverrideJson priorityOverride, boolean majorIncident, String group, String engineer,
                         SupportTier tier, int reassignments, HoldReason holdReason, ResolutionJson resolution,
                         SatisfactionJson satisfaction, List<WorkLogEntryJson> workLog, int minutesLogged,
                         List<UUID> linkedContacts, boolean callerWithheld, List<String> allowedActions,
                         Instant raisedAt, Instant updatedAt, long version) {

    public static TicketJson of(TicketView v) {
        TicketDetails d = v.details();
        return new TicketJson(v.id().value(), v.number().toString(), v.type(), v.status(), d.summary(), d.description(),
                d.category().value(), v.callerWithheld() ? null : d.caller().value(), d.department().value(),
                d.location().map(LocationId::value).orElse(null), d.ciClass().orElse(null), v.priority(),
                AssessmentJson.of(v.assessment()), v.priorityOverride().map(PriorityOverrideJson::of).orElse(null),
                v.majorIncident(), v.group().value(), v.engineer().map(StaffId::value).orElse(null), v.tier(),
                v.reassignments(), v.holdReason().orElse(null), v.resolution().map(ResolutionJson::of).orElse(null),
                v.satisfaction().map(SatisfactionJson::of).orElse(null),
                v.workLog().stream().map(WorkLogEntryJson::of).toList(), v.minutesLogged(),
                v.linkedContacts().stream().map(ContactId::value).toList(), v.callerWithheld(),
                v.allowedActions().stream().map(action -> Actions.pathSegment(action.name())).sorted().toList(),
                v.raisedAt(), v.updatedAt(), v.version());
    }

    /** How the priority policy read the factors: the matrix cell, the final priority, and why. */
    public record AssessmentJson(String impact, String urgency, ServiceCriticality criticality, boolean majorIncident,
                                 Priority matrixPriority, Priority priority, List<String> explanation) {
        public static AssessmentJson of(PriorityAssessment a) {
            return new AssessmentJson(a.factors().impact().code(), a.factors().urgency().code(),
                    a.factors().criticality(), a.factors().majorIncident(), a.matrixPriority(), a.priority(),
                    a.explanation());
        }
    }

    /** A priority set by hand: by whom, when and why. */
    public record PriorityOverrideJson(Priority priority, String reason, String by, Instant at) {
        static PriorityOverrideJson of(PriorityOverride o) {
            return new PriorityOverrideJson(o.priority(), o.reason(), o.by().value(), o.at());
        }
    }

    /** The caller's rating. */
    public record SatisfactionJson(int score, String comment) {
        static SatisfactionJson of(Satisfaction s) {
            return new SatisfactionJson(s.score(), s.comment());
        }
    }

    /** Time an engineer spent and what they did; {@code forCaller} when the caller may read the note. */
    public record WorkLogEntryJson(String engineer, int minutes, String note, boolean forCaller, Instant at) {
        static WorkLogEntryJson of(WorkLogEntry e) {
            return new WorkLogEntryJson(e.engineer().value(), e.minutes(), e.note(), e.forCaller(), e.at());
        }
    }
}
