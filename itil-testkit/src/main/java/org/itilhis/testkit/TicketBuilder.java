package org.itilhis.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.routing.CategoryCode;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.LocationId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketDetails;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.AssignmentGroup;

/**
 * Builds tickets for tests, in the spirit of buckpal's {@code AccountTestData}: a printer
 * incident on ward 5 east, owned by {@link DemoHospital#DESKTOP}, unless told otherwise.
 *
 * <pre>{@code
 * Ticket t = TicketBuilder.aTicket().withId(tickets.nextId()).withPriority(Priority.P2)
 *         .inGroup(DemoHospital.HIS_SUPPORT).resolved().build();
 * }</pre>
 *
 * <p>{@link #build()} returns a ticket that was never saved: it is raised and driven to the
 * wanted state by the real domain commands, so its pending events are its whole history and
 * a repository saves it as new. Each step happens one minute after the previous one, starting
 * at the raise time; the default raise time has microsecond precision, which stores must
 * keep. The priority is assessed by {@link PriorityPolicy#hospitalDefault()} from impact and
 * urgency that give it, on a {@link ServiceCriticality#GENERAL} service.
 */
public final class TicketBuilder {
    /** The default raise time: 2026-03-02 08:15 in Beijing, with microseconds. */
    public static final Instant RAISED_AT = Instant.parse("2026-03-02T00:15:30.123456Z");

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Duration STEP = Duration.ofMinutes(1);

    private TicketId id;
    private TicketType type = TicketType.INCIDENT;
    private TicketNumber number;
    private Priority priority = Priority.P3;
    private boolean major;
    private GroupId group = DemoHospital.DESKTOP;
    private SupportTier tier = SupportTier.FIRST_LINE;
    private StaffId engineer = DemoHospital.ENGINEER_LIU.staffId();
    private StaffId caller = DemoHospital.NURSE_WANG.staffId();
    private DepartmentId department = DemoHospital.WARD_5_EAST;
    private Optional<LocationId> location = Optional.of(DemoHospital.WARD_5_EAST_STATION);
    private String summary = "Ward printer jams on every page";
    private String description = "The label printer at the east nurse station jams; wristbands cannot be printed.";
    private CategoryCode category = CategoryCode.of("printer");
    private Optional<String> ciClass = Optional.empty();
    private Optional<ContactId> origin = Optional.empty();
    private Instant raisedAt = RAISED_AT;
    private TicketStatus state = TicketStatus.NEW;

    private TicketBuilder() {
    }

    public static TicketBuilder aTicket() {
        return new TicketBuilder();
    }

    /** The default is a fresh random identity; contracts pass the repository's {@code nextId()}. */
    public TicketBuilder withId(TicketId value) {
        this.id = checkNotNull(value, "id");
        return this;
    }

    /** The default is the next of a counter shared by all builders, in the ticket type's series for 2026. */
    public TicketBuilder withNumber(TicketNumber value) {
        this.number = checkNotNull(value, "number");
        this.type = value.type();
        return this;
    }

    public TicketBuilder serviceRequest() {
        return ofType(TicketType.SERVICE_REQUEST);
    }

    public TicketBuilder ofType(TicketType value) {
        this.type = checkNotNull(value, "type");
        return this;
    }

    public TicketBuilder withPriority(Priority value) {
        this.priority = checkNotNull(value, "priority");
        return this;
    }

    /** A major incident: P1 whatever the matrix says. */
    public TicketBuilder majorIncident() {
        this.major = true;
        return this;
    }

    /** The owning group, at its tier in the demo hospital (first line for a group it does not know). */
    public TicketBuilder inGroup(GroupId value) {
        this.group = checkNotNull(value, "group");
        this.tier = DemoHospital.groups().stream().filter(g -> g.id().equals(value)).findFirst()
                .map(AssignmentGroup::tier).orElse(SupportTier.FIRST_LINE);
        return this;
    }

    /** The engineer named when the ticket is assigned; {@link DemoHospital#ENGINEER_LIU} by default. */
    public TicketBuilder withEngineer(StaffId value) {
        this.engineer = checkNotNull(value, "engineer");
        return this;
    }

    public TicketBuilder calledBy(StaffId value) {
        this.caller = checkNotNull(value, "caller");
        return this;
    }

    public TicketBuilder fromDepartment(DepartmentId value) {
        this.department = checkNotNull(value, "department");
        return this;
    }

    public TicketBuilder at(LocationId value) {
        this.location = Optional.of(value);
        return this;
    }

    public TicketBuilder withoutLocation() {
        this.location = Optional.empty();
        return this;
    }

    public TicketBuilder withSummary(String value) {
        this.summary = checkNotNull(value, "summary");
        return this;
    }

    public TicketBuilder withDescription(String value) {
        this.description = checkNotNull(value, "description");
        return this;
    }

