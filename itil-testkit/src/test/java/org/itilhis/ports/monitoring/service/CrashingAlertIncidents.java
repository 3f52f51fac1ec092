package org.itilhis.ports.monitoring.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.CorrelationGroup;

/**
 * The alert-incident links of a node that dies at the {@code every}-th link it writes, and again
 * at the next {@code every}-th, three times in all (a crash mid-batch, then recovery).
 */
final class CrashingAlertIncidents implements AlertIncidents {
    private final AlertIncidents stored;
    private final int every;
    private int writes;
    private int crashes;

    CrashingAlertIncidents(AlertIncidents stored, int every) {
        this.stored = stored;
        this.every = every;
    }

    static final class Crash extends RuntimeException {
        Crash() {
            super("the node crashed", null, false, false);
        }
    }

    @Override
    public boolean link(AlertIncidentLink link) {
        if (++writes % every == 0 && crashes < 3) {
            crashes++;
            throw new Crash();
        }
        return stored.link(link);
    }

    @Override
    public Optional<AlertIncidentLink> linkOf(long position) {
        return stored.linkOf(position);
    }

    @Override
    public Optional<AlertIncidentLink> latestLinkOf(String source, String fingerprint) {
        return stored.latestLinkOf(source, fingerprint);
    }

    @Override
    public List<AlertIncidentLink> linksOf(TicketId incident) {
        return stored.linksOf(incident);
    }

    @Override
    public Optional<TicketId> incidentFor(CiId ci, String name) {
        return stored.incidentFor(ci, name);
    }

    @Override
    public void standFor(CiId ci, String name, TicketId incident) {
        stored.standFor(ci, name, incident);
    }

    @Override
    public void save(CorrelationGroup group) {
        stored.save(group);
    }

    @Override
    public Optional<CorrelationGroup> group(TicketId incident) {
        return stored.group(incident);
    }

    @Override
    public List<CorrelationGroup> groupsOpenedSince(Instant since) {
        return stored.groupsOpenedSince(since);
    }
}
