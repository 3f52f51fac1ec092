package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PRIVACY_OFFICER_HE;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.PersonalDataRead.RecordKind;
import org.itilhis.ports.common.PersonalDataReads;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicedesk.in.ContactView;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * Reads of personal data are recorded (ADR 0014): who was shown which ticket or contact, when,
 * from where and through which read; one batch per queue or search page; nothing for the system
 * or for a creator's own answer; a read that cannot be recorded is not served; and only the
 * privacy officer reads the log.
 */
class PersonalDataReadRecordingTest {
    private static final Actor LIU_AT_WARD = ENGINEER_LIU.withOrigin("10.12.0.7");

    private final Hospital hospital = new Hospital();
    private final TicketQueries queries = hospital.desk.desk.queries();

    @Test
    void anEngineersTicketReadIsRecordedWithTheirStaffIdTheirOriginTheTimeAndTheRead() {
        TicketView printer = hospital.printerIncident();

        queries.ticket(LIU_AT_WARD, printer.id());

        assertThat(recorded()).containsExactly(new PersonalDataRead(hospital.desk.clock.instant(),
                ENGINEER_LIU.staffId(), RecordKind.TICKET, printer.id().toString(), Optional.of("10.12.0.7"),
                PersonalDataRead.TICKET));
    }

    @Test
    void aTicketByNumberBeforeActingAndItsHistoryAreEachRecordedUnderTheirRead() {
        TicketView printer = hospital.printerIncident();

        queries.byNumber(LIU_AT_WARD, printer.number());
        queries.permitted(LIU_AT_WARD, printer.id(), Permission.VIEW_TICKET);
        queries.history(LIU_AT_WARD, printer.id());

        assertThat(recorded()).extracting(PersonalDataRead::purpose)
                .containsExactly("ticket-history", "ticket", "ticket");
        assertThat(recorded()).extracting(PersonalDataRead::recordId).containsOnly(printer.id().toString());
    }

    @Test
    void aContactReadIsRecordedAsAContact() {
        ContactView call = hospital.nurseWangCalls("The label printer jams");

        hospital.desk.desk.contactQueries().contact(AGENT_CHEN, call.id());

        assertThat(recorded()).singleElement().satisfies(read -> {
            assertThat(read.kind()).isEqualTo(RecordKind.CONTACT);
            assertThat(read.recordId()).isEqualTo(call.id().toString());
            assertThat(read.reader()).isEqualTo(AGENT_CHEN.staffId());
            assertThat(read.origin()).isEmpty();
        });
    }

