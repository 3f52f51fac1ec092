package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.in.TicketCommand;
import org.itilhis.ports.in.TicketSearch;
import org.itilhis.ports.in.TicketWorkUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes resolved tickets whose callers stayed silent for the quiet period, as the system
 * actor, one ticket per transaction. Meant to be run periodically by the embedding
 * application's scheduler; a ticket that changed meanwhile (confirmed, reopened) is
 * skipped, never forced.
 *
 * <p>Limit: one run looks at the first {@value #BATCH} resolved tickets in work-queue
 * order. Until ticket search gains a resolved-before criterion (with the SLA scheduler,
 * issue 4), a desk with more resolved tickets than that may need several runs.
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
        for (Ticket ticket : ports.tickets().search(resolved)) {
            if (isDue(ticket, now) && close(ticket)) {
                closed++;
            }
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
