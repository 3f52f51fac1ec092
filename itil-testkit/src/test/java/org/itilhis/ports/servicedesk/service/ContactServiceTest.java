package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.Resolution;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.TicketClosedException;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.workflow.WorkflowException;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

class ContactServiceTest {
    private final Hospital hospital = new Hospital();
    private final ServiceDeskUseCase desk = hospital.desk.desk.desk();
    private final Instant now = hospital.desk.clock.instant();

    // ---- logging contacts -------------------------------------------------------------------

    @Test
    void loggingAContactRecordsItOpenWithEverythingTheDeskWasTold() {
        ContactView contact = desk.logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, DemoHospital.WARD_5_EAST_STATION, " 5501 ",
                "  The label printer jams  "));

        ContactDetails expected = new ContactDetails(ContactChannel.PHONE, NURSE_WANG.staffId(),
                DemoHospital.WARD_5_EAST, Optional.of(DemoHospital.WARD_5_EAST_STATION), Optional.of("5501"), now,
                "The label printer jams");
        assertThat(contact.details()).isEqualTo(expected);
        assertThat(contact.status()).isEqualTo(ContactStatus.OPEN);
        assertThat(contact.outcome()).isEqualTo(new ContactOutcome.Pending());
        assertThat(contact.loggedBy()).isEqualTo(AGENT_CHEN.staffId());
        assertThat(contact.version()).isEqualTo(1);
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().snapshot().details()).isEqualTo(expected);
        assertThat(hospital.logTypes()).containsExactly("contact.logged");
        assertThat(hospital.log().get(0).actor()).isEqualTo(AGENT_CHEN.staffId());
    }

    @Test
    void aReporterMayLogAContactForThemselves() {
        ContactView contact = desk.logContact(new ContactCommand.Log(NURSE_WANG, ContactChannel.HIS_BUTTON,
                NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, null, null, "Cannot print wristbands"));

        assertThat(contact.loggedBy()).isEqualTo(NURSE_WANG.staffId());
        assertThat(contact.details().location()).isEmpty();
        assertThat(contact.details().extension()).isEmpty();
        assertThat(hospital.desk.contacts.find(contact.id())).isPresent();
    }

    @Test
    void aReporterMayNotLogAContactForSomeoneElse() {
        ContactCommand.Log forSomeoneElse = new ContactCommand.Log(NURSE_WANG, ContactChannel.HIS_BUTTON,
                CLERK_LI.staffId(), DemoHospital.OUTPATIENT, null, null, "Li's screen is frozen");

        assertThatThrownBy(() -> desk.logContact(forSomeoneElse))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        denied -> assertThat(denied.permission()).isEqualTo(Permission.LOG_CONTACT));
        assertThat(hospital.log()).isEmpty();
    }

    @Test
    void everyBrokenFieldOfAContactIsNamed() {
        ContactCommand.Log broken = new ContactCommand.Log(AGENT_CHEN, null, NURSE_WANG.staffId(), null, null,
                "ext. 55", " ");

        InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                () -> desk.logContact(broken));

        assertThat(invalid.code()).isEqualTo("command.invalid");
        assertThat(invalid.violations()).extracting(FieldViolation::field)
                .containsExactly("channel", "department", "description", "extension");
        assertThat(hospital.log()).isEmpty();
    }

    // ---- resolving at first contact ------------------------------------------------------------

    @Test
    void resolvingAtFirstContactGivesTheContactItsResolution() {
        ContactView contact = hospital.nurseWangCalls("Forgot how to reload the label roll");

        ContactView resolved = desk.resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(AGENT_CHEN,
                contact.id(), ResolutionCode.ADVICE_GIVEN, "Showed how to reload the roll"));

        ContactOutcome expected = new ContactOutcome.ResolvedAtFirstContact(
                Resolution.of(ResolutionCode.ADVICE_GIVEN, "Showed how to reload the roll"));
        assertThat(resolved.status()).isEqualTo(ContactStatus.RESOLVED_AT_FIRST_CONTACT);
        assertThat(resolved.outcome()).isEqualTo(expected);
        assertThat(resolved.version()).isEqualTo(2);
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().outcome()).isEqualTo(expected);
        assertThat(hospital.logTypes()).containsExactly("contact.logged", "contact.resolved-at-first-contact");
        assertThat(hospital.desk.tickets.size()).isZero();
    }

    @Test
    void aReporterMayNotResolveTheirOwnContact() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");

        assertThatThrownBy(() -> desk.resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(NURSE_WANG,
                contact.id(), ResolutionCode.FIXED, "fixed it myself"))).isInstanceOf(NotPermittedException.class);
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().status()).isEqualTo(ContactStatus.OPEN);
        assertThat(hospital.log()).hasSize(1);
    }

    @Test
    void aContactIsGivenOnlyOneOutcome() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");
        desk.resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(AGENT_CHEN, contact.id(),
                ResolutionCode.ADVICE_GIVEN, "Showed how to reload the roll"));
        int logged = hospital.log().size();

        assertThatThrownBy(() -> hospital.raise(contact, "printer", "ONE_DEPARTMENT", "DEGRADED"))
                .isInstanceOf(WorkflowException.class);

        assertThat(hospital.desk.tickets.size()).isZero();
        assertThat(hospital.log()).hasSize(logged);
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().status())
                .isEqualTo(ContactStatus.RESOLVED_AT_FIRST_CONTACT);
    }

    @Test
    void anUnknownContactIsNotFound() {
        ContactId unknown = hospital.desk.contacts.nextId();

        assertThatThrownBy(() -> desk.resolveAtFirstContact(new ContactCommand.ResolveAtFirstContact(AGENT_CHEN,
                unknown, ResolutionCode.FIXED, "fixed"))).isInstanceOf(ContactNotFoundException.class);
    }

    // ---- raising tickets ----------------------------------------------------------------------

    @Test
    void raisingATicketRoutesItPrioritisesItNumbersItAndRecordsTheContactsOutcome() {
        ContactView contact = hospital.nurseWangCalls("The label printer jams on every wristband");

        TicketView ticket = desk.raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, "Label printer jams", "printer.label", "ONE_DEPARTMENT", "SEVERELY_DEGRADED",
                ServiceCriticality.GENERAL, false, "label-printer"));

        assertThat(ticket.number()).isEqualTo(TicketNumber.parse("INC-2026-000001"));
        assertThat(ticket.group()).isEqualTo(DemoHospital.DESKTOP);
        assertThat(ticket.tier()).isEqualTo(SupportTier.FIRST_LINE);
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.priority()).isEqualTo(Priority.P3);
        assertThat(ticket.assessment().factors().impact()).isEqualTo(Impact.ONE_DEPARTMENT);
        assertThat(ticket.assessment().factors().urgency()).isEqualTo(Urgency.SEVERELY_DEGRADED);
        assertThat(ticket.details().summary()).isEqualTo("Label printer jams");
        assertThat(ticket.details().description()).isEqualTo("The label printer jams on every wristband");
        assertThat(ticket.details().caller()).isEqualTo(NURSE_WANG.staffId());
        assertThat(ticket.details().department()).isEqualTo(DemoHospital.WARD_5_EAST);
        assertThat(ticket.details().location()).contains(DemoHospital.WARD_5_EAST_STATION);
        assertThat(ticket.details().ciClass()).contains("label-printer");
        assertThat(ticket.raisedAt()).isEqualTo(now);
        assertThat(hospital.stored(ticket.id()).origin()).contains(contact.id());

        ContactOutcome raised = new ContactOutcome.RaisedAsTicket(ticket.id(), ticket.number());
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().outcome()).isEqualTo(raised);
        assertThat(hospital.logTypes()).startsWith("contact.logged")
                .containsExactlyInAnyOrder("contact.logged", "ticket.raised", "contact.raised-as-ticket");
    }

    @Test
    void aClinicallyCriticalServiceIsRaisedOneStepAndRoutedToItsSpecialists() {
        ContactView contact = hospital.nurseWangCalls("Pharmacy orders do not reach the pharmacy");

        TicketView ticket = desk.raiseTicket(hospital.raising(contact, "his.pharmacy", "ONE_DEPARTMENT",
                "SEVERELY_DEGRADED", ServiceCriticality.CLINICAL_CRITICAL));

        assertThat(ticket.priority()).isEqualTo(Priority.P2);
        assertThat(ticket.assessment().matrixPriority()).isEqualTo(Priority.P3);
        assertThat(ticket.group()).isEqualTo(DemoHospital.HIS_SUPPORT);
    }

    @Test
    void aMajorIncidentIsP1AndAnUnroutedCategoryGoesToTheServiceDesk() {
        ContactView contact = hospital.nurseWangCalls("The whole hospital's HIS is down");

        TicketView ticket = desk.raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, "HIS down", "telephony", "ONE_PERSON", "NO_CLINICAL_EFFECT",
                ServiceCriticality.GENERAL, true, null));

        assertThat(ticket.priority()).isEqualTo(Priority.P1);
        assertThat(ticket.majorIncident()).isTrue();
        assertThat(ticket.group()).isEqualTo(DemoHospital.SERVICE_DESK);
    }

    @Test
    void incidentsAndServiceRequestsAreNumberedInTheirOwnSeries() {
        TicketView first = hospital.printerIncident();
        TicketView request = desk.raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN,
                hospital.nurseWangCalls("Account for a student nurse").id(), TicketType.SERVICE_REQUEST,
                "New HIS account", "account", "ONE_PERSON", "NO_CLINICAL_EFFECT", ServiceCriticality.GENERAL, false,
                null));
        TicketView second = hospital.printerIncident();

        assertThat(first.number()).hasToString("INC-2026-000001");
        assertThat(request.number()).hasToString("REQ-2026-000001");
        assertThat(second.number()).hasToString("INC-2026-000002");
    }

    @Test
    void theNumbersYearIsTheHospitalsYear() {
        // 2027-12-31T16:30Z is already 2028-01-01 00:30 in Beijing
        Hospital newYear = new Hospital();
        newYear.later(Duration.between(newYear.desk.clock.instant(), Instant.parse("2027-12-31T16:30:00Z")));

        TicketView ticket = newYear.printerIncident();

        assertThat(ticket.number()).hasToString("INC-2028-000001");
    }

    @Test
    void anUnknownImpactIsRefusedNamingTheFieldAndChangesNothing() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");

        InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                () -> hospital.raise(contact, "printer", "WHOLE_CITY", "DEGRADED"));

        assertThat(invalid.violations()).extracting(FieldViolation::field).containsExactly("impact");
        assertThat(invalid.violations().get(0).message()).contains("WHOLE_CITY");
        assertThat(hospital.desk.tickets.size()).isZero();
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().status()).isEqualTo(ContactStatus.OPEN);
        assertThat(hospital.logTypes()).containsExactly("contact.logged");
        assertThat(hospital.raise(contact, "printer", "ONE_DEPARTMENT", "DEGRADED").number())
                .hasToString("INC-2026-000001");
    }

    @Test
    void anUnknownUrgencyIsRefusedNamingTheField() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");

        InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                () -> hospital.raise(contact, "printer", "ONE_DEPARTMENT", "WHENEVER"));

        assertThat(invalid.violations()).extracting(FieldViolation::field).containsExactly("urgency");
    }

    @Test
    void impactAndUrgencyThatAreNoLevelCodesAreBothNamed() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");

        InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                () -> hospital.raise(contact, "printer", "one department!", "WHENEVER"));

        assertThat(invalid.violations()).extracting(FieldViolation::field).containsExactly("impact", "urgency");
        assertThat(hospital.desk.tickets.size()).isZero();
    }

    @Test
    void everyBrokenFieldOfARaiseIsNamed() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");
        ContactCommand.RaiseTicket broken = new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(), null, " ",
                "Printer Jams!", "", "DEGRADED", null, false, "x".repeat(101));

        InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                () -> desk.raiseTicket(broken));

        assertThat(invalid.violations()).extracting(FieldViolation::field).containsOnly("category", "ciClass",
                "criticality", "impact", "summary", "type");
        assertThat(invalid.violations()).extracting(FieldViolation::field).isSorted();
        assertThat(hospital.desk.tickets.size()).isZero();
        assertThat(hospital.logTypes()).containsExactly("contact.logged");
    }

    @Test
    void aReporterMayNotRaiseATicket() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");

        assertThatThrownBy(() -> desk.raiseTicket(new ContactCommand.RaiseTicket(NURSE_WANG, contact.id(),
                TicketType.INCIDENT, "Printer", "printer", "ONE_PERSON", "DEGRADED", ServiceCriticality.GENERAL, false,
                null))).isInstanceOf(NotPermittedException.class);
        assertThat(hospital.desk.tickets.size()).isZero();
    }

    // ---- linking contacts -----------------------------------------------------------------------

    @Test
    void anotherContactAboutTheSameOutageIsLinkedToTheOpenTicket() {
        TicketView ticket = hospital.printerIncident();
        ContactView second = hospital.call(CLERK_LI, DemoHospital.OUTPATIENT, null, "Our label printer jams too");

        TicketView linked = desk.linkToTicket(new ContactCommand.LinkToTicket(AGENT_CHEN, second.id(), ticket.id()));

        assertThat(linked.linkedContacts()).containsExactly(second.id());
        assertThat(linked.version()).isEqualTo(ticket.version() + 1);
        assertThat(hospital.stored(ticket.id()).linkedContacts()).containsExactly(second.id());
        assertThat(hospital.desk.contacts.find(second.id()).orElseThrow().outcome())
                .isEqualTo(new ContactOutcome.LinkedToTicket(ticket.id(), ticket.number()));
        assertThat(hospital.logTypes().subList(hospital.log().size() - 2, hospital.log().size()))
                .containsExactlyInAnyOrder("ticket.contact-linked", "contact.linked-to-ticket");
        assertThat(hospital.log()).filteredOn(e -> e.type().equals("ticket.contact-linked"))
                .extracting(DomainEvent::aggregateId).containsExactly(ticket.id().toString());
    }

    @Test
    void aContactCannotBeLinkedToAClosedTicketAndNothingChanges() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Cancel(NURSE_WANG, ticket.id(), null, "found a spare printer"));
        ContactView second = hospital.call(CLERK_LI, DemoHospital.OUTPATIENT, null, "Our label printer jams too");
        Hospital.Picture before = hospital.picture(ticket.id());

        assertThatThrownBy(() -> desk.linkToTicket(new ContactCommand.LinkToTicket(AGENT_CHEN, second.id(),
                ticket.id()))).isInstanceOf(TicketClosedException.class);

        assertThat(hospital.picture(ticket.id())).isEqualTo(before);
        assertThat(hospital.desk.contacts.find(second.id()).orElseThrow().status()).isEqualTo(ContactStatus.OPEN);
    }

    @Test
    void linkingToAnUnknownTicketIsNotFound() {
        ContactView contact = hospital.nurseWangCalls("Printer jams");

        assertThatThrownBy(() -> desk.linkToTicket(new ContactCommand.LinkToTicket(AGENT_CHEN, contact.id(),
                hospital.desk.tickets.nextId()))).isInstanceOf(TicketNotFoundException.class);
        assertThat(hospital.desk.contacts.find(contact.id()).orElseThrow().status()).isEqualTo(ContactStatus.OPEN);
    }
}
