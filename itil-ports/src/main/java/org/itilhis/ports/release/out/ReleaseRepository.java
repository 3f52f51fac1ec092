package org.itilhis.ports.release.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.ports.release.in.ReleaseSearch;

/**
 * Stores releases with optimistic locking, like problems: a release loaded at version n and
 * changed by k events is saved only if the stored version is still n, and then stored at n + k.
 */
public interface ReleaseRepository {
    /** A fresh identity for a release about to be planned. */
    ReleaseId nextId();

    Optional<Release> find(ReleaseId id);

    Optional<Release> findByNumber(ReleaseNumber number);

    /**
     * Inserts a new release or updates a stored one, using its pending events to know the
     * version it was read at ({@code version() - pendingEvents().size()}).
     *
     * @throws org.itilhis.core.shared.VersionConflictException (kind {@code release}) if the stored
     *         version differs, or a new release's id or number exists already
     * @throws org.itilhis.ports.common.StorageException on an infrastructure failure
     */
    void save(Release release);

    /**
     * Releases matching the search, by number (year, then sequence), at most {@code
     * search.limit()}, and only those after {@code search.after()} when given. Paging after the
     * number of the last release of each page reads every match exactly once.
     */
    List<Release> search(ReleaseSearch search);
}
