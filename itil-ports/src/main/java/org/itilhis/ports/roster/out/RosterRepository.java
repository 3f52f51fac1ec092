package org.itilhis.ports.roster.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterEntry;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Stores rosters with optimistic locking: a roster loaded at version n and changed by k events
 * is saved only if the stored version is still n, and then stored at n + k.
 */
public interface RosterRepository {
    /** A fresh identity for a roster about to be generated. */
    RosterId nextId();

    Optional<Roster> find(RosterId id);

    /**
     * Inserts a new roster or updates a stored one, using its pending events to know the version it
     * was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code roster}) if the stored
     *         version differs, or a new roster's id exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Roster roster);

    /** {@code group}'s rosters whose period shares a date with {@code from} to {@code to} (both included), by start. */
    List<Roster> ofGroup(GroupId group, LocalDate from, LocalDate to);

    /**
     * The duties of {@code engineers} (of everyone when empty), in every roster, that share an
     * instant with {@code [from, to)}, by start, then engineer, then the roster's order.
     */
    List<RosterEntry> dutiesOverlapping(Set<StaffId> engineers, Instant from, Instant to);
}
