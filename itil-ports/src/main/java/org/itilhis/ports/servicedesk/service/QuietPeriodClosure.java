package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes resolved tickets whose callers stayed silent for the quiet period, as the system
 * actor, one ticket per transaction. Meant to be run periodically by the embedding
 * application's scheduler; a ticket that changed meanwhile (confirmed, reopened) is
 * skipped, never forced.
 *
 * <p>One run reads every resolved ticket, {@value #BATCH} at a time in work-queue order,
 * each batch after the position of the last one (so tickets closed along the way do not
 * shift the batches).
 */
public final class QuietPeriodClosure {
    private static final Logger LOG = LoggerFactory.getLogger(QuietPeriodClosure.class);
    static final int BATCH = TicketSearch.MAX_LIMIT;

    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;
    private final TicketWorkUseCase tickets;

    public QuietPeriodClosure(ServiceDeskPorts ports, ServiceDeskSettings settings, TicketWorkUseCase tickets) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.tickets = checkNotNull(tickets, "tickets");
    }

    /** Closes every resolved ticket that is due; returns how many were closed. */
    public int closeDueTickets() {
        Instant now = ports.clock().instant();
        TicketSearch resolved = TicketSearch.all(BATCH).withStatuses(ImmutableSet.of(TicketStatus.RESOLVED));
        int closed = 0;
        List<Ticket> batch = ports.tickets().search(resolved);
        while (!batch.isEmpty()) {
            for (Ticket ticket : batch) {
                if (isDue(ticket, now) && close(ticket)) {
                    closed++;
                }
            }
            batch = batch.size() < BATCH ? List.of()
                    : ports.tickets().search(resolved.after(QueuePosition.of(batch.get(batch.size() - 1))));
        }
        return closed;
    }

    private boolean isDue(Ticket ticket, Instant now) {
        return ticket.resolvedAt().map(at -> !now.isBefore(at.plus(settings.quietPeriod()))).orElse(false);
    }

    private boolean close(Ticket ticket) {
        try {
            tickets.handle(new TicketCommand.Close(Actor.system(), ticket.id(), ticket.version()));
            return true;
        } catch (DomainException changedMeanwhile) {
            LOG.info("ticket {} not closed automatically: {}", ticket.number(), changedMeanwhile.code());
            return false;
        }
    }
}
