package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A configuration item reached by a failure, its resulting operational state and one shortest
 * path explaining why: it starts at a failed item and ends here, each item on it needing the
 * one before. A failed item is itself affected, down, with a path of length 0.
 */
public record AffectedCi(CiNode item, OperationalState state, CiPath path) {
    public AffectedCi {
        checkNotNull(item, "item");
        checkNotNull(state, "state");
        checkNotNull(path, "path");
        checkArgument(state != OperationalState.OPERATIONAL, "an affected item is not operational: %s", item.id());
        checkArgument(path.end().equals(item.id()), "the path of %s ends at %s", item.id(), path.end());
    }

    public CiId id() {
        return item.id();
    }
}
