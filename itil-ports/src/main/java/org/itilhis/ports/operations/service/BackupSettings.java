package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The hospital's rules for its backup records.
 *
 * @param lookback how far back due times count: a run is matched to a due time at most this long
 *                 before its start, and the missed-run check looks this far back (a node down for
 *                 longer leaves older misses unreported)
 */
public record BackupSettings(Duration lookback) {
    public BackupSettings {
        checkNotNull(lookback, "lookback");
        checkArgument(!lookback.isNegative() && !lookback.isZero(), "lookback %s is not positive", lookback);
    }

    /** Three days back. */
    public static BackupSettings hospitalDefault() {
        return new BackupSettings(Duration.ofDays(3));
    }
}
