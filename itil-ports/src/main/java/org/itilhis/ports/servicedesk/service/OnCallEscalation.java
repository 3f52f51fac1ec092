package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.out.OnCallPage.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes on the clinical-critical tickets the engineer on call has not accepted in time: for
 * each on-call page whose deadline has passed ({@link org.itilhis.ports.servicedesk.out.OnCallPages#due}),
 * one transaction settles the page and acts, as the system:
 * <ul>
 * <li>the ticket was accepted (or work started) by the person paged: settled, nothing else;
 * <li>the ticket no longer waits for them (someone reassigned it or took it over, or it was
 *     resolved, closed or cancelled): settled, nothing else;
 * <li>otherwise it is reassigned to the next person of the on-call chain (an ordinary {@link
 *     TicketEvent.Assigned}, which tells them), whose page is recorded with the same response
 *     time from now; after the last person of the chain, the ticket is escalated to the lead of
 *     its group ({@link TicketEvent.EscalatedToLead}, which tells the lead), once.
 * </ul>
 *
 * <p><b>Exactly once across nodes.</b> Meant to be run periodically by one cluster-safe
 * scheduler (the JDBC adapter's {@code ClusterTimers}), yet runs may overlap (a node taken
 * over finishes its run). The page is settled only if still open, the next page's ticket and
 * position are a unique key, and the ticket is saved at the version read, all in the
 * transaction of the step: of two nodes acting on one page, the second finds it settled, or
 * rolls back on the key or the version. The events are appended in the same transaction, so
 * the next engineer or the lead hears of them through the notification relay, at least once
 * ({@link org.itilhis.ports.notification.service.PeopleNotifications}). A page that fails (a person changed the ticket meanwhile, say) stays open and
 * is taken again by the next run.
 */
public final class OnCallEscalation {
    private static final Logger LOG = LoggerFactory.getLogger(OnCallEscalation.class);
    static final int BATCH = 200;

    private final ServiceDeskPorts ports;

    public OnCallEscalation(ServiceDeskPorts ports) {
        this.ports = checkNotNull(ports, "ports");
    }

    /** What one run did with the due pages (a page another node acted on counts nowhere). */
    public record Run(int settled, int passedOn, int leadsTold) {
        public int total() {
            return settled + passedOn + leadsTold;
        }
    }

    /** Acts on every page due now; see the class comment. */
    public Run run() {
        Instant now = ports.clock().instant();
        int settled = 0;
        int passedOn = 0;
        int leadsTold = 0;
        Set<String> failed = new HashSet<>();
        List<OnCallPage> due;
        do {
            due = tx(() -> ports.pages().due(now, BATCH));
            for (OnCallPage page : due) {
                Optional<Step> step = actLoggingFailure(page, now, failed);
                if (step.isPresent()) {
                    switch (step.get().outcome()) {
                        case ACCEPTED, OVERTAKEN -> settled++;
                        case PASSED_ON -> passedOn++;
                        case LEAD_TOLD -> leadsTold++;
                    }
                }
            }
        } while (due.size() == BATCH && !due.stream().allMatch(page -> failed.contains(key(page))));
        return new Run(settled, passedOn, leadsTold);
    }

    /** What acting on a page did. */
    private record Step(Outcome outcome) {
    }

    private Optional<Step> actLoggingFailure(OnCallPage page, Instant now, Set<String> failed) {
        try {
            return tx(() -> act(page, now));
        } catch (RuntimeException failure) {
            failed.add(key(page));
            LOG.warn("on-call page of ticket {} for {} not acted on; the next run tries again", page.number(),
                    page.engineer(), failure);
            return Optional.empty();
        }
    }

    /** Settles {@code page} and acts on its outcome, inside the step's transaction; empty if another node did. */
    private Optional<Step> act(OnCallPage page, Instant now) {
        Optional<Ticket> found = ports.tickets().find(page.ticket());
        Outcome outcome = found.map(ticket -> outcomeOf(page, ticket)).orElse(Outcome.OVERTAKEN);
        if (!ports.pages().settle(page.ticket(), page.position(), outcome, now)) {
            return Optional.empty(); // settled by another node meanwhile
        }
        if (outcome == Outcome.ACCEPTED || outcome == Outcome.OVERTAKEN) {
            LOG.info("on-call page of ticket {} for {} settled: {}", page.number(), page.engineer(), outcome);
            return found.map(ticket -> new Step(outcome));
        }
        Ticket ticket = found.orElseThrow();
        if (outcome == Outcome.PASSED_ON) {
            OnCallPage next = page.next(now);
            if (!ports.pages().record(next)) {
                return Optional.empty(); // passed on by another node meanwhile
            }
            ticket.assign(page.group(), Optional.of(next.engineer()), ticket.tier(), Actor.SYSTEM_ID, now);
            LOG.info("ticket {} not accepted by {} within {}: passed on to {}", page.number(), page.engineer(),
                    page.responseTime(), next.engineer());
        } else {
            ticket.escalateToLead("not accepted within " + page.responseTime() + " by anyone of the on-call chain "
                    + page.chain(), Actor.SYSTEM_ID, now);
            LOG.info("ticket {} not accepted by anyone of the on-call chain {}: its group's lead is told",
                    page.number(), page.chain());
        }
        ports.tickets().save(ticket);
        ports.events().append(ticket.pullEvents());
        return Optional.of(new Step(outcome));
    }

    /** What became of the page by now, from its ticket. */
    static Outcome outcomeOf(OnCallPage page, Ticket ticket) {
        TicketStatus status = ticket.status();
        if (status == TicketStatus.RESOLVED || status.isTerminal() || !ticket.group().equals(page.group())
                || !ticket.engineer().equals(Optional.of(page.engineer()))) {
            return Outcome.OVERTAKEN;
        }
        if (status != TicketStatus.ASSIGNED || ticket.snapshot().respondedAt().isPresent()) {
            return Outcome.ACCEPTED;
        }
        return page.isLast() ? Outcome.LEAD_TOLD : Outcome.PASSED_ON;
    }

    private static String key(OnCallPage page) {
        return page.ticket() + "/" + page.position();
    }

    private <T> T tx(Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }
}
