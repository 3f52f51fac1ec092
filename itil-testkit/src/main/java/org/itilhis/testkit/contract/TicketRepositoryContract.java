package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.TicketBuilder.aTicket;
import static org.itilhis.testkit.contract.TicketSearchFixture.ACCOUNT;
import static org.itilhis.testkit.contract.TicketSearchFixture.EARLIER;
import static org.itilhis.testkit.contract.TicketSearchFixture.HIS;
import static org.itilhis.testkit.contract.TicketSearchFixture.MOUSE;
import static org.itilhis.testkit.contract.TicketSearchFixture.NETWORK;
import static org.itilhis.testkit.contract.TicketSearchFixture.PRINTER;
import static org.itilhis.testkit.contract.TicketSearchFixture.QUEUE_ORDER;
import static org.itilhis.testkit.contract.TicketSearchFixture.TIE_A;
import static org.itilhis.testkit.contract.TicketSearchFixture.TIE_B;
import static org.itilhis.testkit.contract.TicketSearchFixture.TONER;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityOverride;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.HoldReason;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Satisfaction;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link TicketRepository} must do: store a ticket's whole state, find it by id
 * and by number, lock optimistically, keep ticket numbers unique, search in work-queue order
 * and page through the results after a {@link QueuePosition}, hand out independent copies and
 * take part in transactions.
 *
 * <p>To run it, implement this interface in a test class and return the adapter under test:
 * <pre>{@code
 * class JdbcTicketRepositoryIT implements TicketRepositoryContract {
 *     final JdbcTransactions transactions = ...;              // on a schema of its own
 *     final JdbcTicketRepository tickets = new JdbcTicketRepository(transactions);
 *
 *     @BeforeEach void emptyTables() { ... }
 *     public TicketRepository tickets() { return tickets; }
 *     public Transactions transactions() { return transactions; }
 * }
 * }</pre>
 *
 * <p>Each test expects empty storage and calls the factory methods many times: return the
 * same adapters throughout one test method. Every write runs inside
 * {@code transactions().inTransaction(...)}; reads run outside one. Instants carry
 * microseconds, and texts Chinese characters outside the Basic Multilingual Plane, both of
 * which a store must keep.
 */
public interface TicketRepositoryContract {

    /** The adapter under test, the same one throughout a test method. */
    TicketRepository tickets();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    // ---- saving and finding -----------------------------------------------------------

    @Test
    default void aSavedNewTicketIsFoundByIdAndByNumberWithAnEqualSnapshot() {
        Ticket ticket = aTicket().withId(tickets().nextId()).build();

        store(ticket);

        assertThat(tickets().find(ticket.id())).map(Ticket::snapshot).contains(ticket.snapshot());
        assertThat(tickets().findByNumber(ticket.number())).map(Ticket::snapshot).contains(ticket.snapshot());
    }

    /** Tickets in every state, and with every optional part present or absent, come back equal. */
    @TestFactory
    default Stream<DynamicTest> everyKindOfTicketComesBackEqual() {
        Map<String, TicketBuilder> kinds = new LinkedHashMap<>();
        for (TicketStatus status : TicketStatus.values()) {
            kinds.put("a ticket " + status, aTicket().inState(status));
        }
        kinds.put("a service request", aTicket().serviceRequest().withPriority(Priority.P4));
        kinds.put("a major incident", aTicket().majorIncident().inGroup(DemoHospital.HIS_SUPPORT).assigned());
        kinds.put("a ticket with no location, CI class or origin", aTicket().withoutLocation());
        return kinds.entrySet().stream().map(kind -> DynamicTest.dynamicTest(kind.getKey(), () -> {
            Ticket ticket = kind.getValue().withId(tickets().nextId()).build();
            store(ticket);
            assertThat(load(ticket.id()).snapshot()).isEqualTo(ticket.snapshot());
        }));
    }

