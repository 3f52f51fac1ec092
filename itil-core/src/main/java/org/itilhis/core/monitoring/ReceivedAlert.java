package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;

/**
 * One alert as a monitoring source delivered it, normalised from the source's format.
 *
 * @param source      the registered source's code ({@code prometheus-core}, {@code zabbix})
 * @param fingerprint what identifies the alert across deliveries at its source: Alertmanager's
 *                    fingerprint, Zabbix's problem event id, the generic format's {@code id};
 *                    its firing and its resolution share it
 * @param status      firing or resolved
 * @param name        what is wrong, stable for the same problem ({@code alertname}, the Zabbix
 *                    trigger's name): further alerts of the same name on the same item add to
 *                    the same incident
 * @param severity    how bad it is
 * @param startsAt    when the condition began, as the source says
 * @param endsAt      when it cleared, present exactly when resolved
 * @param summary     one line for people (the {@code summary} annotation, the trigger's text)
 * @param labels      every label or tag the source sent ({@code instance}, {@code host},
 *                    {@code ip}, {@code asset_tag}), which the mapping rules read
 */
public record ReceivedAlert(String source, String fingerprint, AlertStatus status, String name,
                            AlertSeverity severity, Instant startsAt, Optional<Instant> endsAt, String summary,
                            ImmutableMap<String, String> labels) {
    public ReceivedAlert {
        checkNotNull(source, "source");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(status, "status");
        checkNotNull(name, "name");
        checkNotNull(severity, "severity");
        checkNotNull(startsAt, "startsAt");
        checkNotNull(endsAt, "endsAt");
        checkNotNull(summary, "summary");
        labels = ImmutableMap.copyOf(checkNotNull(labels, "labels"));
        checkArgument(endsAt.isPresent() == (status == AlertStatus.RESOLVED), "a %s alert with endsAt %s", status,
                endsAt);
        endsAt.ifPresent(end -> checkArgument(!end.isBefore(startsAt), "alert ends at %s before it starts at %s",
                end, startsAt));
    }
}
