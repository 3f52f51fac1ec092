package org.itilhis.core.release;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.shared.DomainException;

/**
 * A go for the hospital-wide stage while a bundled change is not approved (not yet approved,
 * failed, rejected or cancelled): a release never reaches every ward with such a change. The
 * message names the changes by their numbers.
 */
public final class UnapprovedChangesException extends DomainException {
    private final ImmutableList<ChangeId> changes;

    public UnapprovedChangesException(ReleaseNumber number, String stage, List<BundledChange> unapproved) {
        super("release.unapproved-changes", number, stage,
                unapproved.stream().map(c -> c.number().toString()).toList());
        this.changes = unapproved.stream().map(BundledChange::id).collect(ImmutableList.toImmutableList());
    }

    /** The bundled changes that are not approved. */
    public ImmutableList<ChangeId> changes() {
        return changes;
    }
}
