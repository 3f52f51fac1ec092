package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.AccessRule;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.Role;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

class TicketQueryServiceTest {
    private final Hospital hospital = new Hospital();
    private final TicketQueries queries = hospital.desk.desk.queries();

    // ---- the work queue ----------------------------------------------------------------------------

    @Test
    void theQueueIsOrderedByPriorityThenAgeAndHoldsOnlyOpenWorkOfTheActorsGroups() {
        Queue q = new Queue(hospital);

        assertThat(numbers(queries.queue(ENGINEER_LIU, 100)))
                .containsExactly(q.desktopP1, q.desktopP3Older, q.desktopP3Younger, q.desktopP5);
    }

    @Test
    void aSecondLineEngineerSeesOnlyTheQueueOfTheirGroup() {
        Queue q = new Queue(hospital);

        assertThat(numbers(queries.queue(LEAD_WU, 100))).containsExactly(q.hisP3);
    }

    @Test
    void theServiceDeskSeesTheQueueOfEveryGroup() {
        Queue q = new Queue(hospital);

        assertThat(numbers(queries.queue(AGENT_CHEN, 100))).containsExactly(q.desktopP1, q.networkP2,
                q.desktopP3Older, q.hisP3, q.desktopP3Younger, q.accountP4, q.desktopP5);
    }

    @Test
    void theDirectorWithoutGroupsSeesEveryQueue() {
        Queue q = new Queue(hospital);

        assertThat(numbers(queries.queue(DIRECTOR_GAO, 3))).containsExactly(q.desktopP1, q.networkP2,
                q.desktopP3Older);
    }

    @Test
    void theQueueStopsAtTheLimit() {
        Queue q = new Queue(hospital);

        assertThat(numbers(queries.queue(ENGINEER_LIU, 2))).containsExactly(q.desktopP1, q.desktopP3Older);
    }

    @Test
    void theQueuePagesAfterTheGivenPosition() {
        Queue q = new Queue(hospital);

        List<TicketView> first = queries.queue(AGENT_CHEN, 3, Optional.empty());
        List<TicketView> second = queries.queue(AGENT_CHEN, 3, Optional.of(QueuePosition.of(first.get(2))));
        List<TicketView> last = queries.queue(AGENT_CHEN, 3, Optional.of(QueuePosition.of(second.get(2))));

        assertThat(numbers(first)).containsExactly(q.desktopP1, q.networkP2, q.desktopP3Older);
        assertThat(numbers(second)).containsExactly(q.hisP3, q.desktopP3Younger, q.accountP4);
        assertThat(numbers(last)).containsExactly(q.desktopP5);
        assertThat(queries.queue(AGENT_CHEN, 3)).isEqualTo(first);
    }

    @Test
    void aPageOfTheQueueKeepsToTheActorsGroups() {
        Queue q = new Queue(hospital);

        List<TicketView> first = queries.queue(ENGINEER_LIU, 1, Optional.empty());

        assertThat(numbers(queries.queue(ENGINEER_LIU, 10, Optional.of(QueuePosition.of(first.get(0))))))
                .containsExactly(q.desktopP3Older, q.desktopP3Younger, q.desktopP5);
    }

    @Test
    void aQueueLimitOutsideOneToFiveHundredIsRefused() {
        assertThatThrownBy(() -> queries.queue(AGENT_CHEN, 0, Optional.empty()))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> queries.queue(AGENT_CHEN, TicketSearch.MAX_LIMIT + 1, Optional.empty()))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void aReporterHasNoQueue() {
        new Queue(hospital);

        assertThatThrownBy(() -> queries.queue(NURSE_WANG, 10)).isInstanceOf(NotPermittedException.class);
    }

    // ---- search and visibility -----------------------------------------------------------------------

    @Test
    void aReporterFindsOnlyTheirOwnTickets() {
        TicketView wangs = hospital.raiseFor(NURSE_WANG, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);
        TicketView lis = hospital.raiseFor(CLERK_LI, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);
        TicketView wangsOther = hospital.raiseFor(NURSE_WANG, "his", "ONE_PERSON", "DEGRADED", 5);

        assertThat(queries.search(NURSE_WANG, TicketSearch.all(100))).extracting(TicketView::id)
                .containsExactly(wangs.id(), wangsOther.id());
        assertThat(queries.search(CLERK_LI, TicketSearch.all(100))).extracting(TicketView::id)
                .containsExactly(lis.id());
        // asking for someone else's tickets shows nothing of theirs
        assertThat(queries.search(NURSE_WANG, TicketSearch.all(100).withCaller(CLERK_LI.staffId())))
                .extracting(TicketView::id).doesNotContain(lis.id());
    }

