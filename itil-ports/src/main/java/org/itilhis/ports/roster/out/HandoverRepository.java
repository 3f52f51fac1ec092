package org.itilhis.ports.roster.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.shared.GroupId;

/** Stores shift handovers with optimistic locking, as {@link RosterRepository} stores rosters. */
public interface HandoverRepository {
    HandoverId nextId();

    Optional<Handover> find(HandoverId id);

    /**
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code handover}) if the stored
     *         version differs, or a new handover's id exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Handover handover);

    /** {@code group}'s handovers whose change of shift is in {@code [from, to)}, by change of shift. */
    List<Handover> ofGroup(GroupId group, Instant from, Instant to);

    /**
     * The handovers, of every group, not signed by both parties whose change of shift is before
     * {@code before}, oldest change of shift first: flagged or not.
     */
    List<Handover> unsignedChangedBefore(Instant before);
}
