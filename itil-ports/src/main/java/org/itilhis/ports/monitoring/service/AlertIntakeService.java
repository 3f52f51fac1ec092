package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.monitoring.CiLookup;
import org.itilhis.core.monitoring.DeliveredAlert;
import org.itilhis.core.monitoring.MalformedAlertsException;
import org.itilhis.core.monitoring.RejectionReason;
import org.itilhis.ports.monitoring.in.AlertDelivery;
import org.itilhis.ports.monitoring.in.AlertIntakeUseCase;
import org.itilhis.ports.monitoring.in.AlertSourceNotFoundException;
import org.itilhis.ports.monitoring.in.IntakeOutcome;
import org.itilhis.ports.monitoring.in.SourceNotAuthenticatedException;
import org.itilhis.ports.monitoring.out.AlertLog;

/**
 * The alert intake: finds the source the address names, authenticates the delivery by the
 * source's credentials (never a person's), reads it in the source's format, checks each alert's
 * times, maps it to an item through the in-memory index, and records the delivery's alerts and
 * its rejections in one transaction. Cheap on purpose (a storm is 10,000 alerts a minute): one
 * read of the source and one of the rules, the index in memory, one transaction of batched
 * inserts. A delivery it cannot authenticate or read is refused whole, and that refusal is kept.
 * Not run through the command pipeline: it acts as the system and appends no domain events (the
 * alert log is its own record, followed by position).
 */
final class AlertIntakeService implements AlertIntakeUseCase {
    private final MonitoringPorts ports;
    private final MonitoringSettings settings;
    private final CiIndex index;

    AlertIntakeService(MonitoringPorts ports, MonitoringSettings settings, CiIndex index) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.index = checkNotNull(index, "index");
    }

    @Override
    public IntakeOutcome receive(AlertDelivery delivery) {
        checkNotNull(delivery, "delivery");
        Instant now = ports.desk().clock().instant();
        AlertSource source = ports.sources().find(delivery.source())
                .orElseThrow(() -> new AlertSourceNotFoundException(delivery.source()));
        if (!source.authenticates(delivery.bearer().orElse(null), delivery.signature().orElse(null),
                delivery.body())) {
            reject(new AlertRejection(source.code(), RejectionReason.NOT_AUTHENTICATED,
                    source.isSigned() ? "Authorization, X-Itilhis-Signature" : "Authorization",
                    source.isEnabled() ? "the bearer token or the signature does not match the source's"
                            : "the source is disabled", "", now));
            throw new SourceNotAuthenticatedException(source.code());
        }
        List<DeliveredAlert> delivered;
        try {
            delivered = ports.payloads().read(source.kind(), delivery.body());
            if (delivered.size() > settings.maxAlertsPerDelivery()) {
                throw new MalformedAlertsException("/alerts", delivered.size() + " alerts, more than the "
                        + settings.maxAlertsPerDelivery() + " one delivery may hold");
            }
        } catch (MalformedAlertsException malformed) {
            reject(new AlertRejection(source.code(), RejectionReason.MALFORMED, malformed.field(), malformed.reason(),
                    excerpt(delivery.body()), now));
            throw malformed;
        }
        return record(source.code(), delivered, now);
    }

    private IntakeOutcome record(String source, List<DeliveredAlert> delivered, Instant now) {
        AlertMappings mappings = ports.mappings().current();
        CiLookup items = index.current(mappings.attributes());
        List<AlertLog.Mapped> accepted = new ArrayList<>(delivered.size());
        List<AlertRejection> rejected = new ArrayList<>();
        for (DeliveredAlert alert : delivered) {
            Optional<AlertRejection> refusal = alert.refusal(source, now, settings.futureTolerance());
            if (refusal.isPresent()) {
                rejected.add(refusal.get());
            } else {
                accepted.add(new AlertLog.Mapped(alert.received(source), mappings.map(alert.labels(), items)));
            }
        }
        List<AlertLog.Recorded> recorded = ports.desk().transactions().inTransaction(() -> {
            if (!rejected.isEmpty()) {
                ports.rejections().record(rejected);
            }
            return accepted.isEmpty() ? List.of() : ports.alerts().recordAll(accepted, now);
        });
        int created = (int) recorded.stream().filter(AlertLog.Recorded::created).count();
        int unmapped = (int) recorded.stream().filter(r -> r.created() && r.alert().ci().isEmpty()).count();
        return new IntakeOutcome(delivered.size(), created, recorded.size() - created, rejected.size(), unmapped);
    }

    private void reject(AlertRejection rejection) {
        ports.desk().transactions().inTransaction(() -> {
            ports.rejections().record(List.of(rejection));
            return null;
        });
    }

    /** The start of the body as text, for the rejection (bytes that are not UTF-8 become U+FFFD). */
    private static String excerpt(byte[] body) {
        int length = Math.min(body.length, AlertRejection.MAX_EXCERPT * 4);
        return AlertRejection.cap(new String(body, 0, length, UTF_8), AlertRejection.MAX_EXCERPT);
    }
}
