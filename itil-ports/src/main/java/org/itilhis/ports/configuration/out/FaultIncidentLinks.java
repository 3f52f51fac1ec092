package org.itilhis.ports.configuration.out;

import java.util.Optional;
import org.itilhis.core.ticket.TicketId;

/**
 * Which incident stands for each fault the library's records found on an item: one link per
 * fault ({@code source}, {@code fault}), its key. The database, not a prior read, decides which
 * of two transactions links a fault: a link is created only where none is stored, and replaced
 * only from the incident the replacing transaction read, so the second of two concurrent
 * reports of the same fault finds its write refused.
 */
public interface FaultIncidentLinks {
    /** The incident last raised for the fault, open or not; empty if none ever was. */
    Optional<TicketId> incidentOf(String source, String fault);

    /**
     * Links the fault to {@code incident} if it has no link yet; false if it has one (also one
     * committed meanwhile by another transaction, which this call may wait for).
     */
    boolean link(String source, String fault, TicketId incident);

    /**
     * Replaces the fault's link to {@code previous} (an incident no longer open) by a link to
     * {@code incident}; false if the fault is no longer linked to {@code previous}.
     */
    boolean relink(String source, String fault, TicketId previous, TicketId incident);
}
