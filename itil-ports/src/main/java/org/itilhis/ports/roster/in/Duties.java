package org.itilhis.ports.roster.in;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.shared.StaffId;

/**
 * The rostered duties of a period, for the practices above the roster (the workload report
 * splits worked time by them). Answers without an access check: the practice that asks checks
 * its own actor's permission on what it shows.
 */
public interface Duties {
    /**
     * The duties of {@code engineers} (of everyone when empty) that overlap {@code [from, to)},
     * as the roster stands now, by start then engineer.
     */
    List<Duty> overlapping(Set<StaffId> engineers, Instant from, Instant to);
}
