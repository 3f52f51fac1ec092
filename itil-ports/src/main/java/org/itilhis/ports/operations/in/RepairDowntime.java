package org.itilhis.ports.operations.in;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The recorded downtime of configuration items for repairs, for the practices that compute
 * availability (the monitoring issue's figures). Answers without an access check: the practice
 * that asks checks its own actor's permission on what it shows. Cancelled repairs are not
 * downtime (the item was never sent).
 */
public interface RepairDowntime {
    /**
     * The downtime intervals of {@code cis} (of every item when empty) that overlap {@code [from,
     * to)}, as recorded (not clipped to the period; an interval without an end is still running),
     * by item, then start.
     */
    List<DowntimeInterval> downtime(Set<org.itilhis.core.cmdb.CiId> cis, Instant from, Instant to);
}