    @Test
    void theDeskAndTheDirectorFindEveryonesTicketsAndEngineersTheirGroups() {
        TicketView wangs = hospital.raiseFor(NURSE_WANG, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);
        TicketView lis = hospital.raiseFor(CLERK_LI, "network", "ONE_DEPARTMENT", "DEGRADED", 5);

        assertThat(queries.search(AGENT_CHEN, TicketSearch.all(100))).extracting(TicketView::id)
                .containsExactly(wangs.id(), lis.id());
        assertThat(queries.search(DIRECTOR_GAO, TicketSearch.all(100))).extracting(TicketView::id)
                .containsExactly(wangs.id(), lis.id());
        assertThat(queries.search(AGENT_CHEN, TicketSearch.all(100).withCaller(CLERK_LI.staffId())))
                .extracting(TicketView::id).containsExactly(lis.id());
        assertThat(queries.search(ENGINEER_LIU, TicketSearch.all(100))).extracting(TicketView::id)
                .containsExactly(wangs.id());
        assertThat(queries.search(NETWORK_MA, TicketSearch.all(100).withText("NETWORK")))
                .extracting(TicketView::id).containsExactly(lis.id());
        assertThat(queries.search(ENGINEER_LIU, TicketSearch.all(100).withText("NETWORK"))).isEmpty();
    }

    @Test
    void searchPagesAfterTheGivenPosition() {
        Queue q = new Queue(hospital);

        List<TicketView> first = queries.search(AGENT_CHEN, TicketSearch.queueOf(List.of(), 3));
        List<TicketView> second = queries.search(AGENT_CHEN, TicketSearch.queueOf(List.of(), 3)
                .after(QueuePosition.of(first.get(2))));

        assertThat(numbers(first)).containsExactly(q.desktopP1, q.networkP2, q.desktopP3Older);
        assertThat(numbers(second)).containsExactly(q.hisP3, q.desktopP3Younger, q.accountP4);
        assertThat(numbers(queries.search(NURSE_WANG, TicketSearch.queueOf(List.of(), 2)
                .after(QueuePosition.of(first.get(0)))))).containsExactly(q.hisP3, q.desktopP3Younger);
    }

    /**
     * Under a policy where engineers see only their groups' tickets, an engineer searches
     * among the tickets they called in and some are hidden: the search reads on until the
     * page is full, so a short page still means there are no more.
     */
    @Test
    void aPageShortenedByHiddenTicketsIsFilledFromTheTicketsAfterIt() {
        AccessPolicy groupsOnly = AccessPolicy.of(List.of(
                new AccessRule(Role.FIRST_LINE_ENGINEER, Permission.VIEW_TICKET, Scope.GROUP)));
        TicketQueries strict = new TicketQueryService(hospital.desk.ports, new ServiceDeskSettings(
                PriorityPolicy.hospitalDefault(), DemoHospital.routing(), groupsOnly, Duration.ofDays(3),
                ServiceDeskSettings.CHINA));
        List<TicketNumber> desktop = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hospital.raiseFor(ENGINEER_LIU, "network", "ONE_DEPARTMENT", "DEGRADED", 1);
            hospital.raiseFor(ENGINEER_LIU, "network", "ONE_DEPARTMENT", "DEGRADED", 1);
            desktop.add(hospital.raiseFor(ENGINEER_LIU, "printer", "ONE_DEPARTMENT", "DEGRADED", 1).number());
        }

        List<TicketView> first = strict.search(ENGINEER_LIU, TicketSearch.all(2));
        List<TicketView> rest = strict.search(ENGINEER_LIU, TicketSearch.all(2).after(QueuePosition.of(first.get(1))));

