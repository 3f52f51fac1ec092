package org.itilhis.core.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;

/** Raises real tickets for the SLA tests; their pending events are their whole history. */
final class SlaTickets {
    static final StaffId CALLER = StaffId.of("N1001");
    static final StaffId AGENT = StaffId.of("S0001");
    static final StaffId ENGINEER = StaffId.of("E0101");
    static final StaffId LEAD = StaffId.of("E0100");
    static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    static final GroupId HIS_SUPPORT = GroupId.of("his-second-line");
    static final GroupId NETWORK = GroupId.of("network-first-line");

    /** ONE_DEPARTMENT x PATIENT_CARE_STOPPED: P2. */
    static final PriorityAssessment P2 = assess(Impact.ONE_DEPARTMENT, Urgency.PATIENT_CARE_STOPPED, false);
    /** ONE_PERSON x SEVERELY_DEGRADED: P4. */
    static final PriorityAssessment P4 = assess(Impact.ONE_PERSON, Urgency.SEVERELY_DEGRADED, false);
    /** ONE_PERSON x NO_CLINICAL_EFFECT: P5. */
    static final PriorityAssessment P5 = assess(Impact.ONE_PERSON, Urgency.NO_CLINICAL_EFFECT, false);
    /** The major flag forces P1. */
    static final PriorityAssessment MAJOR = assess(Impact.WHOLE_HOSPITAL, Urgency.DEGRADED, true);

    private SlaTickets() {
    }

    static PriorityAssessment assess(Impact impact, Urgency urgency, boolean major) {
        return PriorityPolicy.hospitalDefault()
                .assess(new PriorityFactors(impact, urgency, ServiceCriticality.GENERAL, major));
    }

    /** A new incident owned by the desktop group. */
    static Ticket incident(PriorityAssessment assessment, Instant at) {
        TicketDetails details = new TicketDetails("Registration terminal 3 cannot print", "Printer shows paper jam",
                CategoryCode.of("desktop.printer"), CALLER, DepartmentId.of("outpatient-registration"),
                Optional.empty(), Optional.empty());
        return Ticket.raise(new TicketId(new UUID(0, 1)), TicketNumber.of(TicketType.INCIDENT, 2026, 1), details,
                assessment, DESKTOP, "desktop -> " + DESKTOP, Optional.empty(), AGENT, at);
    }

    static List<TicketEvent> history(Ticket ticket) {
        return ticket.pendingEvents();
    }
}
