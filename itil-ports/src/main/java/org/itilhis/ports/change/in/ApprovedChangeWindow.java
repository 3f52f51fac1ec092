package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.cmdb.CiId;

/** An approved change's planned window and the items it touches. */
public record ApprovedChangeWindow(ChangeNumber change, ImmutableSet<CiId> cis, PlannedWindow window) {
    public ApprovedChangeWindow {
        checkNotNull(change, "change");
        cis = ImmutableSet.copyOf(checkNotNull(cis, "cis"));
        checkNotNull(window, "window");
    }
}
