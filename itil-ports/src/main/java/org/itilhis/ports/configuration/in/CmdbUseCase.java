package org.itilhis.ports.configuration.in;

import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Changing the CMDB. Each call is one transaction: validated, authorised, applied to the
 * item with its version checked, its events appended; a refused call changes nothing.
 */
public interface CmdbUseCase {
    /**
     * @return the item as stored after the command
     * @throws InvalidCommandException naming every broken constraint
     * @throws CiNotFoundException if the item (or the other end of a relationship) does not exist
     * @throws org.itilhis.core.cmdb.InvalidCiAttributesException listing the attributes that do not fit the class
     * @throws org.itilhis.core.cmdb.DuplicateAssetTagException if another item carries the asset tag
     * @throws org.itilhis.core.shared.VersionConflictException if the item changed since {@code expectedVersion}
     */
    CiView handle(CmdbCommand command);

    /**
     * Records that the ticket affects the items (an incident on the PACS viewer, a request for
     * a new printer); items already recorded are left as they are. The actor must be allowed
     * to see the ticket.
     *
     * @return every item the ticket affects now
     */
    Set<CiId> recordAffectedCis(Actor actor, TicketId ticket, Set<CiId> cis);

    /**
     * Raises the contact as a ticket against the items {@code cis}, in one transaction: the
     * ticket takes the criticality of the most critical business service the items' failure
     * reaches (or of the items themselves) when that is more critical than the command's, is
     * routed by the first item's class when the command names none, and the items are recorded
     * as affected by it.
     *
     * @throws CiNotFoundException if an item does not exist; nothing is raised then
     */
    TicketView raiseAgainst(ContactCommand.RaiseTicket command, Set<CiId> cis);
}
