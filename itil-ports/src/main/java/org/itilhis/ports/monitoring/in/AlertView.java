package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.ReceivedAlert;

/** A recorded alert as people see it: its place in the log, the alert, its item if mapped, when received. */
public record AlertView(long position, ReceivedAlert alert, Optional<CiId> ci, Instant receivedAt) {
    public AlertView {
        checkNotNull(alert, "alert");
        checkNotNull(ci, "ci");
        checkNotNull(receivedAt, "receivedAt");
    }
}
