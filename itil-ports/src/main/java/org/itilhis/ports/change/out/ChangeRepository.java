package org.itilhis.ports.change.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.ports.change.in.ChangeSearch;

/**
 * Stores changes with optimistic locking, like problems: a change loaded at version n and
 * changed by k events is saved only if the stored version is still n, and then stored at n + k.
 */
public interface ChangeRepository {
    /** A fresh identity for a change about to be raised. */
    ChangeId nextId();

    Optional<Change> find(ChangeId id);

    Optional<Change> findByNumber(ChangeNumber number);

    /**
     * Inserts a new change or updates a stored one, using its pending events to know the
     * version it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code change}) if the stored
     *         version differs, or a new change's id or number exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Change change);

    /**
     * Changes matching the search, by number (year, then sequence), at most {@code
     * search.limit()}, and only those after {@code search.after()} when given. Paging after the
     * number of the last change of each page reads every match exactly once.
     */
    List<Change> search(ChangeSearch search);

    /**
     * What the forward schedule is made of: the changes in {@link
     * org.itilhis.core.change.ChangeStatus#SCHEDULED} or {@link
     * org.itilhis.core.change.ChangeStatus#IMPLEMENTING} whose window shares an instant with
     * {@code from} to {@code to} (end exclusive), in any order.
     */
    List<Change> scheduledOverlapping(Instant from, Instant to);
}
