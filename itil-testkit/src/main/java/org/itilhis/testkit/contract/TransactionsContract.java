package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.itilhis.testkit.ContactBuilder.aContact;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.out.ContactRepository;
import org.itilhis.ports.out.EventLog;
import org.itilhis.ports.out.LoggedEvent;
import org.itilhis.ports.out.TicketRepository;
import org.itilhis.ports.out.Transactions;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} must do with the stores that take part in it: commit
 * everything the work wrote when it returns, undo everything in every store when it throws,
 * hand the exception on unchanged, and keep work in progress from other threads.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}, returning
 * the transactions and the three stores that join them; each test expects empty stores.
 * Test method names differ across all contracts, so one test class may implement several.
 */
public interface TransactionsContract {
    /** How long a writer waits for a reader before committing, in the isolation test. */
    long READER_WAIT_MILLIS = 500;

    /** The adapter under test, the same one throughout a test method. */
    Transactions transactions();

    TicketRepository tickets();

    ContactRepository contacts();

    EventLog events();

    @Test
    default void workThatReturnsIsCommittedInEveryStoreAndItsResultReturned() {
        Ticket ticket = aTicket().withId(tickets().nextId()).build();
        Contact contact = aContact().withId(contacts().nextId()).raisedAs(ticket.id(), ticket.number()).build();
        List<DomainEvent> written = pending(ticket, contact);

        String result = transactions().inTransaction(() -> {
            writeAll(ticket, contact, written);
            return "committed " + ticket.number();
        });

        assertThat(result).isEqualTo("committed " + ticket.number());
        assertThat(tickets().find(ticket.id())).map(Ticket::snapshot).contains(ticket.snapshot());
        assertThat(contacts().find(contact.id())).map(Contact::snapshot).contains(contact.snapshot());
        assertThat(events().readAfter(0, 100)).extracting(LoggedEvent::event).containsExactlyElementsOf(written);
    }

    @Test
    default void workSeesItsOwnWrites() {
        Ticket ticket = aTicket().withId(tickets().nextId()).build();

        boolean seen = transactions().inTransaction(() -> {
            tickets().save(ticket);
            events().append(ticket.pendingEvents());
            return tickets().find(ticket.id()).isPresent()
                    && tickets().findByNumber(ticket.number()).isPresent()
                    && events().history(ticket.id().toString()).equals(ticket.pendingEvents());
        });

        assertThat(seen).as("the ticket and its events are visible inside the transaction").isTrue();
    }

    @Test
    default void workThatThrowsIsUndoneInEveryStore() {
        Ticket before = aTicket().withId(tickets().nextId()).build();
        List<DomainEvent> committedEvents = pending(before);
        transactions().inTransaction(() -> writeAll(before, null, committedEvents));
        before.pullEvents();
        Ticket changed = tickets().find(before.id()).orElseThrow();
        changed.assign(DemoHospital.DESKTOP, Optional.of(DemoHospital.ENGINEER_LIU.staffId()), SupportTier.FIRST_LINE,
                DemoHospital.AGENT_CHEN.staffId(), TicketBuilder.RAISED_AT.plus(Duration.ofMinutes(1)));
        Ticket fresh = aTicket().withId(tickets().nextId()).build();
        Contact contact = aContact().withId(contacts().nextId()).raisedAs(fresh.id(), fresh.number()).build();
        List<DomainEvent> lostEvents = pending(changed, fresh, contact);

        ContractSupport.rolledBack(transactions(), () -> {
            tickets().save(changed);
            writeAll(fresh, contact, lostEvents);
        });

        assertThat(tickets().find(before.id())).map(Ticket::snapshot).contains(before.snapshot());
        assertThat(tickets().find(fresh.id())).isEmpty();
        assertThat(tickets().findByNumber(fresh.number())).isEmpty();
        assertThat(contacts().find(contact.id())).isEmpty();
        assertThat(events().readAfter(0, 100)).extracting(LoggedEvent::event).containsExactlyElementsOf(committedEvents);
        assertThat(events().history(fresh.id().toString())).isEmpty();
    }

    @Test
    default void theExceptionOfTheWorkIsHandedOnUnchanged() {
        DeliberateFailure failure = new DeliberateFailure("the work failed");

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).isEmpty();
    }

    /** A refusal of a store (here a version conflict) reaches the caller as itself, and undoes the work. */
    @Test
    default void aStoreRefusalInsideTheWorkIsHandedOnAndUndoesTheWork() {
        Ticket first = aTicket().withId(tickets().nextId()).build();
        transactions().inTransaction(() -> writeAll(first, null, List.of()));
        first.pullEvents();
        Ticket other = aTicket().withId(tickets().nextId()).build();
        Ticket duplicate = aTicket().withId(first.id()).build();

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            tickets().save(other);
            tickets().save(duplicate);
            return null;
        }));

        assertThat(thrown).isInstanceOf(VersionConflictException.class);
        assertThat(tickets().find(other.id())).isEmpty();
        assertThat(tickets().find(first.id())).map(Ticket::snapshot).contains(first.snapshot());
    }

    @Test
    default void aTransactionAfterARollbackWorksNormally() {
        Ticket lost = aTicket().withId(tickets().nextId()).build();
        ContractSupport.rolledBack(transactions(), () -> tickets().save(lost));
        Ticket kept = aTicket().withId(tickets().nextId()).build();

        transactions().inTransaction(() -> writeAll(kept, null, pending(kept)));

        assertThat(tickets().find(kept.id())).isPresent();
        assertThat(tickets().find(lost.id())).isEmpty();
        assertThat(events().history(kept.id().toString())).hasSize(1);
    }

    /**
     * Another thread never reads what a transaction wrote before it commits: it either reads
     * the state before, or waits for the commit.
     */
    @Test
    default void workInProgressIsNotSeenByOtherThreads() throws InterruptedException {
        Ticket ticket = aTicket().withId(tickets().nextId()).build();
        TicketId id = ticket.id();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> readInsideTheTransaction = pool.submit(() -> transactions().inTransaction(() -> {
                writeAll(ticket, null, pending(ticket));
                written.countDown();
                try {
                    // true only if the reader finished while this transaction was still open
                    return read.await(READER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }));
            Future<Boolean> sawNothing = pool.submit(() -> {
                written.await();
                boolean nothing = tickets().find(id).isEmpty() && events().history(id.toString()).isEmpty();
                read.countDown();
                return nothing;
            });

            boolean readerFinishedFirst = ContractSupport.result(readInsideTheTransaction);
            boolean readerSawNothing = ContractSupport.result(sawNothing);
            if (readerFinishedFirst) {
                assertThat(readerSawNothing).as("the other thread saw uncommitted writes").isTrue();
            }
            assertThat(tickets().find(id)).as("committed in the end").isPresent();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Saves the ticket and the contact (if any) and appends the events, as one command would. */
    private Void writeAll(Ticket ticket, Contact contact, List<? extends DomainEvent> eventsToAppend) {
        tickets().save(ticket);
        if (contact != null) {
            contacts().save(contact);
        }
        events().append(eventsToAppend);
        return null;
    }

    /** The events the tickets and contacts (in that order) recorded and did not hand over yet. */
    private static List<DomainEvent> pending(Object... ticketsAndContacts) {
        return Arrays.stream(ticketsAndContacts).<DomainEvent>flatMap(aggregate -> aggregate instanceof Ticket t
                ? t.pendingEvents().stream()
                : ((Contact) aggregate).pendingEvents().stream()).toList();
    }
}
