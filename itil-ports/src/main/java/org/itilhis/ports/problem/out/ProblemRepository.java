package org.itilhis.ports.problem.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.ports.problem.in.ProblemSearch;

/**
 * Stores problems with optimistic locking, like tickets: a problem loaded at version n and
 * changed by k events is saved only if the stored version is still n, and then stored at n + k.
 */
public interface ProblemRepository {
    /** A fresh identity for a problem about to be logged. */
    ProblemId nextId();

    Optional<Problem> find(ProblemId id);

    Optional<Problem> findByNumber(ProblemNumber number);

    /**
     * Inserts a new problem or updates a stored one, using its pending events to know the
     * version it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code problem}) if the stored
     *         version differs, or a new problem's id or number exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Problem problem);

    /**
     * Problems matching the search, by number (year, then sequence), at most {@code
     * search.limit()}, and only those after {@code search.after()} when given. Paging after the
     * number of the last problem of each page reads every match exactly once.
     */
    List<Problem> search(ProblemSearch search);
}
