package org.itilhis.ports.operations.in;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;

/**
 * Reading repairs, for whoever holds {@code VIEW_REPAIRS} (under the hospital default engineers,
 * leads, the configuration manager, the vendor's engineer and the director); to anyone else
 * there are none.
 */
public interface RepairQueries {
    /** @throws RepairNotFoundException if absent or not visible to the actor */
    RepairView repair(Actor actor, RepairId id);

    /**
     * The repairs matching {@code search}, oldest opened first, at most {@code search.limit()},
     * after {@code search.after()} when given (keyset paging).
     */
    List<RepairView> search(Actor actor, RepairSearch search);

    /**
     * The audit trail of one repair, oldest first: its own events (the item's lifecycle steps are
     * in the item's history, their notes naming the repair).
     *
     * @throws RepairNotFoundException if absent or not visible to the actor
     */
    List<DomainEvent> history(Actor actor, RepairId id);

    /**
     * What the repairs opened in {@code [from, to)} cost, per vendor and currency, largest first;
     * repairs without a recorded cost are counted apart.
     */
    List<RepairCosts> costsPerVendor(Actor actor, Instant from, Instant to);

    /**
     * The recorded downtime of {@code cis} (of every item when empty) overlapping {@code [from,
     * to)}, as {@link RepairDowntime} answers it, for a reader who may see repairs; none for anyone else.
     */
    List<DowntimeInterval> downtime(Actor actor, Set<CiId> cis, Instant from, Instant to);
}
