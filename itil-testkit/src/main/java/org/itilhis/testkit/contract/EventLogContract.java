package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.ContactBuilder.aContact;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventLog} must do: keep each aggregate's events in order, page through
 * the whole log in order for outbox relays, forget appends of rolled-back transactions, and
 * give back every event equal to what was appended. A log that serialises events must
 * handle every {@link TicketEvent} and {@link ContactEvent} type; the round-trip test uses
 * events of real aggregates driven through their commands and fails when a new event type
 * is missing from it.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects an empty log. Positions must increase strictly in append order and become visible
 * in that order (a reader never sees a position before a lower one that commits later);
 * gaps are allowed.
 */
public interface EventLogContract {

    /** The adapter under test, the same one throughout a test method. */
    EventLog events();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void theHistoryOfAnAggregateIsItsEventsInAppendOrder() {
        Ticket printer = worked(aTicket().build());
        Ticket network = worked(aTicket().inGroup(DemoHospital.NETWORK).build());
        List<TicketEvent> printerEvents = printer.pullEvents();
        List<TicketEvent> networkEvents = network.pullEvents();

        // interleaved, some in one transaction, some one by one
        append(List.of(printerEvents.get(0), networkEvents.get(0)));
        for (int i = 1; i < printerEvents.size(); i++) {
            append(List.of(printerEvents.get(i)));
            append(List.of(networkEvents.get(i)));
        }

        assertThat(events().history(printer.id().toString())).containsExactlyElementsOf(printerEvents);
        assertThat(events().history(network.id().toString())).containsExactlyElementsOf(networkEvents);
    }

    @Test
    default void theHistoryOfAnUnknownAggregateIsEmpty() {
        append(aTicket().build().pullEvents());

        assertThat(events().history(aTicket().build().id().toString())).isEmpty();
        assertThat(events().history("no such aggregate")).isEmpty();
    }

    @Test
    default void anEmptyLogReadsEmpty() {
        assertThat(events().readAfter(0, 10)).isEmpty();
        append(List.of());
        assertThat(events().readAfter(0, 10)).isEmpty();
    }

    @Test
    default void readAfterPagesThroughEverythingInOrderWithStrictlyIncreasingPositions() {
        List<DomainEvent> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<TicketEvent> batch = worked(aTicket().build()).pullEvents();
            append(batch);
            appended.addAll(batch);
        }

        List<LoggedEvent> read = new ArrayList<>();
        long position = 0;
        for (List<LoggedEvent> page = events().readAfter(position, 7); !page.isEmpty();
                page = events().readAfter(position, 7)) {
            assertThat(page).hasSizeLessThanOrEqualTo(7);
            read.addAll(page);
            position = page.get(page.size() - 1).position();
        }

