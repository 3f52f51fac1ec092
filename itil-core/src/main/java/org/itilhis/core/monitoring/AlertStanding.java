package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;

/**
 * Where one alert (its source and fingerprint) stands on its item: firing or resolved, as of
 * the latest delivery that counted. Sources retry and deliver out of order, so a delivery counts
 * only if it is newer than the standing one: a firing is as of its start, a resolution as of its
 * end, and at the same instant the resolution wins. An older delivery arriving late therefore
 * never flips an item's state back.
 *
 * @param position the alert log's position of the delivery that set it
 * @param at       its start when firing, its end when resolved
 */
public record AlertStanding(String source, String fingerprint, CiId ci, String name, AlertStatus status,
                            AlertSeverity severity, Instant at, long position) {
    public AlertStanding {
        checkNotNull(source, "source");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(ci, "ci");
        checkNotNull(name, "name");
        checkNotNull(status, "status");
        checkNotNull(severity, "severity");
        checkNotNull(at, "at");
        checkArgument(position > 0, "position %s is not positive", position);
    }

    /** The standing a delivery of {@code alert}, recorded at {@code position} for {@code ci}, sets. */
    public static AlertStanding of(ReceivedAlert alert, CiId ci, long position) {
        checkNotNull(alert, "alert");
        return new AlertStanding(alert.source(), alert.fingerprint(), ci, alert.name(), alert.status(),
                alert.severity(), timeOf(alert), position);
    }

    /** The instant a delivery speaks of: its start when firing, its end when resolved. */
    public static Instant timeOf(ReceivedAlert alert) {
        return alert.endsAt().orElse(alert.startsAt());
    }

    public boolean firing() {
        return status == AlertStatus.FIRING;
    }

    /** Whether {@code alert} (the same source and fingerprint) is newer than this standing, and so replaces it. */
    public boolean isSupersededBy(ReceivedAlert alert) {
        checkArgument(alert.source().equals(source) && alert.fingerprint().equals(fingerprint),
                "%s %s is another alert than %s %s", alert.source(), alert.fingerprint(), source, fingerprint);
        Instant time = timeOf(alert);
        if (time.isAfter(at)) {
            return true;
        }
        return time.equals(at) && status == AlertStatus.FIRING && alert.status() == AlertStatus.RESOLVED;
    }

    /**
     * An item's state from its firing alerts: the worst their severities say (critical: down,
     * warning: degraded, information: operational); operational without any.
     */
    public static OperationalState stateOf(Collection<AlertStanding> firing) {
        OperationalState state = OperationalState.OPERATIONAL;
        for (AlertStanding standing : firing) {
            if (standing.firing()) {
                state = state.worst(standing.severity().state());
            }
        }
        return state;
    }
}
