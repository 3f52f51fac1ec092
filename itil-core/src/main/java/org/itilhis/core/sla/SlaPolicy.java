package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketEvent.Raised;

/**
 * Everything needed to measure any ticket: the service catalogue decides the service (and
 * so the SLA) from the ticket's category, the calendar policy the calendar from the
 * service's criticality.
 */
public record SlaPolicy(ServiceCatalogue catalogue, CalendarPolicy calendars) {
    public SlaPolicy {
        checkNotNull(catalogue, "catalogue");
        checkNotNull(calendars, "calendars");
    }

    /** The service a ticket raised as {@code raised} is measured against. */
    public ServiceCatalogueEntry serviceOf(Raised raised) {
        return catalogue.serviceFor(checkNotNull(raised, "raised").details().category());
    }

    /**
     * The calendar that measures a ticket on the catalogue's service named {@code service},
     * raised at {@code raisedAt}, with the official arrangements loaded by {@code dataAsOf};
     * empty when the catalogue has no such service.
     */
    public Optional<BusinessCalendar> calendarOf(String service, Instant raisedAt, Instant dataAsOf) {
        return catalogue.service(service).map(entry -> calendars.calendarFor(entry, raisedAt, dataAsOf));
    }

    /**
     * The clocks of the ticket with this complete history (oldest first, starting with Raised)
     * at {@code now}, or at its last event if that is later (an event written a moment ago by
     * a node whose clock runs slightly ahead); see {@link SlaClocks#measure}.
     */
    public SlaMeasurement measure(List<? extends TicketEvent> history, Instant now) {
        checkArgument(!history.isEmpty() && history.get(0) instanceof Raised, "a ticket's history starts with Raised");
        Instant last = history.get(history.size() - 1).occurredAt();
        return SlaClocks.measure(history, serviceOf((Raised) history.get(0)), calendars, now.isBefore(last) ? last : now);
    }
}
