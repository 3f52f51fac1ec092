package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import java.util.List;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.WorkLogEntry;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.Test;

/**
 * What each reader sees of a ticket under the hospital default: the vendor's engineer works
 * the vendor's tickets without learning who called or where from; the caller reads only the
 * notes written for them; the desk reads everything.
 */
class TicketVisibilityTest {
    private final Hospital hospital = new Hospital();
    private final TicketQueries queries = hospital.desk.desk.queries();

    /** Nurse Wang's printer incident, escalated by desktop support to the HIS team and on to the vendor. */
    private TicketView atTheVendor() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Escalate(LEAD_SUN, ticket.id(), null, HIS_SUPPORT, "HIS"));
        hospital.handle(new TicketCommand.Escalate(SPECIALIST_HUANG, ticket.id(), null, HIS_VENDOR, "a bug in the HIS"));
        return ticket;
    }

    @Test
    void theVendorsEngineerSeesTheVendorsTicketWithoutTheCallerTheLocationOrTheContacts() {
        TicketView ticket = atTheVendor();

        TicketView seen = queries.ticket(VENDOR_ENGINEER, ticket.id());

        assertThat(seen.callerWithheld()).isTrue();
        assertThat(seen.details().caller()).isEqualTo(TicketView.WITHHELD_CALLER);
        assertThat(seen.details().location()).isEmpty();
        assertThat(seen.linkedContacts()).isEmpty();
        assertThat(seen.details().description()).isEqualTo(ticket.details().description()); // the work needs it
        assertThat(queries.ticket(AGENT_CHEN, ticket.id()).details().caller()).isEqualTo(NURSE_WANG.staffId());
    }

    @Test
    void theVendorsEngineerFindsTheVendorsTicketsInTheQueueAndTheSearchWithheldAndNoOthers() {
        TicketView atVendor = atTheVendor();
        TicketView desktops = hospital.printerIncident();

        assertThat(queries.queue(VENDOR_ENGINEER, 50)).extracting(TicketView::id).containsExactly(atVendor.id());
        assertThat(queries.search(VENDOR_ENGINEER, TicketSearch.all(50))).extracting(TicketView::id)
                .containsExactly(atVendor.id());
        assertThat(queries.search(VENDOR_ENGINEER, TicketSearch.all(50))).allMatch(TicketView::callerWithheld);
        assertThatThrownBy(() -> queries.ticket(VENDOR_ENGINEER, desktops.id()))
                .isInstanceOf(TicketNotFoundException.class);
        assertThat(queries.byNumber(VENDOR_ENGINEER, desktops.number())).isEmpty();
    }

    @Test
    void theVendorsHistoryLeavesOutTheEventsThatNameTheCaller() {
        TicketView ticket = atTheVendor();

        List<DomainEvent> history = queries.history(VENDOR_ENGINEER, ticket.id());

        assertThat(history).isNotEmpty().noneMatch(TicketEvent.Raised.class::isInstance)
                .noneMatch(event -> event.actor().equals(NURSE_WANG.staffId()));
        assertThat(queries.history(AGENT_CHEN, ticket.id())).hasSizeGreaterThan(history.size())
                .anyMatch(TicketEvent.Raised.class::isInstance);
    }

    @Test
    void theVendorsAnswerToTheirOwnStepWithholdsTheCallerWhileTheCallerIsStillNotified() {
        TicketView ticket = atTheVendor();
        hospital.handle(new TicketCommand.Accept(VENDOR_ENGINEER, ticket.id(), null));
        hospital.handle(new TicketCommand.Start(VENDOR_ENGINEER, ticket.id(), null));

        TicketView resolved = hospital.handle(new TicketCommand.Resolve(VENDOR_ENGINEER, ticket.id(), null,
                ResolutionCode.FIXED, "patched the print service"));

        assertThat(resolved.callerWithheld()).isTrue();
        assertThat(hospital.notifications()).anyMatch(sent -> sent.recipient().equals(NURSE_WANG.staffId()));
    }

    @Test
    void theCallerReadsOnlyTheNotesMarkedForThemAndTheDeskReadsAll() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.AddWorkLog(AGENT_CHEN, ticket.id(), null, 5,
                "caller sounded distressed, check the ward's other printers too"));
        hospital.handle(new TicketCommand.AddWorkLog(AGENT_CHEN, ticket.id(), null, 5,
                "an engineer will come to the ward this afternoon", true));

        assertThat(queries.ticket(NURSE_WANG, ticket.id()).workLog()).extracting(WorkLogEntry::note)
                .containsExactly("an engineer will come to the ward this afternoon");
        assertThat(queries.ticket(NURSE_WANG, ticket.id()).minutesLogged()).isEqualTo(10);
        assertThat(queries.ticket(AGENT_CHEN, ticket.id()).workLog()).hasSize(2);
        assertThat(queries.history(NURSE_WANG, ticket.id())).filteredOn(TicketEvent.WorkLogged.class::isInstance)
                .extracting(event -> ((TicketEvent.WorkLogged) event).entry().note())
                .containsExactly("an engineer will come to the ward this afternoon");
    }

    @Test
    void theCallerDoesNotReadTheDesksEscalations() {
        TicketView ticket = hospital.printerIncident();
        hospital.handle(new TicketCommand.Escalate(LEAD_SUN, ticket.id(), null, HIS_SUPPORT, "HIS print service"));

        assertThat(queries.history(NURSE_WANG, ticket.id())).noneMatch(TicketEvent.Escalated.class::isInstance);
        assertThatThrownBy(() -> queries.history(ENGINEER_LIU, ticket.id())) // no longer desktop's: not theirs
                .isInstanceOf(TicketNotFoundException.class);
        assertThat(queries.history(SPECIALIST_HUANG, ticket.id())).anyMatch(TicketEvent.Escalated.class::isInstance);
    }
}
