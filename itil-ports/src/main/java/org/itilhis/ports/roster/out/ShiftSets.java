package org.itilhis.ports.roster.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.roster.GroupShifts;
import org.itilhis.core.shared.GroupId;

/**
 * Stores each group's shift set, the current version only (the history is in the event log,
 * {@code roster.shifts-defined}).
 */
public interface ShiftSets {
    Optional<GroupShifts> find(GroupId group);

    /** Every group's shift set, by group. */
    List<GroupShifts> all();

    /**
     * Stores a group's first set (version 1) or its next version (stored version plus one).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code shifts}) if the stored
     *         version is not the one before {@code shifts.version()} (none for version 1)
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(GroupShifts shifts);
}
