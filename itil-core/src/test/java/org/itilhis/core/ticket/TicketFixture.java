package org.itilhis.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;

/**
 * Raises tickets and drives them into any state, for the tests of this package. (The test
 * kit's builders cannot be used here: the test kit depends on core.) Time advances one
 * minute with every {@link #tick()}; identities are counted, so every run is the same.
 * Tickets are never pulled, so {@link Ticket#pendingEvents()} is their whole history.
 */
final class TicketFixture {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final StaffId CALLER = StaffId.of("N1001");
    static final StaffId AGENT = StaffId.of("S0001");
    static final StaffId ENGINEER = StaffId.of("E0101");
    static final StaffId OTHER_ENGINEER = StaffId.of("E0102");
    static final StaffId SPECIALIST = StaffId.of("E0201");
    static final StaffId VENDOR_ENGINEER = StaffId.of("V0001");
    static final StaffId LEAD = StaffId.of("E0100");
    static final GroupId SERVICE_DESK = GroupId.of("service-desk");
    static final GroupId DESKTOP = GroupId.of("desktop-first-line");
    static final GroupId NETWORK = GroupId.of("network-first-line");
    static final GroupId HIS_SUPPORT = GroupId.of("his-second-line");
    static final GroupId HIS_VENDOR = GroupId.of("his-vendor");
    static final ContactId ORIGIN = new ContactId(new UUID(1, 1));

    /** ONE_DEPARTMENT x DEGRADED for a general service: P3. */
    static final PriorityAssessment P3_ASSESSMENT = assess(Impact.ONE_DEPARTMENT, Urgency.DEGRADED, false);
    /** ONE_PERSON x NO_CLINICAL_EFFECT: P5. */
    static final PriorityAssessment P5_ASSESSMENT = assess(Impact.ONE_PERSON, Urgency.NO_CLINICAL_EFFECT, false);
    /** The major flag forces P1. */
    static final PriorityAssessment MAJOR_ASSESSMENT = assess(Impact.WHOLE_HOSPITAL, Urgency.DEGRADED, true);

    private Instant now = START;
    private long identities;

    static PriorityAssessment assess(Impact impact, Urgency urgency, boolean major) {
        return PriorityPolicy.hospitalDefault()
                .assess(new PriorityFactors(impact, urgency, ServiceCriticality.GENERAL, major));
    }

    /** The next instant, one minute after the last. */
    Instant tick() {
        now = now.plus(1, ChronoUnit.MINUTES);
        return now;
    }

    Instant now() {
        return now;
    }

    ContactId nextContact() {
        return new ContactId(new UUID(2, ++identities));
    }

    Ticket incident() {
        return raise(TicketType.INCIDENT, P3_ASSESSMENT);
    }

    Ticket serviceRequest() {
        return raise(TicketType.SERVICE_REQUEST, P5_ASSESSMENT);
    }

    Ticket raise(TicketType type, PriorityAssessment assessment) {
        long sequence = ++identities;
        TicketDetails details = new TicketDetails("  Registration terminal 3 cannot print  ", "Printer shows paper jam",
                CategoryCode.of("desktop.printer"), CALLER, DepartmentId.of("outpatient-registration"),
                Optional.of(LocationId.of("building-1/floor-1")), Optional.of("printer"));
        return Ticket.raise(new TicketId(new UUID(0, sequence)), TicketNumber.of(type, 2026, sequence), details,
                assessment, DESKTOP, "desktop -> " + DESKTOP, Optional.of(ORIGIN), AGENT, tick());
    }

    Ticket incidentIn(TicketStatus status) {
        return in(TicketType.INCIDENT, status);
    }

