package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.AffectedCiLinks;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AffectedCiLinks} must do: keep each link between a ticket and a
 * configuration item once, find the items of a ticket and the tickets of several items at
 * once, and take part in transactions. Links name items and tickets by id only; an adapter
 * need not check that they exist.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}; each test
 * expects no links stored.
 */
public interface AffectedCiLinksContract {

    /** The adapter under test, the same one throughout a test method. */
    AffectedCiLinks links();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aLinkIsRecordedOnceAndTheSecondTimeIsRefused() {
        TicketId ticket = newTicket();
        CiId ci = newCi();
        List<Boolean> recorded = new ArrayList<>();

        committed(transactions(), () -> recorded.add(links().link(ticket, ci)));
        committed(transactions(), () -> recorded.add(links().link(ticket, ci)));

        assertThat(recorded).containsExactly(true, false);
        assertThat(links().cisOf(ticket)).containsExactly(ci);
        assertThat(links().ticketsOf(List.of(ci))).isEqualTo(ImmutableSetMultimap.of(ci, ticket));
    }

    @Test
    default void aLinkRepeatedInTheSameTransactionIsRecordedOnce() {
        TicketId ticket = newTicket();
        CiId ci = newCi();
        List<Boolean> recorded = new ArrayList<>();

        committed(transactions(), () -> {
            recorded.add(links().link(ticket, ci));
            recorded.add(links().link(ticket, ci));
        });

        assertThat(recorded).containsExactly(true, false);
        assertThat(links().cisOf(ticket)).containsExactly(ci);
    }

    @Test
    default void theItemsOfATicketAreThoseLinkedToItOnly() {
        TicketId ticket = newTicket();
        TicketId otherTicket = newTicket();
        CiId server = newCi();
        CiId database = newCi();
        CiId printer = newCi();
        committed(transactions(), () -> {
            links().link(ticket, server);
            links().link(ticket, database);
            links().link(otherTicket, printer);
        });

        assertThat(links().cisOf(ticket)).containsExactlyInAnyOrder(server, database);
        assertThat(links().cisOf(otherTicket)).containsExactly(printer);
        assertThat(links().cisOf(newTicket())).isEmpty();
    }

    @Test
    default void theTicketsOfSeveralItemsAreFoundAtOnceAndItemsWithoutTicketsAreAbsent() {
        TicketId outage = newTicket();
        TicketId slowness = newTicket();
        TicketId unrelated = newTicket();
        CiId server = newCi();
        CiId database = newCi();
        CiId quiet = newCi();
        CiId elsewhere = newCi();
        committed(transactions(), () -> {
            links().link(outage, server);
            links().link(outage, database);
            links().link(slowness, database);
            links().link(unrelated, elsewhere);
        });

        assertThat(links().ticketsOf(List.of(server, database, quiet))).isEqualTo(ImmutableSetMultimap.builder()
                .put(server, outage).put(database, outage).put(database, slowness).build());
        assertThat(links().ticketsOf(Set.of(quiet)).isEmpty()).isTrue();
        assertThat(links().ticketsOf(List.of()).isEmpty()).isTrue();
    }

    @Test
    default void theTicketsOfManyItemsAreFoundAtOnce() {
        List<CiId> cis = new ArrayList<>();
        ImmutableSetMultimap.Builder<CiId, TicketId> expected = ImmutableSetMultimap.builder();
        committed(transactions(), () -> {
            for (int i = 0; i < 2500; i++) {
                CiId ci = newCi();
                cis.add(ci);
                if (i % 100 == 0) {
                    TicketId ticket = newTicket();
                    links().link(ticket, ci);
                    expected.put(ci, ticket);
                }
            }
        });

        assertThat(links().ticketsOf(cis)).isEqualTo(expected.build());
    }

    @Test
    default void linksRecordedInATransactionThatThrowsAreRolledBack() {
        TicketId ticket = newTicket();
        CiId kept = newCi();
        CiId added = newCi();
        committed(transactions(), () -> links().link(ticket, kept));
        AtomicBoolean seenInside = new AtomicBoolean();

        rolledBack(transactions(), () -> {
            links().link(ticket, added);
            links().link(newTicket(), kept);
            seenInside.set(links().cisOf(ticket).contains(added));
        });

        assertThat(seenInside).as("seen by its own transaction").isTrue();
        assertThat(links().cisOf(ticket)).containsExactly(kept);
        assertThat(links().ticketsOf(List.of(kept, added))).isEqualTo(ImmutableSetMultimap.of(kept, ticket));
        committed(transactions(), () -> assertThat(links().link(ticket, added)).isTrue());
    }

    private static TicketId newTicket() {
        return new TicketId(UUID.randomUUID());
    }

    private static CiId newCi() {
        return new CiId(UUID.randomUUID());
    }
}
