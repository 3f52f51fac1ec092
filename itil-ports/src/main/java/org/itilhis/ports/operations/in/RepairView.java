package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairAction;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.repair.RepairSnapshot;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.core.repair.RepairWorkflows;

/** A repair as its reader sees it, with the steps its workflow allows now. */
public record RepairView(RepairSnapshot repair, ImmutableSet<RepairAction> allowedActions) {
    public RepairView {
        checkNotNull(repair, "repair");
        checkNotNull(allowedActions, "allowedActions");
    }

    public static RepairView of(Repair repair) {
        return new RepairView(repair.snapshot(), RepairWorkflows.REPAIR.allowedActions(repair.status()));
    }

    public RepairId id() {
        return repair.id();
    }

    public RepairStatus status() {
        return repair.status();
    }

    public long version() {
        return repair.version();
    }
}
