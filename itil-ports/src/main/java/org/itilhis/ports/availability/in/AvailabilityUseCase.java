package org.itilhis.ports.availability.in;

import org.itilhis.ports.common.InvalidCommandException;

/**
 * Declaring item outages on incidents and setting the services' availability targets. Each
 * call is one transaction through the command pipeline: validated, authorised, checked against
 * the service desk, the CMDB and the service catalogue, saved with its {@code availability.*}
 * events; a refused call changes nothing. Outages need {@code DECLARE_OUTAGE} in the incident's
 * assignment group (an engineer declares on their groups' incidents); targets need {@code
 * MANAGE_AVAILABILITY_TARGETS}.
 */
public interface AvailabilityUseCase {
    /**
     * @throws InvalidCommandException naming every broken constraint
     * @throws org.itilhis.ports.servicedesk.in.TicketNotFoundException if there is no such ticket
     * @throws org.itilhis.core.availability.OutageOnServiceRequestException if the ticket is a service request
     * @throws org.itilhis.core.availability.UnknownOutageItemException if the item is not in the CMDB
     * @throws org.itilhis.core.availability.NotAnOutageStateException if the state is operational
     * @throws org.itilhis.core.availability.OutageEndsBeforeStartException if it ends before it starts
     * @throws org.itilhis.core.availability.OutageTimeInFutureException if a time is in the future
     * @throws org.itilhis.core.access.NotPermittedException without DECLARE_OUTAGE in the incident's group
     */
    DeclaredOutageView declare(OutageCommand.Declare command);

    /**
     * @throws DeclaredOutageNotFoundException if there is no such outage
     * @throws org.itilhis.core.availability.OutageAlreadyEndedException if its end is recorded
     * @throws org.itilhis.core.availability.OutageWithdrawnException if it was withdrawn
     * @throws org.itilhis.core.shared.VersionConflictException if it changed since {@code expectedVersion}
     */
    DeclaredOutageView end(OutageCommand.End command);

    /** @throws org.itilhis.core.availability.OutageWithdrawnException if it was withdrawn */
    DeclaredOutageView correct(OutageCommand.Correct command);

    /** @throws org.itilhis.core.availability.OutageWithdrawnException if it was withdrawn already */
    DeclaredOutageView withdraw(OutageCommand.Withdraw command);

    /**
     * Sets (or sets again) a business service's target.
     *
     * @throws org.itilhis.core.availability.UnknownOutageItemException if the service is not in the CMDB
     * @throws org.itilhis.core.availability.NotABusinessServiceException if it is no business service
     * @throws org.itilhis.core.availability.UnknownCatalogueServiceException if the catalogue lists no such service
     * @throws org.itilhis.core.shared.VersionConflictException if it changed since {@code expectedVersion}
     */
    ServiceTargetView setTarget(SetAvailabilityTarget command);
}
