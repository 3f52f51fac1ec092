package org.itilhis.ports.roster.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.shared.GroupId;

/** Stores duty swaps with optimistic locking, as {@link RosterRepository} stores rosters. */
public interface SwapRepository {
    SwapId nextId();

    Optional<Swap> find(SwapId id);

    /**
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code swap}) if the stored
     *         version differs, or a new swap's id exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Swap swap);

    /** The swaps of {@code group}'s rosters, newest request first. */
    List<Swap> ofGroup(GroupId group);
}