    @Test
    void aQueuePageAndASearchPageAreEachRecordedAsOneBatchOfTheTicketsShown() {
        List<List<PersonalDataRead>> batches = new ArrayList<>();
        TicketQueries counted = deskRecordingInto(batches::add).queries();
        List<TicketView> raised = List.of(hospital.printerIncident(), hospital.printerIncident(),
                hospital.printerIncident());

        List<TicketView> queue = counted.queue(ENGINEER_LIU, 10);
        List<TicketView> found = counted.search(AGENT_CHEN, TicketSearch.all(2));

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).extracting(PersonalDataRead::recordId)
                .containsExactlyElementsOf(queue.stream().map(view -> view.id().toString()).toList())
                .hasSize(raised.size());
        assertThat(batches.get(0)).extracting(PersonalDataRead::purpose).containsOnly("queue");
        assertThat(batches.get(1)).hasSize(found.size()).extracting(PersonalDataRead::purpose).containsOnly("search");
    }

    /** What another practice's queue shows (the service-level queue) is one batch too, in its order, hidden ones left out. */
    @Test
    void queuedTicketsAreShownInTheirOrderAsTheReaderMaySeeThemAndRecordedAsOneBatch() {
        List<List<PersonalDataRead>> batches = new ArrayList<>();
        TicketQueries counted = deskRecordingInto(batches::add).queries();
        TicketView first = hospital.printerIncident();
        TicketView second = hospital.printerIncident();
        TicketView elsewhere = hospital.raiseFor(CLERK_LI, "network", "ONE_DEPARTMENT", "DEGRADED", 1);

        List<TicketView> shown = counted.queued(ENGINEER_LIU, List.of(second.id(), elsewhere.id(), first.id()));

        assertThat(shown).extracting(TicketView::id).containsExactly(second.id(), first.id());
        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch)
                .extracting(PersonalDataRead::recordId).containsExactly(second.id().toString(), first.id().toString()));
        assertThat(batches.get(0)).extracting(PersonalDataRead::purpose).containsOnly("queue");
    }

    @Test
    void nothingIsRecordedForTheSystemForAnEmptyPageForAHiddenTicketOrForRaisingOne() {
        TicketView printer = hospital.printerIncident();

        queries.ticket(Actor.system(), printer.id());
        queries.queue(SPECIALIST_HUANG, 10);
        assertThatThrownBy(() -> queries.ticket(SPECIALIST_HUANG, printer.id()))
                .isInstanceOf(TicketNotFoundException.class);

        assertThat(recorded()).isEmpty();
    }

    @Test
    void aReadThatCannotBeRecordedIsNotServedAndChangesNothing() {
        ContactView call = hospital.nurseWangCalls("The label printer jams");
        TicketView printer = hospital.raise(call, "printer", "ONE_DEPARTMENT", "DEGRADED");
        ServiceDesk failing = deskRecordingInto(batch -> {
            throw new StorageException("recording reads: the database is down", null);
        });
        long events = hospital.log().size();

        assertThatThrownBy(() -> failing.queries().ticket(LIU_AT_WARD, printer.id()))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> failing.queries().queue(ENGINEER_LIU, 10)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> failing.contactQueries().contact(AGENT_CHEN, call.id()))
                .isInstanceOf(StorageException.class);

        assertThat(hospital.log()).hasSize((int) events);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void thePrivacyOfficerFindsTheReadsOfATicketByItsNumberAndOfAReaderAndTheirQueryIsNotARead() {
        TicketView printer = hospital.printerIncident();
        queries.ticket(LIU_AT_WARD, printer.id());
        queries.ticket(AGENT_CHEN, printer.id());

        var log = hospital.desk.desk.personalDataReads();
        ReadAuditQuery page = ReadAuditQuery.all(10);

        assertThat(log.reads(PRIVACY_OFFICER_HE, page.ofRecord(printer.number().toString())))
                .extracting(found -> found.read().reader()).containsExactly(AGENT_CHEN.staffId(), ENGINEER_LIU.staffId());
        assertThat(log.reads(PRIVACY_OFFICER_HE, page.ofRecord(printer.id().toString()))).hasSize(2);
        assertThat(log.reads(PRIVACY_OFFICER_HE, page.ofReader(ENGINEER_LIU.staffId()))).hasSize(1);
        assertThat(log.reads(PRIVACY_OFFICER_HE, page.ofRecord("INC-2026-999999"))).isEmpty();
        assertThat(recorded()).hasSize(2);
    }

    @Test
    void nobodyButThePrivacyOfficerReadsTheLog() {
        var log = hospital.desk.desk.personalDataReads();
        for (Actor actor : new Actor[] {AGENT_CHEN, ENGINEER_LIU, DemoHospital.DIRECTOR_GAO, NURSE_WANG}) {
            assertThatThrownBy(() -> log.reads(actor, ReadAuditQuery.all(10)))
                    .as("%s", actor.staffId()).isInstanceOf(NotPermittedException.class);
        }
    }

    private List<PersonalDataRead> recorded() {
        return hospital.desk.personalDataReads.find(ReadAuditQuery.all(ReadAuditQuery.MAX_LIMIT)).stream()
                .map(PersonalDataReads.Recorded::read).toList();
    }

    /** The hospital's service desk on the same stores, its reads recorded by {@code reads}. */
    private ServiceDesk deskRecordingInto(Recording reads) {
        InMemoryServiceDesk stores = hospital.desk;
        return ServiceDesk.create(new ServiceDeskPorts(stores.tickets, stores.contacts, stores.numbers, stores.events,
                stores.notifier, stores.directory, stores.transactions, stores.clock, reads),
                DemoHospital.settings(), InMemoryServiceDesk.validator());
    }

    /** A log that hands each batch to a test. */
    @FunctionalInterface
    private interface Recording extends PersonalDataReads {
        @Override
        default List<Recorded> find(ReadAuditQuery query) {
            return List.of();
        }
    }
}
