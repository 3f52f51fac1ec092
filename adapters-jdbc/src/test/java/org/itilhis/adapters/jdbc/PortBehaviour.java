package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.IdempotentOutcome;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.StorageException;
import org.junit.jupiter.api.Test;

/**
 * Transactions, the event log, ticket numbers, contacts and idempotency records on one
 * database, with the semantics of the in-memory reference adapters.
 */
abstract class PortBehaviour extends DatabaseIT {
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aFailedTransactionLeavesNoTicketAndNoEvent() {
        Ticket ticket = StorageBehaviour.newIncident(StorageBehaviour.group(), Priority.P3, AT, "rolled back");
        IllegalStateException failure = new IllegalStateException("the command failed late");

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.tickets().save(ticket);
            storage.events().append(ticket.pullEvents());
            assertThat(storage.tickets().find(ticket.id())).as("visible inside").isPresent();
            throw failure;
        })).isSameAs(failure);
        assertThat(storage.tickets().find(ticket.id())).isEmpty();
        assertThat(storage.events().history(ticket.id().toString())).isEmpty();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndRollsBackWithIt() {
        Ticket ticket = StorageBehaviour.newIncident(StorageBehaviour.group(), Priority.P3, AT, "nested");

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.transactions().inTransaction(() -> {
                storage.tickets().save(ticket);
                return null;
            });
            assertThat(storage.transactions().isActive()).isTrue();
            throw new IllegalArgumentException("outer fails after inner returned");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.tickets().find(ticket.id())).isEmpty();
        assertThat(storage.transactions().isActive()).isFalse();
    }

    @Test
    void theEventLogKeepsEveryEventInOrderWithIncreasingPositions() {
        List<DomainEvent> events = List.copyOf(Samples.everyTicketEvent());
        long before = lastPosition();
        storage.events().append(events);

        String aggregate = events.get(0).aggregateId();
        assertThat(storage.events().history(aggregate)).containsExactlyElementsOf(events);
        List<LoggedEvent> logged = storage.events().readAfter(before, 1000);
        assertThat(logged).extracting(LoggedEvent::event).containsExactlyElementsOf(events);
        assertThat(logged).extracting(LoggedEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(storage.events().readAfter(before, 3)).hasSize(3);
        assertThat(storage.events().history(UUID.randomUUID().toString())).isEmpty();
    }

    /**
     * Work that swallows a storage failure does not get its transaction committed: the commit is
     * refused and nothing of it stays (PostgreSQL would have rolled back silently, the others
     * committed the writes around the failed statement).
     */
    @Test
    void aTransactionWhoseStatementFailedIsRolledBackEvenIfTheWorkWentOn() {
        Ticket ticket = Samples.incident(storage.numbers().next(TicketType.INCIDENT, 2026), Samples.DESKTOP,
                Priority.P3, AT, "written before a failed statement");

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.tickets().save(ticket);
            try {
                storage.transactions().withHandle("reading a table that does not exist",
                        handle -> handle.createQuery("SELECT id FROM no_such_table").mapTo(String.class).list());
            } catch (StorageException swallowed) {
                // the work goes on as if nothing happened
            }
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("rolled back");

        assertThat(storage.tickets().find(ticket.id())).isEmpty();
    }

    /** A rolled-back raise does not give its number back: the sequence moved on (ADR 0010). */
    @Test
    void ticketNumbersCountPerTypeAndYearAndARolledBackRaiseLeavesAGap() {
        int year = 2100 + (int) (Math.random() * 7000);
        assertThat(storage.numbers().next(TicketType.INCIDENT, year).sequence()).isEqualTo(1);
        assertThat(storage.numbers().next(TicketType.INCIDENT, year).sequence()).isEqualTo(2);
        assertThat(storage.numbers().next(TicketType.SERVICE_REQUEST, year).sequence()).isEqualTo(1);
        assertThat(storage.numbers().next(TicketType.INCIDENT, year + 1).sequence()).isEqualTo(1);
        assertThat(storage.numbers().next(TicketType.INCIDENT, year).sequence()).isEqualTo(4); // 3 went to year + 1
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.numbers().next(TicketType.INCIDENT, year);
            throw new IllegalStateException("raise failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.numbers().next(TicketType.INCIDENT, year).toString()).isEqualTo("INC-" + year + "-000006");
    }

    @Test
    void contactsAreStoredWithOptimisticLocking() {
        Contact contact = Contact.log(new ContactId(UUID.randomUUID()), Samples.contactDetails(), Samples.NURSE, AT);
        storage.contacts().save(contact);
        Contact first = storage.contacts().find(contact.id()).orElseThrow();
        Contact second = storage.contacts().find(contact.id()).orElseThrow();
        first.resolveAtFirstContact(ResolutionCode.ADVICE_GIVEN, "restarted the printer", Samples.NURSE, AT);
        storage.contacts().save(first);
        second.resolveAtFirstContact(ResolutionCode.FIXED, "too late", Samples.NURSE, AT);

        assertThat(storage.contacts().find(contact.id()).orElseThrow().snapshot()).isEqualTo(first.snapshot());
        assertThatThrownBy(() -> storage.contacts().save(second)).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.actual()).isEqualTo(2));
        assertThatThrownBy(() -> storage.contacts().save(Contact.log(contact.id(), Samples.contactDetails(),
                Samples.NURSE, AT))).isInstanceOf(VersionConflictException.class);
        assertThat(storage.contacts().find(storage.contacts().nextId())).isEmpty();
    }

    @Test
    void anIdempotencyKeyIsRecordedOncePerActorAndRollsBackWithItsTransaction() {
        StaffId actor = StaffId.of("A" + UUID.randomUUID().toString().substring(0, 8));
        IdempotentOutcome outcome = new IdempotentOutcome("sha256:abc", 201, "/api/v1/incidents/INC-2026-000001",
                "{\"number\":\"INC-2026-000001\"}", Instant.parse("2026-03-02T08:00:00.123456789Z"));
        Instant live = outcome.at().minusSeconds(60);

        assertThat(storage.idempotency().find(actor, "key-1", live)).isEmpty();
        assertThat(storage.idempotency().record(actor, "key-1", outcome, live)).isTrue();
        assertThat(storage.idempotency().record(actor, "key-1", outcome, live)).isFalse();
        assertThat(storage.idempotency().find(actor, "key-1", live)).contains(outcome);
        assertThat(storage.idempotency().find(StaffId.of("someone-else"), "key-1", live)).isEmpty();
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            assertThat(storage.idempotency().record(actor, "key-2", outcome, live)).isTrue();
            throw new IllegalStateException("creation failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage.idempotency().find(actor, "key-2", live)).isEmpty();
    }

    private long lastPosition() {
        List<LoggedEvent> all = storage.events().readAfter(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).position();
    }
}
