package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.ports.change.in.ApprovedChangeWindows;
import org.itilhis.ports.monitoring.in.ObservedOutages;
import org.itilhis.ports.operations.in.RepairDowntime;

/**
 * What the other practices tell availability, each through a port of their own, unchecked:
 * the item outages monitoring saw, the repairs' downtime and the approved changes' windows.
 */
public record OutageSources(ObservedOutages observed, RepairDowntime repairs, ApprovedChangeWindows windows) {
    public OutageSources {
        checkNotNull(observed, "observed");
        checkNotNull(repairs, "repairs");
        checkNotNull(windows, "windows");
    }

    /** No monitoring, no repairs, no changes: only the declared outages count (a desk without those practices). */
    public static OutageSources none() {
        return new OutageSources((cis, from, to) -> List.of(), (cis, from, to) -> List.of(),
                (cis, from, to) -> List.of());
    }
}
