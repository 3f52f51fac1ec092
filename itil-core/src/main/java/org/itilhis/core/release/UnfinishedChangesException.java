package org.itilhis.core.release;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.shared.DomainException;

/**
 * Closing a release while a bundled change is neither implemented nor closed: a release
 * closes only when the work of all its changes is done. The message names the changes.
 */
public final class UnfinishedChangesException extends DomainException {
    private final ImmutableList<ChangeId> changes;

    public UnfinishedChangesException(ReleaseNumber number, List<BundledChange> unfinished) {
        super("release.unfinished-changes", number, unfinished.stream().map(c -> c.number().toString()).toList());
        this.changes = unfinished.stream().map(BundledChange::id).collect(ImmutableList.toImmutableList());
    }

    /** The bundled changes that are not finished. */
    public ImmutableList<ChangeId> changes() {
        return changes;
    }
}
