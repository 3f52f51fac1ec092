package org.itilhis.ports.change.in;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.cmdb.CiId;

/**
 * The planned windows of the approved changes, for the practices that tell planned maintenance
 * from unplanned downtime (availability). Answers without an access check, like {@code
 * operations.in.RepairDowntime}: the practice that asks checks its own actor's permission on
 * what it shows.
 */
public interface ApprovedChangeWindows {
    /**
     * The statuses of a change that was authorised for its window: approved and every status
     * after it (scheduled, implementing, implemented, failed, backed out, in review, closed). A
     * change that failed or was backed out still did its work in an authorised window; one
     * rejected or cancelled never had one, nor one still waiting for approval.
     */
    Set<ChangeStatus> APPROVED = Sets.immutableEnumSet(ChangeStatus.APPROVED, ChangeStatus.SCHEDULED,
            ChangeStatus.IMPLEMENTING, ChangeStatus.IMPLEMENTED, ChangeStatus.FAILED, ChangeStatus.BACKED_OUT,
            ChangeStatus.IN_REVIEW, ChangeStatus.CLOSED);

    /**
     * The windows of the changes in an {@link #APPROVED} status that touch any of {@code cis}
     * (any item when empty) and share an instant with {@code [from, to)}, by window start, then
     * change number.
     */
    List<ApprovedChangeWindow> windows(Set<CiId> cis, Instant from, Instant to);
}
