package org.itilhis.ports.reporting.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.reporting.out.WorkloadFacts;
import org.itilhis.ports.reporting.out.WorkloadFacts.PositionMovedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the event log into the {@link WorkloadFacts}: every ticket, contact, SLA breach and
 * operations record event (inspection rounds, backups, repairs, stock issues) is attributed (see the package comment) and added to the counters of its day's slice.
 * Each batch is read and applied in one transaction that moves the position only from where it
 * read it, so overlapping runs (two nodes, a report catching up) count every event once. Meant
 * to be run periodically by one cluster-safe scheduler; a report also catches up first.
 */
public final class WorkloadProjection {
    private static final Logger LOG = LoggerFactory.getLogger(WorkloadProjection.class);
    static final int BATCH = 500;

    private final ReportingPorts ports;
    private final ZoneId zone;

    WorkloadProjection(ReportingPorts ports, ZoneId zone) {
        this.ports = checkNotNull(ports, "ports");
        this.zone = checkNotNull(zone, "zone");
    }

    /** What a run did: how many events it applied, and the position the facts are current to. */
    public record Run(int events, long position) {
    }

    /** Applies the events after the stored position, batch by batch, until it has caught up. */
    public Run run() {
        int applied = 0;
        int read;
        do {
            try {
                read = tx(this::applyBatch);
            } catch (PositionMovedException movedMeanwhile) {
                LOG.info("another run projected the workload events first; this one leaves it");
                break;
            }
            applied += read;
        } while (read == BATCH);
        return new Run(applied, tx(() -> ports.facts().position()));
    }

    /** Forgets the facts and projects the whole event log again (after a change of zone, say). */
    public Run rebuild() {
        tx(() -> {
            ports.facts().clear();
            return null;
        });
        return run();
    }

    private int applyBatch() {
        long from = ports.facts().position();
        List<LoggedEvent> events = ports.desk().events().readAfter(from, BATCH);
        if (events.isEmpty()) {
            return 0;
        }
        Set<String> touched = new LinkedHashSet<>();
        for (LoggedEvent logged : events) {
            if (logged.event() instanceof TicketEvent || logged.event() instanceof ContactEvent
                    || logged.event() instanceof ThresholdCrossed || OperationsAttribution.tracked(logged.event())) {
                touched.add(logged.event().aggregateId());
            }
        }
        Attribution attribution = new Attribution(zone, ports.desk().directory(), ports.facts().tracks(touched));
        events.forEach(attribution::apply);
        ports.facts().apply(attribution.batch(from, events.get(events.size() - 1).position()));
        return events.size();
    }

    private <T> T tx(Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }
}