        assertThat(read).extracting(LoggedEvent::event).containsExactlyElementsOf(appended);
        assertThat(read).extracting(LoggedEvent::position).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(read.get(0).position()).isPositive();
    }

    @Test
    default void theHeadIsZeroForAnEmptyLogThenThePositionOfTheLastEvent() {
        assertThat(events().head()).isZero();
        append(worked(aTicket().build()).pullEvents());
        List<LoggedEvent> all = events().readAfter(0, 1000);

        assertThat(events().head()).isEqualTo(all.get(all.size() - 1).position());
        append(worked(aTicket().build()).pullEvents());
        assertThat(events().readAfter(all.get(all.size() - 1).position(), 1000))
                .hasSize(5)
                .allSatisfy(event -> assertThat(event.position()).isLessThanOrEqualTo(events().head()));
    }

    @Test
    default void historiesReadTogetherAreEachAggregatesHistory() {
        Ticket printer = worked(aTicket().build());
        Ticket network = worked(aTicket().inGroup(DemoHospital.NETWORK).build());
        List<TicketEvent> printerEvents = printer.pullEvents();
        List<TicketEvent> networkEvents = network.pullEvents();
        append(printerEvents.subList(0, 2));
        append(networkEvents);
        append(printerEvents.subList(2, printerEvents.size()));
        String unknown = aTicket().build().id().toString();

        Map<String, List<DomainEvent>> histories = events().histories(
                List.of(network.id().toString(), unknown, printer.id().toString()));

        assertThat(histories).containsOnlyKeys(network.id().toString(), unknown, printer.id().toString());
        assertThat(histories.get(printer.id().toString())).containsExactlyElementsOf(printerEvents);
        assertThat(histories.get(network.id().toString())).containsExactlyElementsOf(networkEvents);
        assertThat(histories.get(unknown)).isEmpty();
        assertThat(events().histories(List.of())).isEmpty();
    }

    @Test
    default void readAfterStartsAfterTheGivenPositionAndStopsAtTheLimit() {
        List<TicketEvent> appended = worked(aTicket().build()).pullEvents();
        append(appended);
        List<LoggedEvent> all = events().readAfter(0, 1000);

        List<LoggedEvent> middle = events().readAfter(all.get(1).position(), 2);

        assertThat(middle).containsExactly(all.get(2), all.get(3));
        assertThat(events().readAfter(all.get(all.size() - 1).position(), 10)).isEmpty();
        assertThat(events().readAfter(0, 1)).containsExactly(all.get(0));
    }

    @Test
    default void appendsInsideARolledBackTransactionVanish() {
        Ticket kept = worked(aTicket().build());
        Ticket lost = worked(aTicket().build());
        List<TicketEvent> keptEvents = kept.pullEvents();
        List<TicketEvent> lostEvents = lost.pullEvents();
        append(keptEvents.subList(0, 2));

        ContractSupport.rolledBack(transactions(), () -> {
            events().append(lostEvents);
            events().append(keptEvents.subList(2, keptEvents.size()));
        });

        assertThat(events().history(lost.id().toString())).isEmpty();
        assertThat(events().history(kept.id().toString())).containsExactlyElementsOf(keptEvents.subList(0, 2));
        assertThat(events().readAfter(0, 1000)).extracting(LoggedEvent::event)
                .containsExactlyElementsOf(keptEvents.subList(0, 2));
        // later appends are logged after the survivors, as if nothing had happened
        append(keptEvents.subList(2, keptEvents.size()));
        assertThat(events().history(kept.id().toString())).containsExactlyElementsOf(keptEvents);
        List<LoggedEvent> all = events().readAfter(0, 1000);
        assertThat(all).extracting(LoggedEvent::position).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
    }

    /**
     * A reader never steps past an event that becomes visible later: what
     * {@link EventLog#readAfter} returns is a prefix of what it returns later, also while a
     * transaction that appended first is still open and another one appends after it (the
     * later append or the read may wait for the open transaction). Outbox relays such as
     * the SLA monitor keep the last position they read and rely on this. The log may order the
     * two appends either way: by appending or by committing (the JDBC adapter, ADR 0009).
     */
    @Test
    default void aReadIsAlwaysAPrefixOfLaterReadsWhileAnEarlierAppendIsUncommitted() throws Exception {
        List<TicketEvent> early = aTicket().build().pullEvents();
        List<TicketEvent> late = aTicket().build().pullEvents();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> earlyAppend = threads.submit(() -> ContractSupport.committed(transactions(), () -> {
                events().append(early);
                appended.countDown();
                awaitQuietly(commit);
            }));
            assertThat(appended.await(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            Future<?> lateAppend = threads.submit(() -> append(late));
            Thread.sleep(300); // the later append commits now, unless it waits for the earlier one
            Future<List<LoggedEvent>> meanwhile = threads.submit(() -> events().readAfter(0, 1000));
            Thread.sleep(300);
            commit.countDown();
            ContractSupport.result(earlyAppend);
            ContractSupport.result(lateAppend);

            List<LoggedEvent> after = events().readAfter(0, 1000);
            assertThat(after).extracting(LoggedEvent::event)
                    .containsExactlyInAnyOrderElementsOf(ImmutableList.<TicketEvent>builder().addAll(early).addAll(late).build());
            List<LoggedEvent> read = ContractSupport.result(meanwhile);
            assertThat(after).hasSizeGreaterThanOrEqualTo(read.size());
            assertThat(after.subList(0, read.size())).as("a later read starts with what was read meanwhile")
                    .containsExactlyElementsOf(read);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while holding a transaction open", interrupted);
        }
    }

    /**
     * Every ticket and contact event type, as recorded by real aggregates, comes back equal
     * from {@link EventLog#history} and {@link EventLog#readAfter}.
     */
    @Test
    default void everyTicketAndContactEventComesBackEqual() {
        ImmutableList<List<? extends DomainEvent>> histories = EventScenarios.everyEventType();
        List<DomainEvent> appended = new ArrayList<>();
        for (List<? extends DomainEvent> history : histories) {
            append(history);
            appended.addAll(history);
        }

        for (List<? extends DomainEvent> history : histories) {
            assertThat(events().history(history.get(0).aggregateId()))
                    .as("history of %s", history.get(0).aggregateId())
                    .containsExactlyElementsOf(history);
        }
        assertThat(events().readAfter(0, 1000)).extracting(LoggedEvent::event).containsExactlyElementsOf(appended);
        assertThat(typesOf(appended)).as("event types the scenario covers")
                .containsAll(permitted(TicketEvent.class))
                .containsAll(permitted(ContactEvent.class));
    }

    /**
     * Every configuration item event type, as recorded by real items (details with every
     * optional part, relationships, redundancy rules, lifecycle steps with and without a
     * location or note), comes back equal.
     */
    @Test
    default void everyConfigurationItemEventComesBackEqual() {
        List<List<CiEvent>> histories = CmdbScenarios.everyEventType();
        List<DomainEvent> appended = new ArrayList<>();
        for (List<CiEvent> history : histories) {
            append(history);
            appended.addAll(history);
        }

        for (List<CiEvent> history : histories) {
            assertThat(events().history(history.get(0).aggregateId()))
                    .as("history of %s", history.get(0).aggregateId())
                    .containsExactlyElementsOf(history);
        }
        assertThat(events().readAfter(0, 1000)).extracting(LoggedEvent::event).containsExactlyElementsOf(appended);
        assertThat(typesOf(appended)).as("event types the scenario covers").containsAll(permitted(CiEvent.class));
    }

    @Test
    default void theHistoryKeepsTheAggregateTypesApart() {
        Ticket ticket = aTicket().build();
        List<ContactEvent> contactEvents = aContact().raisedAs(ticket.id(), ticket.number()).build().pullEvents();
        List<TicketEvent> ticketEvents = ticket.pullEvents();
        append(ticketEvents);
        append(contactEvents);

        assertThat(events().history(ticket.id().toString())).containsExactlyElementsOf(ticketEvents);
        assertThat(events().history(contactEvents.get(0).aggregateId())).containsExactlyElementsOf(contactEvents);
    }

    private void append(List<? extends DomainEvent> batch) {
        ContractSupport.committed(transactions(), () -> events().append(batch));
    }

    /** Raised, assigned, accepted, started and logged: five events. */
    private static Ticket worked(Ticket ticket) {
        StaffId liu = DemoHospital.ENGINEER_LIU.staffId();
        ticket.assign(ticket.group(), Optional.empty(), SupportTier.FIRST_LINE, DemoHospital.AGENT_CHEN.staffId(),
                TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(1)));
        ticket.accept(liu, TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(2)));
        ticket.start(liu, TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(3)));
        ticket.addWorkLog(5, "looked at it", liu, TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(4)));
        return ticket;
    }

    private static Set<Class<?>> typesOf(List<DomainEvent> events) {
        return events.stream().map(Object::getClass).collect(Collectors.toSet());
    }

    private static List<Class<?>> permitted(Class<?> sealed) {
        return Arrays.asList(sealed.getPermittedSubclasses());
    }
}
