package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * A roster as stored: what {@link Roster#restore} rebuilds it from.
 *
 * @param shiftsVersion the version of the group's shifts it was generated with
 * @param engineers     the rotation's engineers in order, then anyone else given a duty
 * @param duties        in roster order: the order they were generated or assigned in; for one
 *                      shift on one date, the on-call order (primary first)
 */
public record RosterSnapshot(RosterId id, GroupId group, RosterPeriod period, long shiftsVersion,
                             ImmutableList<StaffId> engineers, ImmutableList<RosterEntry> duties, long version) {
    public RosterSnapshot {
        checkNotNull(id, "id");
        checkNotNull(group, "group");
        checkNotNull(period, "period");
        checkNotNull(engineers, "engineers");
        checkNotNull(duties, "duties");
        checkArgument(version >= 1, "version %s is below 1", version);
    }
}