    public TicketBuilder inCategory(String value) {
        this.category = CategoryCode.of(value);
        return this;
    }

    public TicketBuilder aboutCiClass(String value) {
        this.ciClass = Optional.of(value);
        return this;
    }

    /** The contact the ticket was raised from. */
    public TicketBuilder raisedFrom(ContactId value) {
        this.origin = Optional.of(value);
        return this;
    }

    public TicketBuilder raisedAt(Instant value) {
        this.raisedAt = checkNotNull(value, "raisedAt");
        return this;
    }

    /** Dispatched to the group and the engineer. */
    public TicketBuilder assigned() {
        return inState(TicketStatus.ASSIGNED);
    }

    public TicketBuilder inProgress() {
        return inState(TicketStatus.IN_PROGRESS);
    }

    /** In progress, then put on hold awaiting the caller. */
    public TicketBuilder onHold() {
        return inState(TicketStatus.ON_HOLD);
    }

    /** Worked by the engineer and resolved as fixed. */
    public TicketBuilder resolved() {
        return inState(TicketStatus.RESOLVED);
    }

    /** Resolved, then confirmed by the caller. */
    public TicketBuilder closed() {
        return inState(TicketStatus.CLOSED);
    }

    /** Resolved, then reopened by the caller. */
    public TicketBuilder reopened() {
        return inState(TicketStatus.REOPENED);
    }

    /** Cancelled by the caller straight after it was raised. */
    public TicketBuilder cancelled() {
        return inState(TicketStatus.CANCELLED);
    }

    public TicketBuilder inState(TicketStatus value) {
        this.state = checkNotNull(value, "state");
        return this;
    }

    /** A new, never saved ticket in the wanted state; its pending events are its whole history. */
    public Ticket build() {
        checkArgument(!major || type == TicketType.INCIDENT, "a service request cannot be a major incident");
        TicketId ticketId = id != null ? id : new TicketId(UUID.randomUUID());
        TicketNumber ticketNumber = number != null ? number : TicketNumber.of(type, 2026, SEQUENCE.incrementAndGet());
        TicketDetails details = new TicketDetails(summary, description, category, caller, department, location,
                ciClass);
        Ticket ticket = Ticket.raise(ticketId, ticketNumber, details, assessment(priority, major), group,
                "built by TicketBuilder", origin, DemoHospital.AGENT_CHEN.staffId(), raisedAt);
        drive(ticket);
        return ticket;
    }

    /**
     * What {@link PriorityPolicy#hospitalDefault()} says for impact and urgency chosen to give
     * {@code priority} on a general service.
     */
    public static PriorityAssessment assessment(Priority priority, boolean majorIncident) {
        PriorityFactors factors = switch (priority) {
            case P1 -> factors(Impact.WHOLE_HOSPITAL, Urgency.PATIENT_CARE_STOPPED, majorIncident);
            case P2 -> factors(Impact.WHOLE_HOSPITAL, Urgency.DEGRADED, majorIncident);
            case P3 -> factors(Impact.ONE_DEPARTMENT, Urgency.DEGRADED, majorIncident);
            case P4 -> factors(Impact.ONE_PERSON, Urgency.SEVERELY_DEGRADED, majorIncident);
            case P5 -> factors(Impact.ONE_PERSON, Urgency.NO_CLINICAL_EFFECT, majorIncident);
        };
        return PriorityPolicy.hospitalDefault().assess(factors);
    }

    private static PriorityFactors factors(Impact impact, Urgency urgency, boolean major) {
        return new PriorityFactors(impact, urgency, ServiceCriticality.GENERAL, major);
    }

    private void drive(Ticket ticket) {
        switch (state) {
            case NEW -> {
            }
            case CANCELLED -> ticket.cancel("logged in error", caller, step(1));
            default -> work(ticket);
        }
    }

    private void work(Ticket ticket) {
        ticket.assign(group, Optional.of(engineer), tier, DemoHospital.AGENT_CHEN.staffId(), step(1));
        if (state == TicketStatus.ASSIGNED) {
            return;
        }
        ticket.start(engineer, step(2));
        if (state == TicketStatus.ON_HOLD) {
            ticket.hold(HoldReason.AWAITING_CALLER, "caller is in theatre", engineer, step(3));
        }
        if (state == TicketStatus.IN_PROGRESS || state == TicketStatus.ON_HOLD) {
            return;
        }
        ticket.resolve(ResolutionCode.FIXED, "Cleared the paper path and replaced the roller", engineer, step(3));
        if (state == TicketStatus.CLOSED) {
            ticket.confirm(caller, step(4));
        } else if (state == TicketStatus.REOPENED) {
            ticket.reopen("jams again after an hour", caller, step(4));
        }
    }

    /** The time of the n-th step after the raise. */
    private Instant step(int n) {
        return raisedAt.plus(STEP.multipliedBy(n));
    }
}
