package org.itilhis.ports.configuration.in;

import java.util.Optional;
import org.itilhis.ports.common.InvalidCommandException;

/**
 * Incidents the library raises by itself when one of its own records finds a configuration
 * item at fault: an inspection item out of range or failed, a backup run missed or failed (and,
 * with monitoring, a firing alert). One incident per fault while it is open: the same fault
 * found again (the next round's same failing item, the next night's failed backup) is added to
 * that incident as a work log entry instead of raising another; once the incident is resolved,
 * closed or cancelled, the fault found again raises a new one.
 *
 * <p>The incident is raised as {@link CmdbUseCase#raiseAgainst} raises one: a contact on channel
 * {@code MONITORING} logged by the library, the ticket's criticality that of the most critical
 * service the item's failure reaches, routed by the item's class unless the report names a
 * category, the item recorded as affected. It runs in the caller's transaction when there is
 * one, so that the record that found the fault (the round, the missed run) and its incident
 * commit or roll back together; two nodes reporting the same fault at once end with one
 * incident (the fault's link is unique: the second transaction fails and, retried, adds to the
 * first's incident).
 */
public interface FaultIncidents {
    /**
     * Raises an incident for the fault, or adds it to the open incident raised for the same
     * fault before.
     *
     * @throws InvalidCommandException naming every broken constraint
     * @throws CiNotFoundException if the item does not exist; nothing is raised then
     */
    FaultIncident report(ReportFault command);

    /** The incident standing for the fault ({@code source}, {@code fault}) while it is open. */
    Optional<FaultIncident> openIncident(String source, String fault);
}
