package org.itilhis.ports.monitoring.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;

/**
 * Which incident each alert belongs to, which incident stands for each item and problem (the
 * item and the alert's name), and the groups the correlator opened. Written by the correlator
 * only, one node at a time, in the transaction that moves its position.
 * {@code org.itilhis.testkit.contract.AlertIncidentsContract} checks an implementation.
 */
public interface AlertIncidents {
    /** Links the alert to its incident; false (and nothing changed) if the alert is linked already. */
    boolean link(AlertIncidentLink link);

    /** The link of the alert recorded at {@code position}. */
    Optional<AlertIncidentLink> linkOf(long position);

    /** The latest link of any delivery of the alert ({@code source}, {@code fingerprint}). */
    Optional<AlertIncidentLink> latestLinkOf(String source, String fingerprint);

    /** Every alert linked to the incident, by position. */
    List<AlertIncidentLink> linksOf(TicketId incident);

    /** The incident last standing for the problem {@code name} on the item, open or not. */
    Optional<TicketId> incidentFor(CiId ci, String name);

    /** The incident now stands for the problem {@code name} on the item. */
    void standFor(CiId ci, String name, TicketId incident);

    /** Stores the group, replacing the stored one of the same incident. */
    void save(CorrelationGroup group);

    Optional<CorrelationGroup> group(TicketId incident);

    /** The groups opened at or after {@code since}, oldest first. */
    List<CorrelationGroup> groupsOpenedSince(Instant since);
}
