package org.itilhis.ports.release.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;

/**
 * Reading releases, for whoever holds {@code VIEW_RELEASE} (under the hospital default the
 * release manager, the change manager, the director and the system); to anyone else there are
 * no releases.
 */
public interface ReleaseQueries {
    /** @throws ReleaseNotFoundException if absent or not visible to the actor */
    ReleaseView release(Actor actor, ReleaseId id);

    Optional<ReleaseView> byNumber(Actor actor, ReleaseNumber number);

    /**
     * The releases matching {@code search}, by number, at most {@code search.limit()}, after
     * {@code search.after()} when given (keyset paging: search again after the last number
     * returned).
     */
    List<ReleaseView> search(Actor actor, ReleaseSearch search);

    /** "A change shows its releases": the releases that bundle {@code change}. */
    default List<ReleaseView> releasesOf(Actor actor, ChangeId change) {
        return search(actor, ReleaseSearch.all(ReleaseSearch.MAX_LIMIT).bundling(change));
    }

    /**
     * The audit trail of one release, oldest first: its own events. What its deployments and
     * rollback did to the CMDB is in each item's history, whose notes name the release.
     *
     * @throws ReleaseNotFoundException if absent or not visible to the actor
     */
    List<DomainEvent> history(Actor actor, ReleaseId id);
}
