package org.itilhis.ports.servicedesk.service;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.servicedesk.in.TicketSearch;

/**
 * Whose tickets a work queue shows an actor, for the plain queue and the service-level one
 * alike. Whoever may see every ticket (the desk tracks every open ticket, DOMAIN.md, process
 * 1; the director and the system) sees every group's; everyone else the queue of their own groups.
 */
public final class QueueScope {
    /** The statuses of the tickets in a work queue: open and not resolved. */
    public static final ImmutableSet<TicketStatus> OPEN = TicketSearch.queueOf(ImmutableSet.of(), 1).statuses();

    private QueueScope() {
    }

    /**
     * The groups whose tickets {@code actor} works (empty: every group), or nothing at all
     * for an actor who may see the queue but belongs to no group.
     *
     * @throws InvalidCommandException unless {@code limit} is 1 to {@link TicketSearch#MAX_LIMIT}
     * @throws org.itilhis.core.access.NotPermittedException without VIEW_QUEUE
     */
    public static Optional<ImmutableSet<GroupId>> groups(ServiceDeskSettings settings, StaffDirectory directory, Actor actor,
                                                  int limit) {
        if (limit < 1 || limit > TicketSearch.MAX_LIMIT) {
            throw InvalidCommandException.of("limit", "must be between 1 and " + TicketSearch.MAX_LIMIT);
        }
        ImmutableSet<GroupId> groups = directory.groupsOf(actor.staffId());
        settings.access().check(actor, Permission.VIEW_QUEUE, AccessContext.general(groups), "the work queue");
        if (settings.access().scopes(actor, Permission.VIEW_TICKET).contains(Scope.ANY)) {
            return Optional.of(ImmutableSet.of());
        }
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups); // an empty filter would mean every group
    }
}
