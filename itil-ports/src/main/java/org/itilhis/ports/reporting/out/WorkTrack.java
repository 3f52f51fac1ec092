package org.itilhis.ports.reporting.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * What the workload projection keeps of one ticket or contact to attribute its later events.
 *
 * @param aggregateId      the ticket's or contact's id
 * @param group            the ticket's owning group now; empty string for a contact
 * @param callerDepartment the caller's department
 * @param groupMoves       how many times the ticket moved to another group (a third move makes it
 *                         a ping-pong ticket)
 * @param breached         whether an SLA breach was logged for the ticket
 * @param resolver         who last resolved the ticket, with their group and department then
 */
public record WorkTrack(String aggregateId, String group, String callerDepartment, int groupMoves, boolean breached,
                        Optional<Resolver> resolver) {
    public WorkTrack {
        checkNotNull(aggregateId, "aggregateId");
        checkArgument(!aggregateId.isEmpty() && aggregateId.length() <= 64, "aggregate id %s", aggregateId);
        checkNotNull(group, "group");
        checkNotNull(callerDepartment, "callerDepartment");
        checkArgument(groupMoves >= 0, "negative group moves");
        checkNotNull(resolver, "resolver");
    }

    /** An engineer who resolved the ticket, in the group that held it and their department then. */
    public record Resolver(StaffId engineer, String group, String department) {
        public Resolver {
            checkNotNull(engineer, "engineer");
            checkNotNull(group, "group");
            checkNotNull(department, "department");
        }
    }
}
