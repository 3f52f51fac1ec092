package org.itilhis.ports.operations.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairId;
import org.itilhis.ports.operations.in.RepairSearch;

/** Stores repairs with optimistic locking: a repair loaded at version n is saved only if still stored at n. */
public interface RepairRepository {
    RepairId nextId();

    Optional<Repair> find(RepairId id);

    /**
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code repair}) if the stored
     *         version differs, or a new repair's id exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Repair repair);

    /** The repairs matching {@code search}, by opening time then id, at most its limit, after its position. */
    List<Repair> search(RepairSearch search);

    /** The repairs not cancelled whose downtime overlaps {@code [from, to)}, by start then id. */
    List<Repair> downOverlapping(Instant from, Instant to);

    /** The repairs opened in {@code [from, to)}, by opening time then id. */
    List<Repair> openedBetween(Instant from, Instant to);
}
