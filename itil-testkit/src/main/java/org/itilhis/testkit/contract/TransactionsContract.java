package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.itilhis.testkit.ContactBuilder.aContact;
import static org.itilhis.testkit.TicketBuilder.aTicket;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.TicketBuilder;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} must do with the stores that take part in it: commit
 * everything the work wrote when it returns, undo everything in every store when it throws,
 * hand the exception on unchanged, and keep work in progress from other threads. A nested
 * call joins the calling thread's transaction, without a savepoint: its writes commit or
 * roll back with the outermost work, and an exception of the nested work that the outer
 * work catches undoes nothing (the port's javadoc states the rule).
 *
 * <p>To run it, implement this interface in a test class and return the adapter under test
 * and three stores that take part in its transactions:
 * <pre>{@code
 * class SpringTransactionsIT implements TransactionsContract {
 *     final SpringTransactions transactions = ...;             // on a schema of its own
 *     final MyTicketRepository tickets = new MyTicketRepository(transactions);
 *     ...
 *
 *     @BeforeEach void emptyTables() { ... }
 *     public Transactions transactions() { return transactions; }
 *     public TicketRepository tickets() { return tickets; }
 *     public ContactRepository contacts() { return contacts; }
 *     public EventLog events() { return events; }
 * }
 * }</pre>
 *
 * <p>Each test expects empty stores. Test method names differ across all contracts, so one
 * test class may implement several. An adapter that can tell whether the calling thread is
 * inside a transaction (the JDBC and in-memory adapters' {@code isActive()}) is checked for that
 * too when the test overrides {@link #activeOnThisThread()}; the port itself does not ask for it.
 */
public interface TransactionsContract {
    /** How long a writer waits for a reader before committing, in the isolation test. */
    long READER_WAIT_MILLIS = 500;

    /** The adapter under test, the same one throughout a test method. */
    Transactions transactions();

    TicketRepository tickets();

    ContactRepository contacts();

    EventLog events();

    /**
     * Whether the calling thread is inside a transaction of {@link #transactions()}, if the
     * adapter can tell; empty (the default) skips the test that asks.
     */
    default Optional<BooleanSupplier> activeOnThisThread() {
        return Optional.empty();
    }

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

        assertUnseenByOtherThreadsUntilCommitted(ticket, () -> writeAll(ticket, null, pending(ticket)));
    }

    // ---- nesting -------------------------------------------------------------------------

    /** One transaction: when the outer work throws after the nested work returned, the nested writes are undone too. */
    @Test
    default void aNestedCallJoinsTheOuterTransactionAndIsUndoneWithIt() {
        Ticket nested = aTicket().withId(tickets().nextId()).build();
        Contact contact = aContact().withId(contacts().nextId()).raisedAs(nested.id(), nested.number()).build();
        Ticket outer = aTicket().withId(tickets().nextId()).build();
        List<DomainEvent> nestedEvents = pending(nested, contact);

        ContractSupport.rolledBack(transactions(), () -> {
            transactions().inTransaction(() -> writeAll(nested, contact, nestedEvents));
            writeAll(outer, null, pending(outer));
        });

        assertThat(tickets().find(nested.id())).isEmpty();
        assertThat(contacts().find(contact.id())).isEmpty();
        assertThat(tickets().find(outer.id())).isEmpty();
        assertThat(events().readAfter(0, 100)).isEmpty();
    }

    /** The nested call commits nothing by itself: until the outer work returns, other threads do not see its writes. */
    @Test
    default void aNestedCallCommitsOnlyWithTheOuterTransaction() throws InterruptedException {
        Ticket ticket = aTicket().withId(tickets().nextId()).build();

        assertUnseenByOtherThreadsUntilCommitted(ticket,
                () -> transactions().inTransaction(() -> writeAll(ticket, null, pending(ticket))));

        assertThat(events().history(ticket.id().toString())).hasSize(1);
    }

    @Test
    default void aNestedCallReturnsItsWorksResultAndSharesTheOuterWorksWrites() {
        Ticket outer = aTicket().withId(tickets().nextId()).build();
        Ticket nested = aTicket().withId(tickets().nextId()).build();

        String result = transactions().inTransaction(() -> {
            tickets().save(outer);
            String inner = transactions().inTransaction(() -> {
                tickets().save(nested);
                return tickets().find(outer.id()).isPresent() ? "inner saw outer" : "inner missed outer";
            });
            Integer none = transactions().inTransaction(() -> null);
            return inner + ", " + (tickets().find(nested.id()).isPresent() ? "outer saw inner" : "outer missed inner")
                    + ", " + none;
        });

        assertThat(result).isEqualTo("inner saw outer, outer saw inner, null");
        assertThat(tickets().find(outer.id())).isPresent();
        assertThat(tickets().find(nested.id())).isPresent();
    }

    /**
     * No savepoint: an exception of the nested work reaches the outer work as itself and undoes
     * nothing; when the outer work catches it and returns, what the nested work wrote before it
     * threw is committed with the rest.
     */
    @Test
    default void aNestedFailureCaughtByTheOuterWorkUndoesNothingAndTheNestedWritesCommit() {
        Ticket before = aTicket().withId(tickets().nextId()).build();
        Ticket nested = aTicket().withId(tickets().nextId()).build();
        Contact contact = aContact().withId(contacts().nextId()).raisedAs(nested.id(), nested.number()).build();
        Ticket after = aTicket().withId(tickets().nextId()).build();
        List<DomainEvent> nestedEvents = pending(nested, contact);
        DeliberateFailure failure = new DeliberateFailure("the nested work failed and the outer work carries on");

        Throwable caught = transactions().inTransaction(() -> {
            tickets().save(before);
            Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
                writeAll(nested, contact, nestedEvents);
                throw failure;
            }));
            tickets().save(after);
            return thrown;
        });

        assertThat(caught).as("what the outer work caught").isSameAs(failure);
        assertThat(tickets().find(before.id())).isPresent();
        assertThat(tickets().find(nested.id())).map(Ticket::snapshot).contains(nested.snapshot());
        assertThat(contacts().find(contact.id())).isPresent();
        assertThat(tickets().find(after.id())).isPresent();
        assertThat(events().readAfter(0, 100)).extracting(LoggedEvent::event).containsExactlyElementsOf(nestedEvents);
    }

    /** A nested failure that the outer work lets out undoes the whole transaction, and reaches the caller as itself. */
    @Test
    default void aNestedFailureThatLeavesTheOuterWorkUndoesEverything() {
        Ticket outer = aTicket().withId(tickets().nextId()).build();
        Ticket nested = aTicket().withId(tickets().nextId()).build();
        DeliberateFailure failure = new DeliberateFailure("the nested work failed");

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            tickets().save(outer);
            return transactions().inTransaction(() -> {
                writeAll(nested, null, pending(nested));
                throw failure;
            });
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(tickets().find(outer.id())).isEmpty();
        assertThat(tickets().find(nested.id())).isEmpty();
        assertThat(events().readAfter(0, 100)).isEmpty();
    }

    /**
     * A store's refusal (here a version conflict) that the work catches leaves the transaction
     * usable: the writes before and after it commit.
     */
    @Test
    default void aStoreRefusalCaughtByTheWorkLeavesTheTransactionUsable() {
        Ticket first = aTicket().withId(tickets().nextId()).build();
        transactions().inTransaction(() -> writeAll(first, null, List.of()));
        Ticket before = aTicket().withId(tickets().nextId()).build();
        Ticket duplicate = aTicket().withId(first.id()).build();
        Ticket after = aTicket().withId(tickets().nextId()).build();

        Throwable refused = transactions().inTransaction(() -> {
            writeAll(before, null, pending(before));
            Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
                tickets().save(duplicate);
                return null;
            }));
            writeAll(after, null, pending(after));
            return thrown;
        });

        assertThat(refused).isInstanceOf(VersionConflictException.class);
        assertThat(tickets().find(before.id())).isPresent();
        assertThat(tickets().find(after.id())).isPresent();
        assertThat(tickets().find(first.id())).map(Ticket::snapshot).contains(first.snapshot());
        assertThat(events().readAfter(0, 100)).hasSize(2);
    }

    /** Where the adapter can tell: inside the work (and nested work, and after a caught nested failure) but not after. */
    @Test
    default void theThreadIsInATransactionWhileTheWorkRunsAndNotAfter() {
        Optional<BooleanSupplier> probe = activeOnThisThread();
        assumeTrue(probe.isPresent(), "the adapter cannot tell whether a transaction is active");
        BooleanSupplier active = probe.get();
        assertThat(active.getAsBoolean()).as("before any transaction").isFalse();

        List<Boolean> inside = transactions().inTransaction(() -> {
            boolean outer = active.getAsBoolean();
            boolean nested = transactions().inTransaction(active::getAsBoolean);
            catchThrowable(() -> transactions().inTransaction(() -> {
                throw new DeliberateFailure("caught by the outer work");
            }));
            return List.of(outer, nested, active.getAsBoolean());
        });
        assertThat(inside).as("in the work, in nested work, after a caught nested failure").containsOnly(true);
        assertThat(active.getAsBoolean()).as("after a commit").isFalse();

        ContractSupport.rolledBack(transactions(), () -> assertThat(active.getAsBoolean()).isTrue());
        assertThat(active.getAsBoolean()).as("after a rollback").isFalse();
    }

    /** After a committed call the thread is outside any transaction: the next one fails on its own. */
    @Test
    default void aTransactionAfterACommitStandsOnItsOwn() {
        Ticket kept = aTicket().withId(tickets().nextId()).build();
        transactions().inTransaction(() -> writeAll(kept, null, pending(kept)));
        Ticket lost = aTicket().withId(tickets().nextId()).build();

        ContractSupport.rolledBack(transactions(), () -> writeAll(lost, null, pending(lost)));

        assertThat(tickets().find(kept.id())).isPresent();
        assertThat(tickets().find(lost.id())).isEmpty();
        assertThat(events().readAfter(0, 100)).hasSize(1);
    }

    /**
     * Runs {@code write}, which stores {@code ticket} and its events, in a transaction, and
     * checks that another thread reading meanwhile sees neither (or waits for the commit),
     * and that both are there after it.
     */
    private void assertUnseenByOtherThreadsUntilCommitted(Ticket ticket, Runnable write) throws InterruptedException {
        TicketId id = ticket.id();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> readInsideTheTransaction = pool.submit(() -> transactions().inTransaction(() -> {
                write.run();
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
