package org.itilhis.adapters.rest.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.itilhis.core.monitoring.AlertMappingRule;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.core.monitoring.RejectionReason;
import org.itilhis.ports.monitoring.in.AlertMappingsView;
import org.itilhis.ports.monitoring.in.AlertSourceView;
import org.itilhis.ports.monitoring.in.AlertView;
import org.itilhis.ports.monitoring.in.IntakeOutcome;
import org.itilhis.ports.monitoring.in.IssuedCredentials;
import org.itilhis.ports.monitoring.in.RejectionView;

/** Monitoring as the API shows it, and the bodies it takes. */
public final class MonitoringJson {
    private MonitoringJson() {
    }

    /** What a receiver did with a delivery. */
    public record IntakeJson(int received, int recorded, int duplicates, int rejected, int unmapped) {
        static IntakeJson of(IntakeOutcome outcome) {
            return new IntakeJson(outcome.received(), outcome.recorded(), outcome.duplicates(), outcome.rejected(),
                    outcome.unmapped());
        }
    }

    /** A recorded alert. */
    public record ReceivedAlertJson(long position, String source, String fingerprint, AlertStatus status, String name,
                            AlertSeverity severity, Instant startsAt, Instant endsAt, String summary,
                            Map<String, String> labels, String ci, Instant receivedAt) {
        static ReceivedAlertJson of(AlertView view) {
            ReceivedAlert a = view.alert();
            return new ReceivedAlertJson(view.position(), a.source(), a.fingerprint(), a.status(), a.name(), a.severity(),
                    a.startsAt(), a.endsAt().orElse(null), a.summary(), a.labels(),
                    view.ci().map(Object::toString).orElse(null), view.receivedAt());
        }
    }

    /** A page of alerts, newest first; {@code nextCursor} asks for the next (older) page. */
    public record ReceivedAlertsJson(List<ReceivedAlertJson> items, String nextCursor) {
    }

    /** A source, never its credentials. */
    public record AlertSourceJson(String code, AlertSourceKind kind, boolean enabled, boolean signed,
                                  Instant registeredAt, long version) {
        static AlertSourceJson of(AlertSourceView view) {
            return new AlertSourceJson(view.code(), view.kind(), view.enabled(), view.signed(), view.registeredAt(),
                    view.version());
        }
    }

    public record AlertSourcesJson(List<AlertSourceJson> items) {
    }

    /** A source just registered or rotated, with its credentials: shown this once. */
    public record IssuedCredentialsJson(String code, AlertSourceKind kind, boolean enabled, boolean signed,
                                        Instant registeredAt, long version, String token, String signingSecret) {
        static IssuedCredentialsJson of(IssuedCredentials issued) {
            AlertSourceView v = issued.source();
            return new IssuedCredentialsJson(v.code(), v.kind(), v.enabled(), v.signed(), v.registeredAt(),
                    v.version(), issued.token().value(), issued.signingSecret().map(s -> s.value()).orElse(null));
        }
    }

    /**
     * {@code POST /alert-sources}: the code, the kind, the bearer token (generated when absent),
     * whether a GENERIC source signs its deliveries and with what secret (generated when absent).
     */
    public record RegisterSourceBodyJson(String code, String kind, String token, Boolean signed,
                                         String signingSecret) {
    }

    /** {@code POST /alert-sources/{code}/rotate-credentials}: as at registration. */
    public record RotateCredentialsBodyJson(String token, Boolean signed, String signingSecret) {
    }

    /** One mapping rule. */
    public record RuleJson(AlertMappingRule.Match match, String label, String attribute, String value, String ci) {
        static RuleJson of(AlertMappingRule rule) {
            return new RuleJson(rule.match(), rule.label(), rule.attribute().orElse(null), rule.value().orElse(null),
                    rule.ci().map(Object::toString).orElse(null));
        }
    }

    /** The rules in the order they are tried, at their version (0: the defaults, never saved). */
    public record MappingsJson(List<RuleJson> rules, long version) {
        static MappingsJson of(AlertMappingsView view) {
            return new MappingsJson(view.rules().stream().map(RuleJson::of).toList(), view.version());
        }
    }

    /** {@code PUT /alert-mappings}: every rule, in order. */
    public record MappingsBodyJson(List<RuleBodyJson> rules) {
    }

    /** A rule as sent: {@code match} is ASSET_TAG, HOST_NAME, IP_ADDRESS or LABEL_VALUE. */
    public record RuleBodyJson(String match, String label, String attribute, String value, String ci) {
    }

    /** A rejected delivery or alert. */
    public record RejectionJson(long id, String source, RejectionReason reason, String field, String detail,
                                String excerpt, Instant receivedAt) {
        static RejectionJson of(RejectionView view) {
            AlertRejection r = view.rejection();
            return new RejectionJson(view.id(), r.source(), r.reason(), r.field(), r.detail(), r.excerpt(),
                    r.receivedAt());
        }
    }

    public record RejectionsJson(List<RejectionJson> items, String nextCursor) {
    }
}