        assertThat(numbers(first)).containsExactly(desktop.get(0), desktop.get(1));
        assertThat(numbers(rest)).containsExactly(desktop.get(2));
    }

    @Test
    void aReporterReadsTheirOwnTicket() {
        TicketView wangs = hospital.raiseFor(NURSE_WANG, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);

        assertThat(queries.ticket(NURSE_WANG, wangs.id())).isEqualTo(wangs);
        assertThat(queries.byNumber(NURSE_WANG, wangs.number())).contains(wangs);
    }

    @Test
    void anotherReportersTicketIsNotFound() {
        TicketView lis = hospital.raiseFor(CLERK_LI, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);

        assertThatThrownBy(() -> queries.ticket(NURSE_WANG, lis.id())).isInstanceOf(TicketNotFoundException.class);
        assertThat(queries.byNumber(NURSE_WANG, lis.number())).isEmpty();
        assertThatThrownBy(() -> queries.history(NURSE_WANG, lis.id())).isInstanceOf(TicketNotFoundException.class);
    }

    @Test
    void anUnknownTicketIsNotFoundJustLikeAHiddenOne() {
        TicketId unknown = new TicketId(UUID.randomUUID());

        assertThatThrownBy(() -> queries.ticket(AGENT_CHEN, unknown))
                .isInstanceOfSatisfying(TicketNotFoundException.class,
                        notFound -> assertThat(notFound.code()).isEqualTo("ticket.not-found"));
        assertThat(queries.byNumber(AGENT_CHEN, TicketNumber.parse("INC-2026-000999"))).isEmpty();
    }

    @Test
    void theViewOfATicketShowsItsStoredState() {
        TicketView raised = hospital.raiseFor(NURSE_WANG, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);
        hospital.handle(new TicketCommand.OverridePriority(LEAD_SUN, raised.id(), null, Priority.P1,
                "theatre wristbands"));

        TicketView view = queries.ticket(ENGINEER_LIU, raised.id());

        assertThat(view.priority()).isEqualTo(Priority.P1);
        assertThat(view.priorityOverride()).isPresent();
        assertThat(view.version()).isEqualTo(hospital.stored(raised.id()).version());
        assertThat(view.allowedActions()).isEqualTo(
                hospital.desk.tickets.find(raised.id()).orElseThrow().allowedActions());
    }

    // ---- history ----------------------------------------------------------------------------------------

    @Test
    void theHistoryIsTheTicketsEventsOldestFirst() {
        TicketView ticket = hospital.raiseFor(NURSE_WANG, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, ticket.id(), null, DESKTOP, ENGINEER_LIU.staffId()));
        hospital.handle(new TicketCommand.Start(ENGINEER_LIU, ticket.id(), null));
        hospital.raiseFor(CLERK_LI, "printer", "ONE_DEPARTMENT", "DEGRADED", 5);
        hospital.handle(new TicketCommand.Resolve(ENGINEER_LIU, ticket.id(), null, ResolutionCode.FIXED, "roller"));

        List<DomainEvent> history = queries.history(NURSE_WANG, ticket.id());

        assertThat(history).extracting(DomainEvent::type).containsExactly("ticket.raised", "ticket.assigned",
                "ticket.started", "ticket.resolved");
        assertThat(history).allSatisfy(event ->
                assertThat(((TicketEvent) event).ticketId()).isEqualTo(ticket.id()));
        assertThat(history).extracting(DomainEvent::occurredAt).isSorted();
        assertThat(history).isEqualTo(hospital.log().stream()
                .filter(event -> event.aggregateId().equals(ticket.id().toString())).toList());
        assertThat(history).extracting(DomainEvent::actor).containsExactly(AGENT_CHEN.staffId(),
                AGENT_CHEN.staffId(), ENGINEER_LIU.staffId(), ENGINEER_LIU.staffId());
    }

    private static List<TicketNumber> numbers(List<TicketView> views) {
        return views.stream().map(TicketView::number).toList();
    }

    /**
     * Open and finished tickets of several groups, raised ten minutes apart. In priority
     * order: desktop P1, network P2, desktop P3 (older), HIS P3, desktop P3 (younger),
     * account P4, desktop P5; and a resolved desktop P2 and a cancelled desktop P1 that are
     * no longer in any queue.
     */
    private static final class Queue {
        final TicketNumber desktopP5;
        final TicketNumber desktopP3Older;
        final TicketNumber hisP3;
        final TicketNumber desktopP1;
        final TicketNumber networkP2;
        final TicketNumber desktopP3Younger;
        final TicketNumber accountP4;

        Queue(Hospital h) {
            desktopP5 = h.raiseFor(NURSE_WANG, "printer", "ONE_PERSON", "NO_CLINICAL_EFFECT", 10).number();
            desktopP3Older = h.raiseFor(CLERK_LI, "printer", "ONE_DEPARTMENT", "DEGRADED", 10).number();
            hisP3 = h.raiseFor(NURSE_WANG, "his.pharmacy", "ONE_DEPARTMENT", "DEGRADED", 10).number();
            TicketView resolved = h.raiseFor(CLERK_LI, "desktop", "WHOLE_HOSPITAL", "DEGRADED", 10);
            desktopP1 = h.raiseFor(NURSE_WANG, "desktop", "WHOLE_HOSPITAL", "PATIENT_CARE_STOPPED", 10).number();
            networkP2 = h.raiseFor(CLERK_LI, "network", "WHOLE_HOSPITAL", "DEGRADED", 10).number();
            TicketView cancelled = h.raiseFor(CLERK_LI, "printer", "WHOLE_HOSPITAL", "PATIENT_CARE_STOPPED", 10);
            desktopP3Younger = h.raiseFor(NURSE_WANG, "printer", "ONE_DEPARTMENT", "DEGRADED", 10).number();
            accountP4 = h.raiseFor(NURSE_WANG, "account", "ONE_PERSON", "SEVERELY_DEGRADED", 10).number();

            h.handle(new TicketCommand.Accept(ENGINEER_LIU, resolved.id(), null));
            h.handle(new TicketCommand.Start(ENGINEER_LIU, resolved.id(), null));
            h.handle(new TicketCommand.Resolve(ENGINEER_LIU, resolved.id(), null, ResolutionCode.FIXED, "done"));
            h.handle(new TicketCommand.Cancel(CLERK_LI, cancelled.id(), null, "logged twice"));
        }
    }
}
