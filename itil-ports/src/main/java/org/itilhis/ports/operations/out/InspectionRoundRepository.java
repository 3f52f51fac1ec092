package org.itilhis.ports.operations.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.GroupId;

/**
 * Stores inspection rounds, each whole (with its results), with optimistic locking as {@link
 * InspectionScheduleRepository} stores schedules. A schedule's round due at an instant (its
 * {@link org.itilhis.core.inspection.RoundSlot}) is stored once: the second node making the same
 * round fails on the slot (a unique key in a database).
 */
public interface InspectionRoundRepository {
    /** A fresh identity for a round about to fall due. */
    RoundId nextId();

    Optional<InspectionRound> find(RoundId id);

    /**
     * Inserts a new round or updates a stored one, using its pending events to know the version
     * it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code inspection-round}) if
     *         the stored version differs, or a new round's id or slot (schedule and due time) is taken
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(InspectionRound round);

    /** The latest due time of {@code schedule}'s rounds; empty before its first. */
    Optional<Instant> latestDue(ScheduleId schedule);

    /** {@code group}'s rounds due in {@code [from, to)}, by due time, then id. */
    List<InspectionRound> ofGroup(GroupId group, Instant from, Instant to);

    /**
     * The rounds of every group still {@link org.itilhis.core.inspection.RoundStatus#DUE} whose
     * window closed before {@code before} (their due time plus grace): those to flag missed,
     * earliest closing first.
     */
    List<InspectionRound> unrecordedClosedBefore(Instant before);
}
