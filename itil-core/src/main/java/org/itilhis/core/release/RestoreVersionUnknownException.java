package org.itilhis.core.release;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;

/**
 * A rollback that would not know what to set some items back to: their deployments recorded
 * no previous version and the rollback gave none. The message names the items.
 */
public final class RestoreVersionUnknownException extends DomainException {
    private final ImmutableList<CiId> items;

    public RestoreVersionUnknownException(ReleaseNumber number, List<CiId> items) {
        super("release.restore-version-unknown", number, items.stream().map(CiId::toString).toList());
        this.items = ImmutableList.copyOf(items);
    }

    public ImmutableList<CiId> items() {
        return items;
    }
}
