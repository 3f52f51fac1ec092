package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One alert read from a delivery in its source's format, before the intake's checks: its times
 * as the source gave them, which may be in the future or out of order.
 *
 * @param index   its place in the delivery, from 0, for the rejection's field ({@code /alerts/3})
 * @param endsAt  when it cleared; read only for a resolved alert (a firing Alertmanager alert's
 *                {@code endsAt} is a placeholder)
 * @param excerpt the alert as delivered, capped, for a rejection
 */
public record DeliveredAlert(int index, String fingerprint, AlertStatus status, String name, AlertSeverity severity,
                             Instant startsAt, Optional<Instant> endsAt, String summary,
                             ImmutableMap<String, String> labels, String excerpt) {
    public DeliveredAlert {
        checkArgument(index >= 0, "index %s", index);
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(status, "status");
        checkNotNull(name, "name");
        checkNotNull(severity, "severity");
        checkNotNull(startsAt, "startsAt");
        checkNotNull(endsAt, "endsAt");
        checkNotNull(summary, "summary");
        labels = ImmutableMap.copyOf(checkNotNull(labels, "labels"));
        excerpt = AlertRejection.cap(checkNotNull(excerpt, "excerpt"), AlertRejection.MAX_EXCERPT);
        checkArgument(endsAt.isPresent() == (status == AlertStatus.RESOLVED), "a %s alert with endsAt %s", status,
                endsAt);
    }

    /**
     * Why this alert is not recorded when it arrives at {@code now}: it starts or ends later than
     * {@code tolerance} after now (a source's clock far ahead), or ends before it starts; empty
     * when it is fine. The tolerance allows for clocks a little apart.
     */
    public Optional<AlertRejection> refusal(String source, Instant now, Duration tolerance) {
        Instant latest = now.plus(tolerance);
        if (startsAt.isAfter(latest)) {
            return Optional.of(rejection(source, RejectionReason.IN_THE_FUTURE, "startsAt",
                    "starts at " + startsAt + ", more than " + tolerance + " after it was received at " + now, now));
        }
        if (endsAt.isPresent() && endsAt.get().isAfter(latest)) {
            return Optional.of(rejection(source, RejectionReason.IN_THE_FUTURE, "endsAt",
                    "ends at " + endsAt.get() + ", more than " + tolerance + " after it was received at " + now, now));
        }
        if (endsAt.isPresent() && endsAt.get().isBefore(startsAt)) {
            return Optional.of(rejection(source, RejectionReason.ENDS_BEFORE_START, "endsAt",
                    "ends at " + endsAt.get() + " before it starts at " + startsAt, now));
        }
        return Optional.empty();
    }

    private AlertRejection rejection(String source, RejectionReason reason, String field, String detail, Instant now) {
        return new AlertRejection(source, reason, "/alerts/" + index + "/" + field, detail, excerpt, now);
    }

    /**
     * The alert as recorded from {@code source}.
     *
     * @throws IllegalArgumentException if it ends before it starts (see {@link #refusal})
     */
    public ReceivedAlert received(String source) {
        return new ReceivedAlert(source, fingerprint, status, name, severity, startsAt, endsAt, summary, labels);
    }
}
