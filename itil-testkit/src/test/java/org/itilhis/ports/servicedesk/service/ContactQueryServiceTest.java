package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import java.time.Duration;
import java.util.List;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.AccessRule;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.Role;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

class ContactQueryServiceTest {
    private final Hospital hospital = new Hospital();
    private final ContactQueries queries = hospital.desk.desk.contactQueries();

    @Test
    void theDeskReadsAContactAsLogged() {
        ContactView logged = hospital.nurseWangCalls("The label printer jams");

        assertThat(queries.contact(AGENT_CHEN, logged.id())).isEqualTo(logged);
    }

    @Test
    void theViewShowsTheContactsOutcomeAndVersionAsStored() {
        ContactView logged = hospital.nurseWangCalls("The label printer jams");
        TicketView ticket = hospital.raise(logged, "printer", "ONE_DEPARTMENT", "DEGRADED");

        ContactView read = queries.contact(AGENT_CHEN, logged.id());

        assertThat(read.status()).isEqualTo(ContactStatus.RAISED_AS_TICKET);
        assertThat(read.outcome()).isEqualTo(new ContactOutcome.RaisedAsTicket(ticket.id(), ticket.number()));
        assertThat(read.version()).isEqualTo(hospital.desk.contacts.find(logged.id()).orElseThrow().version());
        assertThat(read.version()).isGreaterThan(logged.version());
    }

    /** A contact belongs to the desk: engineers read the tickets of their groups, not the desk's log of calls. */
    @Test
    void theDirectorReadsAnyContactAndEngineersAndTheVendorNone() {
        ContactView logged = hospital.nurseWangCalls("The label printer jams");

        assertThat(queries.contact(DIRECTOR_GAO, logged.id())).isEqualTo(logged);
        for (Actor engineer : List.of(ENGINEER_LIU, LEAD_WU, VENDOR_ENGINEER)) {
            assertThatThrownBy(() -> queries.contact(engineer, logged.id()))
                    .isInstanceOf(ContactNotFoundException.class);
        }
    }

    @Test
    void aReporterReadsTheContactsTheyCalledIn() {
        ContactView logged = hospital.nurseWangCalls("The label printer jams");

        assertThat(queries.contact(NURSE_WANG, logged.id())).isEqualTo(logged);
    }

    @Test
    void anotherReportersContactIsNotFound() {
        ContactView logged = hospital.nurseWangCalls("The label printer jams");

        assertThatThrownBy(() -> queries.contact(CLERK_LI, logged.id()))
                .isInstanceOfSatisfying(ContactNotFoundException.class,
                        notFound -> assertThat(notFound.code()).isEqualTo("contact.not-found"));
    }

    @Test
    void anUnknownContactIsNotFound() {
        ContactId unknown = hospital.desk.contacts.nextId();

        assertThatThrownBy(() -> queries.contact(AGENT_CHEN, unknown)).isInstanceOf(ContactNotFoundException.class);
    }

    /** A contact belongs to no group, so a rule scoped to the actor's groups never shows one. */
    @Test
    void aGroupScopedRuleShowsNoContact() {
        AccessPolicy groupsOnly = AccessPolicy.of(List.of(
                new AccessRule(Role.FIRST_LINE_ENGINEER, Permission.VIEW_TICKET, Scope.GROUP)));
        ContactQueries strict = new ContactQueryService(hospital.desk.ports, new ServiceDeskSettings(
                PriorityPolicy.hospitalDefault(), DemoHospital.routing(), groupsOnly, Duration.ofDays(3),
                ServiceDeskSettings.CHINA));
        ContactView logged = hospital.nurseWangCalls("The label printer jams");

        assertThatThrownBy(() -> strict.contact(ENGINEER_LIU, logged.id()))
                .isInstanceOf(ContactNotFoundException.class);
    }
}