    @Test
    default void aTicketWithEveryPartFilledComesBackEqual() {
        Ticket ticket = everyPartFilled(tickets().nextId());

        store(ticket);

        TicketSnapshot stored = load(ticket.id()).snapshot();
        assertThat(stored).isEqualTo(ticket.snapshot());
        assertThat(stored.satisfaction()).isPresent();
        assertThat(stored.override()).isPresent();
        assertThat(stored.workLog()).hasSize(2);
        assertThat(stored.linkedContacts()).hasSize(2);
    }

    @Test
    default void unknownIdsAndNumbersAreNotFound() {
        store(aTicket().withId(tickets().nextId()).withNumber(TicketNumber.parse("INC-2026-000001")).build());

        assertThat(tickets().find(tickets().nextId())).isEmpty();
        assertThat(tickets().findByNumber(TicketNumber.parse("INC-2026-000002"))).isEmpty();
        assertThat(tickets().findByNumber(TicketNumber.parse("REQ-2026-000001"))).isEmpty();
        assertThat(tickets().findByNumber(TicketNumber.parse("INC-2025-000001"))).isEmpty();
    }

    @Test
    default void savingAChangedTicketStoresItsNewStateAndBumpsTheVersionByItsEvents() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);
        Ticket ticket = load(raised.id());

        ticket.assign(DemoHospital.DESKTOP, Optional.empty(), SupportTier.FIRST_LINE, desk(), later(1));
        ticket.accept(DemoHospital.ENGINEER_LIU.staffId(), later(2));
        store(ticket);

        Ticket stored = load(raised.id());
        assertThat(stored.version()).isEqualTo(raised.version() + 2);
        assertThat(stored.snapshot()).isEqualTo(ticket.snapshot());
        assertThat(tickets().findByNumber(raised.number())).map(Ticket::version).contains(raised.version() + 2);
    }

    @Test
    default void savingAnUnchangedTicketKeepsItsVersion() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);

        store(load(raised.id()));

        assertThat(load(raised.id()).snapshot()).isEqualTo(raised.snapshot());
    }

    // ---- optimistic locking -------------------------------------------------------------

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndTheFirstWins() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);
        Ticket first = load(raised.id());
        Ticket second = load(raised.id());
        first.assign(DemoHospital.DESKTOP, Optional.of(DemoHospital.ENGINEER_LIU.staffId()), SupportTier.FIRST_LINE,
                desk(), later(1));
        second.cancel("the caller found a spare printer", caller(), later(2));

        store(first);

        assertThatThrownBy(() -> store(second))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo("ticket.version-conflict");
                    assertThat(conflict.expected()).isEqualTo(raised.version());
                });
        assertThat(load(raised.id()).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aStaleSaveAfterAnotherWritersSuccessfulOneIsRefused() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);
        Ticket mine = load(raised.id());
        mine.assign(DemoHospital.DESKTOP, Optional.of(DemoHospital.ENGINEER_LIU.staffId()), SupportTier.FIRST_LINE,
                desk(), later(1));
        store(mine);
        Ticket theirs = load(raised.id());
        theirs.escalateToLead("printer is needed for discharges", desk(), later(2));
        store(theirs);

        mine.start(DemoHospital.ENGINEER_LIU.staffId(), later(3));

        assertThatThrownBy(() -> store(mine)).isInstanceOf(VersionConflictException.class);
        assertThat(load(raised.id()).snapshot()).isEqualTo(theirs.snapshot());
    }

    /** Saving twice without pulling the events is a retry of the same change, not a second one. */
    @Test
    default void aRepeatedSaveOfTheSameChangesIsRefused() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);
        Ticket ticket = load(raised.id());
        ticket.escalateToLead("waiting too long", desk(), later(1));
        ContractSupport.committed(transactions(), () -> tickets().save(ticket));

        assertThatThrownBy(() -> ContractSupport.committed(transactions(), () -> tickets().save(ticket)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(load(raised.id()).version()).isEqualTo(raised.version() + 1);
    }

    @Test
    default void aNewTicketWhoseNumberExistsIsRefused() {
        TicketNumber number = TicketNumber.parse("INC-2026-000042");
        Ticket first = aTicket().withId(tickets().nextId()).withNumber(number).build();
        store(first);
        Ticket clash = aTicket().withId(tickets().nextId()).withNumber(number).withSummary("Another ticket").build();

        assertThatThrownBy(() -> store(clash)).isInstanceOf(VersionConflictException.class);

        assertThat(tickets().find(clash.id())).isEmpty();
        assertThat(tickets().findByNumber(number)).map(Ticket::snapshot).contains(first.snapshot());
    }

    @Test
    default void theSameSequenceInAnotherTypeOrYearIsAnotherNumber() {
        Ticket incident = aTicket().withId(tickets().nextId()).withNumber(TicketNumber.parse("INC-2026-000007")).build();
        Ticket request = aTicket().withId(tickets().nextId()).withNumber(TicketNumber.parse("REQ-2026-000007")).build();
        Ticket lastYear = aTicket().withId(tickets().nextId()).withNumber(TicketNumber.parse("INC-2025-000007"))
                .build();

        store(incident);
        store(request);
        store(lastYear);

        assertThat(tickets().findByNumber(request.number())).map(Ticket::id).contains(request.id());
        assertThat(tickets().findByNumber(request.number())).map(Ticket::type).contains(TicketType.SERVICE_REQUEST);
        assertThat(tickets().findByNumber(lastYear.number())).map(Ticket::id).contains(lastYear.id());
        assertThat(tickets().findByNumber(incident.number())).map(Ticket::id).contains(incident.id());
    }

    @Test
    default void aNewTicketWhoseIdExistsIsRefused() {
        Ticket first = aTicket().withId(tickets().nextId()).build();
        store(first);
        Ticket twin = aTicket().withId(first.id()).withSummary("A twin").build();

        assertThatThrownBy(() -> store(twin)).isInstanceOf(VersionConflictException.class);

        assertThat(load(first.id()).snapshot()).isEqualTo(first.snapshot());
        assertThat(tickets().findByNumber(twin.number())).isEmpty();
    }

    @Test
    default void nextTicketIdNeverRepeats() {
        Set<TicketId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(ids.add(tickets().nextId())).as("id %s is new", i).isTrue();
        }
    }

    // ---- independent copies and transactions ---------------------------------------------

    @Test
    default void aFoundTicketIsAnIndependentCopy() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);
        TicketSnapshot stored = raised.snapshot();

        Ticket byId = load(raised.id());
        byId.cancel("changed on a copy only", caller(), later(1));
        Ticket byNumber = tickets().findByNumber(raised.number()).orElseThrow();
        byNumber.addWorkLog(10, "changed on another copy only", DemoHospital.ENGINEER_LIU.staffId(), later(2));
        raised.escalateToLead("changed on the saved instance after saving", desk(), later(3));

        assertThat(byId).isNotSameAs(byNumber);
        assertThat(load(raised.id()).snapshot()).isEqualTo(stored);
        assertThat(tickets().search(TicketSearch.all(10))).extracting(Ticket::snapshot).containsExactly(stored);
    }

    @Test
    default void aNewTicketSavedInATransactionThatThrowsIsRolledBack() {
        Ticket ticket = aTicket().withId(tickets().nextId()).build();

        ContractSupport.rolledBack(transactions(), () -> tickets().save(ticket));

        assertThat(tickets().find(ticket.id())).isEmpty();
        assertThat(tickets().findByNumber(ticket.number())).isEmpty();
        assertThat(tickets().search(TicketSearch.all(10))).isEmpty();
        // nothing is left behind that would block saving it for real
        store(ticket);
        assertThat(load(ticket.id()).snapshot()).isEqualTo(ticket.snapshot());
    }

    @Test
    default void anUpdateSavedInATransactionThatThrowsIsRolledBack() {
        Ticket raised = aTicket().withId(tickets().nextId()).build();
        store(raised);
        Ticket ticket = load(raised.id());
        ticket.assign(DemoHospital.NETWORK, Optional.of(DemoHospital.NETWORK_MA.staffId()), SupportTier.SECOND_LINE,
                desk(), later(1));

        ContractSupport.rolledBack(transactions(), () -> tickets().save(ticket));

        assertThat(load(raised.id()).snapshot()).isEqualTo(raised.snapshot());
        assertThat(tickets().search(TicketSearchFixture.groups(DemoHospital.NETWORK))).isEmpty();
        store(ticket);
        assertThat(load(raised.id()).snapshot()).isEqualTo(ticket.snapshot());
    }

    // ---- search ----------------------------------------------------------------------------

    @Test
    default void anEmptySearchFindsEverythingInWorkQueueOrder() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.all())).containsExactlyElementsOf(QUEUE_ORDER);
    }

    @Test
    default void searchRespectsTheLimitAfterOrdering() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.limit(4))).containsExactly(HIS, TIE_A, TIE_B, NETWORK);
        assertThat(numbers(TicketSearchFixture.limit(1))).containsExactly(HIS);
        assertThat(numbers(TicketSearchFixture.limit(TicketSearch.MAX_LIMIT))).containsExactlyElementsOf(QUEUE_ORDER);
        // the limit applies to the filtered, ordered result
        assertThat(numbers(TicketSearchFixture.limit(2)
                .withStatuses(ImmutableSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED))
                .withGroups(ImmutableSet.of(DemoHospital.DESKTOP)))).containsExactly(TIE_A, TIE_B);
    }

    /**
     * Tickets of equal priority raised at the same instant come in number order: type, year,
     * then sequence as a number, also beyond six digits where the text of a number sorts
     * differently ({@code INC-2026-1000000} before {@code INC-2026-999999}).
     */
    @Test
    default void searchBreaksTiesByNumberComparingSequencesAsNumbers() {
        for (String number : List.of("REQ-2025-000001", "INC-2026-1000000", "INC-2026-999999", "INC-2025-2000000",
                "INC-2026-000002")) {
            store(aTicket().withId(tickets().nextId()).withNumber(TicketNumber.parse(number)).withPriority(Priority.P4)
                    .build());
        }

        assertThat(numbers(TicketSearch.all(10))).containsExactly("INC-2025-2000000", "INC-2026-000002",
                "INC-2026-999999", "INC-2026-1000000", "REQ-2025-000001");
    }

    @Test
    default void searchFiltersByStatus() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.statuses(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS)))
                .containsExactly(HIS, TIE_A, PRINTER);
        assertThat(numbers(TicketSearchFixture.statuses(TicketStatus.NEW))).containsExactly(TIE_B, EARLIER, ACCOUNT);
        assertThat(numbers(TicketSearchFixture.statuses(TicketStatus.CLOSED))).isEmpty();
    }

    @Test
    default void searchFiltersByType() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.type(TicketType.SERVICE_REQUEST))).containsExactly(ACCOUNT);
        assertThat(numbers(TicketSearchFixture.type(TicketType.INCIDENT)))
                .containsExactly(HIS, TIE_A, TIE_B, NETWORK, EARLIER, PRINTER, TONER, MOUSE);
    }

    @Test
    default void searchFiltersByOwningGroups() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.groups(DemoHospital.NETWORK, DemoHospital.HIS_SUPPORT)))
                .containsExactly(HIS, NETWORK);
        assertThat(numbers(TicketSearchFixture.groups(DemoHospital.DESKTOP)))
                .containsExactly(TIE_A, TIE_B, EARLIER, PRINTER, TONER, MOUSE);
        assertThat(numbers(TicketSearchFixture.groups(DemoHospital.HIS_VENDOR))).isEmpty();
    }

    @Test
    default void searchFiltersByEngineer() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.engineer(DemoHospital.ENGINEER_LIU.staffId())))
                .containsExactly(TIE_A, PRINTER);
        assertThat(numbers(TicketSearchFixture.engineer(DemoHospital.ENGINEER_ZHOU.staffId()))).containsExactly(TONER);
        assertThat(numbers(TicketSearchFixture.engineer(DemoHospital.AGENT_CHEN.staffId()))).isEmpty();
    }

    @Test
    default void searchFiltersByCaller() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.caller(DemoHospital.NURSE_WANG.staffId())))
                .containsExactly(EARLIER, PRINTER, ACCOUNT);
        assertThat(numbers(TicketSearchFixture.caller(DemoHospital.CLERK_LI.staffId())))
                .containsExactly(HIS, TIE_B, MOUSE);
    }

    /** A reader's reach: the tickets they called in, or their groups own, or are assigned to them, in any combination. */
    @Test
    default void searchWithinAReachFindsTheTicketsOfAnyOfItsThreeWaysAndNoOthers() {
        TicketSearchFixture.store(tickets(), transactions());
        StaffId wang = DemoHospital.NURSE_WANG.staffId();
        StaffId zhou = DemoHospital.ENGINEER_ZHOU.staffId();

        assertThat(numbers(TicketSearchFixture.within(Optional.of(wang), ImmutableSet.of(DemoHospital.NETWORK),
                Optional.of(zhou)))).containsExactly(NETWORK, EARLIER, PRINTER, TONER, ACCOUNT);
        assertThat(numbers(TicketSearchFixture.within(Optional.empty(), ImmutableSet.of(DemoHospital.HIS_SUPPORT),
                Optional.empty()))).containsExactly(HIS);
        assertThat(numbers(TicketSearchFixture.within(Optional.empty(), ImmutableSet.of(), Optional.of(zhou))))
                .containsExactly(TONER);
        assertThat(numbers(TicketSearchFixture.within(Optional.empty(), ImmutableSet.of(), Optional.empty()))).isEmpty();
        // the reach narrows the other criteria, it does not widen them
        assertThat(numbers(TicketSearchFixture.within(Optional.of(wang), ImmutableSet.of(DemoHospital.NETWORK),
                Optional.empty()).withGroups(ImmutableSet.of(DemoHospital.DESKTOP)))).containsExactly(EARLIER, PRINTER);
    }

    @Test
    default void searchFiltersByPriority() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.priority(Priority.P2))).containsExactly(TIE_A, TIE_B, NETWORK);
        assertThat(numbers(TicketSearchFixture.priority(Priority.P3))).containsExactly(EARLIER, PRINTER, TONER);
    }

    @Test
    default void searchFiltersByDepartment() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.department(DemoHospital.RADIOLOGY)))
                .containsExactly(TIE_A, NETWORK, TONER);
        assertThat(numbers(TicketSearchFixture.department(DemoHospital.IT))).isEmpty();
    }

    /** Reports read the tickets raised in their period: from inclusive, to exclusive. */
    @Test
    default void searchFiltersByTheInstantOfRaising() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.raisedWithin(5, 30))).containsExactly(HIS, TIE_A, TIE_B, NETWORK);
        assertThat(numbers(TicketSearchFixture.raisedWithin(-60, 1))).containsExactly(EARLIER, PRINTER);
        assertThat(numbers(TicketSearchFixture.raisedWithin(51, 600))).isEmpty();
    }

    @Test
    default void searchFindsTextInSummaryOrDescriptionIgnoringCase() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.text("Printer"))).containsExactly(TIE_B, PRINTER, TONER);
        assertThat(numbers(TicketSearchFixture.text("  WRISTBANDS "))).containsExactly(PRINTER);
        assertThat(numbers(TicketSearchFixture.text("registration"))).containsExactly(HIS, MOUSE);
        assertThat(numbers(TicketSearchFixture.text("not in any ticket"))).isEmpty();
    }

    /** {@code %} and {@code _} are text, not SQL {@code LIKE} wildcards. */
    @Test
    default void searchTextMatchesWildcardCharactersLiterally() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.text("100%"))).containsExactly(NETWORK);
        assertThat(numbers(TicketSearchFixture.text("10_"))).isEmpty();
        assertThat(numbers(TicketSearchFixture.text("%"))).containsExactly(NETWORK);
    }

    @Test
    default void searchCriteriaAreCombinedWithAnd() {
        TicketSearchFixture.store(tickets(), transactions());

        TicketSearch newDesktopWorkOfClerkLi = TicketSearchFixture.statuses(TicketStatus.NEW)
                .withGroups(ImmutableSet.of(DemoHospital.DESKTOP))
                .withCaller(DemoHospital.CLERK_LI.staffId());
        assertThat(numbers(newDesktopWorkOfClerkLi)).containsExactly(TIE_B);
        assertThat(numbers(TicketSearchFixture.caller(DemoHospital.CLERK_LI.staffId()).withText("printer")))
                .containsExactly(TIE_B);
    }

    /** Search and order use the effective priority: a manual override counts, not the matrix. */
    @Test
    default void searchUsesTheOverriddenPriority() {
        TicketSearchFixture.store(tickets(), transactions());
        Ticket account = tickets().findByNumber(TicketNumber.parse(ACCOUNT)).orElseThrow();
        account.overridePriority(new PriorityOverride(Priority.P1, "ward cannot chart without it",
                DemoHospital.LEAD_SUN.staffId(), later(100)), DemoHospital.LEAD_SUN.staffId(), later(100));
        store(account);

        assertThat(numbers(TicketSearchFixture.priority(Priority.P1))).containsExactly(HIS, ACCOUNT);
        assertThat(numbers(TicketSearchFixture.priority(Priority.P4))).isEmpty();
        assertThat(numbers(TicketSearchFixture.limit(3))).containsExactly(HIS, ACCOUNT, TIE_A);
    }

    @Test
    default void searchSeesEveryChangeSaved() {
        TicketSearchFixture.store(tickets(), transactions());
        Ticket tieB = tickets().findByNumber(TicketNumber.parse(TIE_B)).orElseThrow();
        tieB.escalate(DemoHospital.NETWORK, "the numbering machine is on the network", desk(), later(100));
        store(tieB);

        assertThat(numbers(TicketSearchFixture.groups(DemoHospital.NETWORK))).containsExactly(TIE_B, NETWORK);
        assertThat(numbers(TicketSearchFixture.statuses(TicketStatus.NEW))).containsExactly(EARLIER, ACCOUNT);
    }

    // ---- paging after a position --------------------------------------------------------------

    /** Searching after the position of the last ticket of each page reads every match once, in order. */
    @Test
    default void pagingAfterTheLastTicketFoundReadsEveryMatchOnceInWorkQueueOrder() {
        TicketSearchFixture.store(tickets(), transactions());

        List<List<String>> pages = pages(TicketSearchFixture.limit(2));

        assertThat(pages).containsExactly(List.of(HIS, TIE_A), List.of(TIE_B, NETWORK), List.of(EARLIER, PRINTER),
                List.of(TONER, ACCOUNT), List.of(MOUSE));
    }

    /** TIE_A and TIE_B share priority and raised-at (to the microsecond): the number decides. */
    @Test
    default void aPositionTiedOnPriorityAndRaisedAtIsFollowedByTheHigherNumbers() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(numbers(TicketSearchFixture.limit(1).after(position(TIE_A)))).containsExactly(TIE_B);
        assertThat(numbers(TicketSearchFixture.limit(2).after(position(HIS)))).containsExactly(TIE_A, TIE_B);
        assertThat(numbers(TicketSearchFixture.limit(1).after(position(TIE_B)))).containsExactly(NETWORK);
        assertThat(numbers(TicketSearchFixture.all().after(position(MOUSE)))).isEmpty();
    }

    /** A position need not be a stored ticket's: the search starts with the first ticket after it. */
    @Test
    default void aPositionBetweenStoredTicketsStartsAtTheNextOne() {
        TicketSearchFixture.store(tickets(), transactions());
        Instant tie = TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(5));

        assertThat(numbers(TicketSearchFixture.limit(1).after(between(Priority.P2, tie, "INC-2026-000100"))))
                .containsExactly(TIE_A);
        assertThat(numbers(TicketSearchFixture.limit(1)
                .after(between(Priority.P2, tie.minusNanos(1_000), "REQ-2099-999999")))).containsExactly(TIE_A);
        assertThat(numbers(TicketSearchFixture.limit(1).after(between(Priority.P2, tie, "REQ-2026-000001"))))
                .containsExactly(NETWORK);
        assertThat(numbers(TicketSearchFixture.limit(1)
                .after(between(Priority.P2, tie.plusNanos(1_000), "INC-2000-000001")))).containsExactly(NETWORK);
        assertThat(numbers(TicketSearchFixture.limit(2).after(between(Priority.P3, Instant.EPOCH, "INC-2000-000001"))))
                .containsExactly(EARLIER, PRINTER);
        assertThat(numbers(TicketSearchFixture.all().after(between(Priority.P1, Instant.EPOCH, "INC-2000-000001"))))
                .containsExactlyElementsOf(QUEUE_ORDER);
        assertThat(numbers(TicketSearchFixture.all().after(between(Priority.P5, Instant.parse("2999-01-01T00:00:00Z"),
                "INC-2000-000001")))).isEmpty();
    }

    @Test
    default void pagingCombinesWithTheOtherCriteria() {
        TicketSearchFixture.store(tickets(), transactions());

        assertThat(pages(TicketSearchFixture.limit(2)
                .withStatuses(ImmutableSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED))
                .withGroups(ImmutableSet.of(DemoHospital.DESKTOP))))
                .containsExactly(List.of(TIE_A, TIE_B), List.of(EARLIER, PRINTER));
        assertThat(pages(TicketSearchFixture.text("printer").withLimit(1)))
                .containsExactly(List.of(TIE_B), List.of(PRINTER), List.of(TONER));
        assertThat(numbers(TicketSearchFixture.caller(DemoHospital.CLERK_LI.staffId()).after(position(HIS))))
                .containsExactly(TIE_B, MOUSE);
        assertThat(numbers(TicketSearchFixture.priority(Priority.P3).after(position(NETWORK))))
                .containsExactly(EARLIER, PRINTER, TONER);
        assertThat(numbers(TicketSearchFixture.type(TicketType.SERVICE_REQUEST).after(position(ACCOUNT)))).isEmpty();
    }

    /** The position is taken at the effective priority: an overridden ticket is paged where it now stands. */
    @Test
    default void pagingFollowsTheOverriddenPriority() {
        TicketSearchFixture.store(tickets(), transactions());
        Ticket account = tickets().findByNumber(TicketNumber.parse(ACCOUNT)).orElseThrow();
        account.overridePriority(new PriorityOverride(Priority.P1, "ward cannot chart without it",
                DemoHospital.LEAD_SUN.staffId(), later(100)), DemoHospital.LEAD_SUN.staffId(), later(100));
        store(account);

        assertThat(pages(TicketSearchFixture.limit(4))).containsExactly(List.of(HIS, ACCOUNT, TIE_A, TIE_B),
                List.of(NETWORK, EARLIER, PRINTER, TONER), List.of(MOUSE));
    }

        // ---- helpers ------------------------------------------------------------------------------

    /** Saves in a transaction of its own and hands the events over, as a service does. */
    private void store(Ticket ticket) {
        ContractSupport.committed(transactions(), () -> tickets().save(ticket));
        ticket.pullEvents();
    }

    private Ticket load(TicketId id) {
        return tickets().find(id).orElseThrow(() -> new AssertionError("ticket " + id + " is not stored"));
    }

    private List<String> numbers(TicketSearch search) {
        return tickets().search(search).stream().map(ticket -> ticket.number().toString()).toList();
    }

    /**
     * Every page of {@code search}, each after the position of the previous page's last
     * ticket (taken from its view, as a driving adapter does), until a short page.
     */
    private List<List<String>> pages(TicketSearch search) {
        List<List<String>> pages = new ArrayList<>();
        List<Ticket> page = tickets().search(search);
        while (!page.isEmpty()) {
            pages.add(page.stream().map(ticket -> ticket.number().toString()).toList());
            if (page.size() < search.limit()) {
                break;
            }
            page = tickets().search(search.after(QueuePosition.of(TicketView.of(page.get(page.size() - 1)))));
            assertThat(pages).as("more pages than tickets").hasSizeLessThan(20);
        }
        return pages;
    }

    private QueuePosition position(String number) {
        return QueuePosition.of(tickets().findByNumber(TicketNumber.parse(number)).orElseThrow());
    }

    private static QueuePosition between(Priority priority, Instant raisedAt, String number) {
        return new QueuePosition(priority, raisedAt, TicketNumber.parse(number));
    }

    private static Instant later(int minutes) {
        return TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(minutes)).plusNanos(1_000);
    }

    private static StaffId desk() {
        return DemoHospital.AGENT_CHEN.staffId();
    }

    private static StaffId caller() {
        return DemoHospital.NURSE_WANG.staffId();
    }

    /**
     * A closed, rated incident with every optional part present: origin, location, CI class,
     * linked contacts, work log, response and resolution times, a manual priority override, a
     * reassignment to the second line, and Chinese text (one character outside the BMP).
     */
    private static Ticket everyPartFilled(TicketId id) {
        StaffId huang = DemoHospital.SPECIALIST_HUANG.staffId();
        StaffId liu = DemoHospital.ENGINEER_LIU.staffId();
        StaffId lead = DemoHospital.LEAD_WU.staffId();
        Ticket t = aTicket().withId(id).raisedFrom(new ContactId(new UUID(1, 1))).inCategory("his.pharmacy")
                .aboutCiClass("his-client").withSummary("药房发药界面卡死 (pharmacy dispensing screen hangs)")
                .withDescription("吉祥的𠮷: the pharmacist's name shows as '?' and dispensing stops").build();
        t.linkContact(new ContactId(new UUID(1, 2)), desk(), later(1));
        t.linkContact(new ContactId(new UUID(1, 3)), desk(), later(2));
        t.assign(DemoHospital.DESKTOP, Optional.of(liu), SupportTier.FIRST_LINE, desk(), later(3));
        t.accept(liu, later(4));
        t.start(liu, later(5));
        t.addWorkLog(15, "Restarted the HIS client; no change", liu, later(6));
        t.hold(HoldReason.AWAITING_VENDOR, "waiting for the vendor's patch", liu, later(7));
        t.resume(liu, later(8));
        t.reprioritise(PriorityPolicy.hospitalDefault().assess(new PriorityFactors(Impact.ONE_DEPARTMENT,
                Urgency.SEVERELY_DEGRADED, ServiceCriticality.CLINICAL_CRITICAL, false)), "the pharmacy is clinical",
                liu, later(9));
        t.overridePriority(new PriorityOverride(Priority.P1, "patients wait for discharge medicine", lead,
                later(10)), lead, later(10));
        t.escalate(DemoHospital.HIS_SUPPORT, "needs the HIS specialists", liu, later(11));
        t.assign(DemoHospital.HIS_SUPPORT, Optional.of(huang), SupportTier.SECOND_LINE, lead, later(12));
        t.start(huang, later(13));
        t.addWorkLog(40, "Fixed the font mapping of the dispensing screen", huang, later(14));
        t.resolve(ResolutionCode.CONFIGURATION_CORRECTED, "Font mapping corrected; 𠮷 shows again", huang,
                later(15));
        t.confirm(DemoHospital.NURSE_WANG.staffId(), later(16));
        t.rate(new Satisfaction(5, "很快，谢谢"), DemoHospital.NURSE_WANG.staffId(), later(17));
        return t;
    }
}
