package org.itilhis.ports.monitoring.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.ReceivedAlert;

/**
 * A received alert as the alert log keeps it.
 *
 * @param position   its place in the log, increasing in the order alerts were recorded (gaps allowed)
 * @param alert      the alert, normalised
 * @param ci         the item the mapping rules found for it; empty when none: it is then listed
 *                   for the configuration manager, never dropped
 * @param receivedAt when the library recorded it
 */
public record StoredAlert(long position, ReceivedAlert alert, Optional<CiId> ci, Instant receivedAt) {
    public StoredAlert {
        checkArgument(position > 0, "position %s is not positive", position);
        checkNotNull(alert, "alert");
        checkNotNull(ci, "ci");
        checkNotNull(receivedAt, "receivedAt");
    }
}
