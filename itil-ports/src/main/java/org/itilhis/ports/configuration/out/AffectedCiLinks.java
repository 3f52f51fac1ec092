package org.itilhis.ports.configuration.out;

import com.google.common.collect.SetMultimap;
import java.util.Collection;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;

/** Which configuration items each incident or service request affects; a link is kept once and never changed. */
public interface AffectedCiLinks {
    /** Records the link; false if it existed already. */
    boolean link(TicketId ticket, CiId ci);

    /** The items the ticket affects. */
    Set<CiId> cisOf(TicketId ticket);

    /** The tickets recorded against each of the items (items without tickets are absent). */
    SetMultimap<CiId, TicketId> ticketsOf(Collection<CiId> cis);
}
