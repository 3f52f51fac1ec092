package org.itilhis.ports.monitoring.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.ports.monitoring.in.AlertSearch;

/**
 * Every alert received, once: the same delivery of the same alert (its source, fingerprint,
 * status and start) is recorded the first time only, so a source that retries or repeats changes
 * nothing. A reader following the log by position (the correlator) that has read up to position
 * p and reads again later sees every alert recorded since and none below p it has not seen: the
 * store hands out positions in commit order, as the event log does (ADR 0009).
 */
public interface AlertLog {
    /**
     * Records the alert, mapped to {@code ci}, unless the same delivery was recorded before.
     *
     * @return the stored alert, and whether this call recorded it
     */
    Recorded record(ReceivedAlert alert, Optional<CiId> ci, Instant receivedAt);

    /** Up to {@code limit} alerts recorded after {@code position}, in position order. */
    List<StoredAlert> after(long position, int limit);

    /**
     * Records each alert of one delivery, as {@link #record} would one after the other, in the
     * caller's transaction; a store may batch them.
     */
    default List<Recorded> recordAll(List<Mapped> alerts, Instant receivedAt) {
        return alerts.stream().map(mapped -> record(mapped.alert(), mapped.ci(), receivedAt)).toList();
    }

    /** The alert at {@code position}, if one is recorded there. */
    Optional<StoredAlert> find(long position);

    /** The alerts {@code search} lists, newest first (highest position first). */
    List<StoredAlert> search(AlertSearch search);

    /** An alert and the item the rules mapped it to (empty when none). */
    record Mapped(ReceivedAlert alert, Optional<CiId> ci) {
        public Mapped {
            java.util.Objects.requireNonNull(alert, "alert");
            java.util.Objects.requireNonNull(ci, "ci");
        }
    }

    /** What {@link #record} did: the stored alert, and whether it was new. */
    record Recorded(StoredAlert alert, boolean created) {
    }
}
