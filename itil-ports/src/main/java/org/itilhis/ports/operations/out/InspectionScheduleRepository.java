package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.GroupId;

/**
 * Stores inspection schedules with optimistic locking: a schedule loaded at version n and
 * changed by k events is saved only if the stored version is still n, and then stored at n + k.
 */
public interface InspectionScheduleRepository {
    /** A fresh identity for a schedule about to be defined. */
    ScheduleId nextId();

    Optional<InspectionSchedule> find(ScheduleId id);

    /**
     * Inserts a new schedule or updates a stored one, using its pending events to know the
     * version it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code inspection-schedule})
     *         if the stored version differs, or a new schedule's id exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(InspectionSchedule schedule);

    /** {@code group}'s schedules, active and retired, by template code, then id. */
    List<InspectionSchedule> ofGroup(GroupId group);

    /** The active schedules of every group, by id: what the rounds-due timer goes through. */
    List<InspectionSchedule> active();
}
