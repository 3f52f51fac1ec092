package org.itilhis.ports.availability.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.availability.DeclaredOutage;
import org.itilhis.core.availability.DeclaredOutageSnapshot;

/** An outage declared on an incident as readers see it: the stored record, withdrawn or not, with its version. */
public record DeclaredOutageView(DeclaredOutageSnapshot outage) {
    public DeclaredOutageView {
        checkNotNull(outage, "outage");
    }

    public static DeclaredOutageView of(DeclaredOutage outage) {
        return new DeclaredOutageView(outage.snapshot());
    }

    public long version() {
        return outage.version();
    }
}