    /**
     * A fresh ticket driven the shortest way into {@code status}: dispatched to the desktop
     * group with an engineer named, started, put on hold waiting for the caller, resolved,
     * reopened, confirmed, or cancelled while new.
     */
    Ticket in(TicketType type, TicketStatus status) {
        Ticket ticket = type == TicketType.INCIDENT ? incident() : serviceRequest();
        switch (status) {
            case NEW -> { }
            case ASSIGNED -> assign(ticket);
            case IN_PROGRESS -> start(ticket);
            case ON_HOLD -> hold(start(ticket));
            case RESOLVED -> resolve(start(ticket));
            case REOPENED -> resolve(start(ticket)).reopen("the printer jams again", CALLER, tick());
            case CLOSED -> resolve(start(ticket)).confirm(CALLER, tick());
            case CANCELLED -> ticket.cancel("logged in error", AGENT, tick());
            default -> throw new IllegalArgumentException("no way to " + status);
        }
        return ticket;
    }

    private Ticket assign(Ticket ticket) {
        ticket.assign(DESKTOP, Optional.of(ENGINEER), SupportTier.FIRST_LINE, AGENT, tick());
        return ticket;
    }

    private Ticket start(Ticket ticket) {
        assign(ticket).start(ENGINEER, tick());
        return ticket;
    }

    private Ticket hold(Ticket ticket) {
        ticket.hold(HoldReason.AWAITING_CALLER, "caller is in theatre", ENGINEER, tick());
        return ticket;
    }

    private Ticket resolve(Ticket ticket) {
        ticket.resolve(ResolutionCode.FIXED, "cleared the paper jam", ENGINEER, tick());
        return ticket;
    }

    /** One command of the ticket's API with fixed, valid arguments; whether it succeeds depends on the state. */
    record Command(String name, boolean workflowAction, BiConsumer<Ticket, Instant> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every command, the workflow actions first; linking takes a fresh contact each time. */
    List<Command> commands() {
        return List.of(
                new Command("assign", true, (t, at) ->
                        t.assign(HIS_SUPPORT, Optional.of(SPECIALIST), SupportTier.SECOND_LINE, LEAD, at)),
                new Command("accept", true, (t, at) -> t.accept(OTHER_ENGINEER, at)),
                new Command("start", true, (t, at) -> t.start(ENGINEER, at)),
                new Command("hold", true, (t, at) -> t.hold(HoldReason.AWAITING_VENDOR, "", ENGINEER, at)),
                new Command("resume", true, (t, at) -> t.resume(ENGINEER, at)),
                new Command("escalate", true, (t, at) -> t.escalate(HIS_SUPPORT, "needs a specialist", ENGINEER, at)),
                new Command("escalateToLead", true, (t, at) -> t.escalateToLead("waiting too long", CALLER, at)),
                new Command("updateCaller", true, (t, at) -> t.updateCaller("engineer on the way", AGENT, at)),
                new Command("resolve", true, (t, at) -> t.resolve(ResolutionCode.WORKAROUND, "restarted", ENGINEER, at)),
                new Command("confirm", true, (t, at) -> t.confirm(CALLER, at)),
                new Command("reopen", true, (t, at) -> t.reopen("not fixed", CALLER, at)),
                new Command("closeAfterQuietPeriod", true, (t, at) -> t.closeAfterQuietPeriod(Duration.ZERO, AGENT, at)),
                new Command("closeBeforeQuietPeriod", true,
                        (t, at) -> t.closeAfterQuietPeriod(Duration.ofDays(3), AGENT, at)),
                new Command("cancel", true, (t, at) -> t.cancel("duplicate", AGENT, at)),
                new Command("addWorkLog", false, (t, at) -> t.addWorkLog(15, "checked the cable", ENGINEER, at)),
                new Command("rate", false, (t, at) -> t.rate(new Satisfaction(4, "quick"), CALLER, at)),
                new Command("reprioritise", false,
                        (t, at) -> t.reprioritise(P5_ASSESSMENT, "only one PC affected", AGENT, at)),
                new Command("overridePriority", false, (t, at) -> t.overridePriority(
                        new PriorityOverride(Priority.P2, "discharge letters wait", LEAD, at), LEAD, at)),
                new Command("declareMajorIncident", false,
                        (t, at) -> t.declareMajorIncident(MAJOR_ASSESSMENT, "HIS down", LEAD, at)),
                new Command("linkContact", false, (t, at) -> t.linkContact(nextContact(), AGENT, at)));
    }
}
