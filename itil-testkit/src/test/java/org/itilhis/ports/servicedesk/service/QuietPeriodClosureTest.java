package org.itilhis.ports.servicedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.TicketBuilder.aTicket;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.junit.jupiter.api.Test;

class QuietPeriodClosureTest {
    private final Hospital hospital = new Hospital();
    private final QuietPeriodClosure closure = hospital.desk.desk.quietPeriodClosure();
    private final Instant now = hospital.desk.clock.instant();

    /**
     * More resolved tickets than one search returns (500), due and not yet due mixed through
     * the work-queue order: every due one is closed, in one run, and no other.
     */
    @Test
    void everyDueTicketIsClosedInOneRunHoweverManyAreResolved() {
        List<Ticket> due = new ArrayList<>();
        List<Ticket> notDue = new ArrayList<>();
        for (int i = 0; i < 660; i++) {
            boolean isDue = i % 5 != 0;
            // resolved three minutes after being raised; the quiet period is three days
            Instant raised = now.minus(isDue ? Duration.ofDays(4) : Duration.ofDays(2)).plusSeconds(i);
            Ticket ticket = aTicket().withPriority(Priority.ofRank(1 + i % 5)).raisedAt(raised).resolved().build();
            (isDue ? due : notDue).add(ticket);
        }
        Ticket open = aTicket().raisedAt(now.minus(Duration.ofDays(30))).inProgress().build();
        store(due);
        store(notDue);
        store(List.of(open));

        int closed = closure.closeDueTickets();

        assertThat(closed).isEqualTo(due.size()).isEqualTo(528);
        assertThat(due).allSatisfy(ticket -> assertThat(status(ticket)).isEqualTo(TicketStatus.CLOSED));
        assertThat(notDue).allSatisfy(ticket -> assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVED));
        assertThat(status(open)).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(hospital.desk.tickets.search(TicketSearch.all(TicketSearch.MAX_LIMIT)
                .withStatuses(ImmutableSet.of(TicketStatus.RESOLVED)))).hasSize(notDue.size());
        assertThat(closure.closeDueTickets()).isZero();
    }

    @Test
    void ticketsBecomeDueWhenTheQuietPeriodHasPassed() {
        Ticket resolved = aTicket().raisedAt(now.minus(Duration.ofDays(2))).resolved().build();
        store(List.of(resolved));

        // resolved three minutes after being raised: due three days after that
        hospital.later(Duration.ofDays(1).plusMinutes(2));
        assertThat(closure.closeDueTickets()).isZero();
        hospital.later(Duration.ofMinutes(1));
        assertThat(closure.closeDueTickets()).isEqualTo(1);
        assertThat(status(resolved)).isEqualTo(TicketStatus.CLOSED);
    }

    private void store(List<Ticket> tickets) {
        hospital.desk.transactions.inTransaction(() -> {
            tickets.forEach(hospital.desk.tickets::save);
            return null;
        });
    }

    private TicketStatus status(Ticket ticket) {
        return hospital.stored(ticket.id()).status();
    }
}
