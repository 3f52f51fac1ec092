package org.itilhis.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.ticket.WorkLogEntry;

/** Domain values to store: a ticket of every shape, and one of every event type. */
public final class Samples {
    public static final Instant AT = Instant.parse("2026-03-02T08:15:30.123456789Z");
    public static final StaffId NURSE = StaffId.of("N1001");
    public static final StaffId ENGINEER = StaffId.of("E0101");
    public static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    public static final GroupId NETWORK = GroupId.of("network-second-line");
    public static final DepartmentId WARD = DepartmentId.of("ward-5-east");

    private Samples() {
    }

    public static PriorityAssessment assessment(Priority priority, boolean major) {
        PriorityFactors factors = new PriorityFactors(Impact.ONE_DEPARTMENT, Urgency.DEGRADED,
                ServiceCriticality.CLINICAL_CRITICAL, major);
        return new PriorityAssessment(factors, priority, priority, ImmutableList.of("matrix -> " + priority, "as is"));
    }

    public static TicketDetails details(String summary, String description, StaffId caller, DepartmentId department) {
        return new TicketDetails(summary, description, CategoryCode.of("desktop.printer"), caller, department,
                Optional.of(LocationId.of("building-2/floor-5")), Optional.of("printer"));
    }

    /** A new incident, not yet saved. */
    public static Ticket incident(TicketNumber number, GroupId group, Priority priority, Instant at, String summary) {
        return Ticket.raise(new TicketId(UUID.randomUUID()), number, details(summary, "description of " + summary,
                        NURSE, WARD), assessment(priority, false), group, "rule desktop", Optional.empty(), NURSE, at);
    }

    public static TicketNumber number(long sequence) {
        return TicketNumber.of(TicketType.INCIDENT, 2026, sequence);
    }

    /** One event of every ticket event type. */
    public static List<TicketEvent> everyTicketEvent() {
        TicketId id = new TicketId(UUID.randomUUID());
        Instant at = AT;
        return List.of(
                new TicketEvent.Raised(id, number(42), TicketType.INCIDENT, details("Printer jam 打印机", "", NURSE, WARD),
                        assessment(Priority.P3, false), DESKTOP, "rule desktop", Optional.of(new ContactId(UUID.randomUUID())),
                        NURSE, at),
                new TicketEvent.Assigned(id, DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, false, NURSE, at),
                new TicketEvent.Assigned(id, NETWORK, Optional.empty(), SupportTier.SECOND_LINE, true, NURSE, at),
                new TicketEvent.Accepted(id, ENGINEER, at),
                new TicketEvent.Started(id, ENGINEER, at),
                new TicketEvent.PutOnHold(id, HoldReason.AWAITING_VENDOR, "toner ordered", ENGINEER, at),
                new TicketEvent.Resumed(id, ENGINEER, at),
                new TicketEvent.Escalated(id, SupportTier.FIRST_LINE, SupportTier.SECOND_LINE, NETWORK, "switch", ENGINEER, at),
                new TicketEvent.EscalatedToLead(id, DESKTOP, "slow", ENGINEER, at),
                new TicketEvent.CallerUpdated(id, "工程师已在路上 (engineer on the way)", ENGINEER, at),
                new TicketEvent.Resolved(id, Resolution.of(ResolutionCode.FIXED, "cleared"), ENGINEER, at),
                new TicketEvent.Closed(id, true, StaffId.of("system"), at),
                new TicketEvent.Reopened(id, "again", NURSE, at),
                new TicketEvent.Cancelled(id, "duplicate", NURSE, at),
                new TicketEvent.WorkLogged(id, new WorkLogEntry(ENGINEER, 25, "replaced fuser", false, at), ENGINEER, at),
                new TicketEvent.Rated(id, new Satisfaction(5, "quick"), NURSE, at),
                new TicketEvent.Reprioritised(id, assessment(Priority.P2, false), "ward full", ENGINEER, at),
                new TicketEvent.PriorityOverridden(id, new PriorityOverride(Priority.P1, "discharge letters", ENGINEER, at),
                        ENGINEER, at),
                new TicketEvent.MajorIncidentDeclared(id, assessment(Priority.P1, true), "HIS down", ENGINEER, at),
                new TicketEvent.ContactLinked(id, new ContactId(UUID.randomUUID()), NURSE, at));
    }

    public static ContactDetails contactDetails() {
        return new ContactDetails(ContactChannel.HIS_BUTTON, NURSE, WARD, Optional.empty(), Optional.of("5501"), AT,
                "The label printer prints blank labels");
    }

    /** One event of every contact event type. */
    public static List<ContactEvent> everyContactEvent() {
        ContactId id = new ContactId(UUID.randomUUID());
        TicketId ticket = new TicketId(UUID.randomUUID());
        return List.of(
                new ContactEvent.Logged(id, contactDetails(), NURSE, AT),
                new ContactEvent.ResolvedAtFirstContact(id, Resolution.of(ResolutionCode.ADVICE_GIVEN, "restart"), NURSE, AT),
                new ContactEvent.RaisedAsTicket(id, ticket, number(7), NURSE, AT),
                new ContactEvent.LinkedToTicket(id, ticket, number(8), NURSE, AT));
    }
}
