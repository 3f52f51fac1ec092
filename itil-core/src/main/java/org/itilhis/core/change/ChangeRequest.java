package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * What a request for change (RFC) says when it is raised: what and why, the plans, the
 * configuration items it touches, the planned window and the expected outage, who asks, the
 * assignment group that does the work and the change manager who owns it.
 *
 * @throws ChangeWithoutCisException if {@code touchedCis} is empty
 */
public record ChangeRequest(ChangeDetails details, ChangePlans plans, ImmutableSet<CiId> touchedCis,
                            PlannedWindow window, ExpectedOutage outage, StaffId requester, GroupId group,
                            StaffId manager) {
    public ChangeRequest {
        checkNotNull(details, "details");
        checkNotNull(plans, "plans");
        checkNotNull(touchedCis, "touchedCis");
        if (touchedCis.isEmpty()) {
            throw new ChangeWithoutCisException();
        }
        checkNotNull(window, "window");
        checkNotNull(outage, "outage");
        checkNotNull(requester, "requester");
        checkNotNull(group, "group");
        checkNotNull(manager, "manager");
    }

    public static ChangeRequest of(ChangeDetails details, ChangePlans plans, Iterable<CiId> touchedCis,
                                   PlannedWindow window, ExpectedOutage outage, StaffId requester, GroupId group,
                                   StaffId manager) {
        return new ChangeRequest(details, plans, ImmutableSet.copyOf(touchedCis), window, outage, requester, group,
                manager);
    }

    /** The same request with revised plans. */
    public ChangeRequest withPlans(ChangePlans revised) {
        return new ChangeRequest(details, revised, touchedCis, window, outage, requester, group, manager);
    }

    /** The same request with the window it was scheduled in. */
    public ChangeRequest withWindow(PlannedWindow scheduled) {
        return new ChangeRequest(details, plans, touchedCis, scheduled, outage, requester, group, manager);
    }
}
