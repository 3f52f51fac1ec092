package org.itilhis.ports.monitoring.in;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;

/**
 * The item outages monitoring saw, for availability. Answers without an access check: the
 * practice that asks checks its own actor's permission on what it shows.
 */
public interface ObservedOutages {
    /**
     * The outages of {@code cis} (of every item when empty) overlapping {@code [from, to)}, as
     * recorded (not clipped; an open one is still running), by item, then start.
     */
    List<ObservedOutage> outages(Set<CiId> cis, Instant from, Instant to);
}
