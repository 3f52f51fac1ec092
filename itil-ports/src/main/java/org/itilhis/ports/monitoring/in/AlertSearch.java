package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertStatus;

/**
 * Which recorded alerts to list, newest first: of a source, of an item, of a status, received
 * since an instant, only those no rule mapped ({@code unmapped}), below a position (the cursor of
 * the next page), at most {@code limit}.
 */
public record AlertSearch(Optional<String> source, Optional<CiId> ci, Optional<AlertStatus> status,
                          Optional<Instant> since, boolean unmapped, Optional<Long> before, int limit) {
    /** The most alerts one page holds. */
    public static final int MAX_LIMIT = 500;

    public AlertSearch {
        checkNotNull(source, "source");
        checkNotNull(ci, "ci");
        checkNotNull(status, "status");
        checkNotNull(since, "since");
        checkNotNull(before, "before");
        checkArgument(limit > 0 && limit <= MAX_LIMIT, "limit %s", limit);
        checkArgument(!(unmapped && ci.isPresent()), "unmapped alerts have no item");
    }

    /** Every alert, newest first, {@code limit} a page. */
    public static AlertSearch all(int limit) {
        return new AlertSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), limit);
    }

    /** Whether {@code alert} is one this search lists (ignoring the page). */
    public boolean matches(AlertView alert) {
        return source.map(alert.alert().source()::equals).orElse(true)
                && ci.map(id -> alert.ci().equals(Optional.of(id))).orElse(true)
                && status.map(s -> alert.alert().status() == s).orElse(true)
                && since.map(at -> !alert.receivedAt().isBefore(at)).orElse(true)
                && (!unmapped || alert.ci().isEmpty())
                && before.map(position -> alert.position() < position).orElse(true);
    }
}
