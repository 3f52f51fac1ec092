package org.itilhis.ports.availability.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.ticket.TicketId;

/**
 * The outages declared on incidents. A save of an outage whose stored version is no longer the
 * one it was loaded at (or a new outage whose id is taken) fails with a {@link
 * org.itilhis.core.shared.VersionConflictException} of kind {@code declared-outage}.
 */
public interface DeclaredOutages {
    DeclaredOutageId nextId();

    Optional<DeclaredOutage> find(DeclaredOutageId id);

    /** Inserts a new outage or updates a changed one, at the version it was loaded (its pending events not counted). */
    void save(DeclaredOutage outage);

    /** The outages declared on {@code incident}, withdrawn ones included, by start, then id as text. */
    List<DeclaredOutage> ofIncident(TicketId incident);

    /**
     * The outages not withdrawn of {@code cis} (of every item when empty) that share an instant
     * with {@code [from, to)} (an open one runs on), by item as text, then start, then id as text.
     */
    List<DeclaredOutage> overlapping(Set<CiId> cis, Instant from, Instant to);
}
