package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hashing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.DeliveredAlert;
import org.itilhis.core.monitoring.MalformedAlertsException;
import org.itilhis.ports.monitoring.out.AlertPayloads;

/**
 * Reads the three formats the receivers take (docs/monitoring/):
 * <ul>
 *   <li>Prometheus Alertmanager's webhook, version 4, as documented at
 *       https://prometheus.io/docs/alerting/latest/configuration/#webhook_config: {@code alerts[]}
 *       with {@code status}, {@code labels}, {@code annotations}, {@code startsAt}, {@code endsAt}
 *       (Go's zero time while firing), {@code fingerprint}; the group's fields are not needed;</li>
 *   <li>the payload of the Zabbix media type script the project ships
 *       (docs/monitoring/zabbix-media-type.js): one event, its id the fingerprint;</li>
 *   <li>the generic format (docs/monitoring/generic.md).</li>
 * </ul>
 * A severity a source names that has no counterpart is the configured default.
 */
public final class AlertFormats implements AlertPayloads {
    private static final DateTimeFormatter ZABBIX_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd", Locale.ROOT);
    private static final int MAX_SUMMARY = 2000;

    private final AlertSeverity defaultSeverity;

    /** Reads severities without a counterpart as {@code defaultSeverity}. */
    public AlertFormats(AlertSeverity defaultSeverity) {
        this.defaultSeverity = checkNotNull(defaultSeverity, "defaultSeverity");
    }

    /** Unknown severities as WARNING: an alert nobody classified still degrades its item. */
    public static AlertFormats hospitalDefault() {
        return new AlertFormats(AlertSeverity.WARNING);
    }

    @Override
    public List<DeliveredAlert> read(AlertSourceKind kind, byte[] body) {
        JsonNode root = JsonReader.object(checkNotNull(body, "body"));
        return switch (checkNotNull(kind, "kind")) {
            case ALERTMANAGER -> alertmanager(root);
            case ZABBIX -> List.of(zabbix(root));
            case GENERIC -> generic(root);
        };
    }

    private List<DeliveredAlert> alertmanager(JsonNode root) {
        JsonReader.text(root, "", "version", 10).filter(version -> !version.equals("4")).ifPresent(version -> {
            throw new MalformedAlertsException("/version", "version " + version + " of the webhook, not 4");
        });
        JsonNode alerts = JsonReader.array(root, "", "alerts");
        List<DeliveredAlert> read = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            String path = "/alerts/" + i;
            JsonNode alert = object(alerts.get(i), path);
            AlertStatus status = status(JsonReader.required(alert, path, "status", 20), path + "/status");
            ImmutableMap<String, String> labels = JsonReader.strings(alert, path, "labels");
            ImmutableMap<String, String> annotations = JsonReader.strings(alert, path, "annotations");
            String name = Optional.ofNullable(labels.get("alertname")).filter(n -> !n.isBlank())
                    .orElseThrow(() -> new MalformedAlertsException(path + "/labels/alertname", "missing"));
            String fingerprint = JsonReader.text(alert, path, "fingerprint", JsonReader.MAX_NAME)
                    .filter(f -> !f.isBlank()).orElseGet(() -> fingerprintOf(labels));
            Instant startsAt = JsonReader.requiredInstant(alert, path, "startsAt");
            Optional<Instant> endsAt = ends(status, alert, path);
            String summary = first(annotations.get("summary"), annotations.get("description")).orElse(name);
            read.add(new DeliveredAlert(i, fingerprint, status, cap(name, JsonReader.MAX_NAME),
                    alertmanagerSeverity(labels.get("severity")), startsAt, endsAt, cap(summary, MAX_SUMMARY), labels,
                    JsonReader.excerpt(alert)));
        }
        return read;
    }

    private AlertSeverity alertmanagerSeverity(String label) {
        if (label == null) {
            return defaultSeverity;
        }
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "critical", "page", "disaster", "high" -> AlertSeverity.CRITICAL;
            case "warning", "warn", "average" -> AlertSeverity.WARNING;
            case "info", "information", "none" -> AlertSeverity.INFO;
            default -> defaultSeverity;
        };
    }

    /** Alertmanager before 0.20 sent no fingerprint: the labels' SHA-256, as stable as Alertmanager's own. */
    private static String fingerprintOf(ImmutableMap<String, String> labels) {
        StringBuilder text = new StringBuilder();
        ImmutableSortedMap.copyOf(labels).forEach((k, v) -> text.append(k).append('\u0000').append(v).append('\u0000'));
        return Hashing.sha256().hashString(text, UTF_8).toString().substring(0, 16);
    }

    private DeliveredAlert zabbix(JsonNode root) {
        String id = JsonReader.required(root, "", "event_id", JsonReader.MAX_NAME);
        String value = JsonReader.required(root, "", "event_value", 5);
        AlertStatus status = switch (value) {
            case "1" -> AlertStatus.FIRING;
            case "0" -> AlertStatus.RESOLVED;
            default -> throw new MalformedAlertsException("/event_value", "neither 1 (problem) nor 0 (recovery)");
        };
        String trigger = JsonReader.required(root, "", "trigger_name", 1000);
        ZoneOffset offset = offset(JsonReader.text(root, "", "timezone", 10).orElse("+08:00"));
        Instant startsAt = zabbixTime(root, "event_date", "event_time", offset).orElseThrow(() ->
                new MalformedAlertsException("/event_date", "missing"));
        Optional<Instant> endsAt = status == AlertStatus.RESOLVED
                ? Optional.of(zabbixTime(root, "recovery_date", "recovery_time", offset).orElseThrow(() ->
                new MalformedAlertsException("/recovery_date", "missing for a recovery")))
                : Optional.empty();
        ImmutableMap.Builder<String, String> labels = ImmutableMap.builder();
        JsonNode tags = root.get("tags");
        if (tags != null && !tags.isNull()) {
            JsonNode list = JsonReader.array(root, "", "tags");
            for (int i = 0; i < list.size() && i < JsonReader.MAX_LABELS; i++) {
                JsonNode tag = object(list.get(i), "/tags/" + i);
                labels.put(JsonReader.required(tag, "/tags/" + i, "tag", JsonReader.MAX_NAME),
                        JsonReader.text(tag, "/tags/" + i, "value", JsonReader.MAX_VALUE).orElse(""));
            }
        }
        Optional<String> host = nonBlank(JsonReader.text(root, "", "host", 255));
        host.ifPresent(h -> labels.put("host", h));
        nonBlank(JsonReader.text(root, "", "host_ip", 100)).ifPresent(ip -> labels.put("ip", ip));
        nonBlank(JsonReader.text(root, "", "asset_tag", 64)).ifPresent(tag -> labels.put("asset_tag", tag));
        Optional<String> severityName = nonBlank(JsonReader.text(root, "", "severity_name", 50));
        severityName.ifPresent(name -> labels.put("severity", name));
        String summary = trigger + host.map(h -> " on " + h).orElse("");
        return new DeliveredAlert(0, id, status, cap(trigger, JsonReader.MAX_NAME),
                zabbixSeverity(JsonReader.text(root, "", "severity", 5)), startsAt, endsAt, cap(summary, MAX_SUMMARY),
                labels.buildKeepingLast(), JsonReader.excerpt(root));
    }

    /** {EVENT.NSEVERITY}: 5 disaster and 4 high take the item down, 3 average and 2 warning degrade it, 1 and 0 inform. */
    private AlertSeverity zabbixSeverity(Optional<String> severity) {
        return switch (severity.map(String::strip).orElse("")) {
            case "5", "4" -> AlertSeverity.CRITICAL;
            case "3", "2" -> AlertSeverity.WARNING;
            case "1", "0" -> AlertSeverity.INFO;
            case "" -> defaultSeverity;
            default -> throw new MalformedAlertsException("/severity", "not a Zabbix severity from 0 to 5");
        };
    }

    private static Optional<Instant> zabbixTime(JsonNode root, String dateField, String timeField, ZoneOffset offset) {
        Optional<String> date = nonBlank(JsonReader.text(root, "", dateField, 20));
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String time = nonBlank(JsonReader.text(root, "", timeField, 20)).orElseThrow(() ->
                new MalformedAlertsException("/" + timeField, "missing"));
        try {
            return Optional.of(LocalDate.parse(date.get().strip(), ZABBIX_DATE).atTime(LocalTime.parse(time.strip()))
                    .toInstant(offset));
        } catch (DateTimeParseException malformed) {
            throw new MalformedAlertsException("/" + dateField, "not a Zabbix date (yyyy.MM.dd) and time (HH:mm:ss)");
        }
    }

    private static ZoneOffset offset(String text) {
        try {
            return ZoneOffset.of(text.strip());
        } catch (RuntimeException notAnOffset) {
            throw new MalformedAlertsException("/timezone", "not a UTC offset such as +08:00");
        }
    }

    private List<DeliveredAlert> generic(JsonNode root) {
        JsonNode alerts = JsonReader.array(root, "", "alerts");
        List<DeliveredAlert> read = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            String path = "/alerts/" + i;
            JsonNode alert = object(alerts.get(i), path);
            String id = JsonReader.required(alert, path, "id", JsonReader.MAX_NAME);
            AlertStatus status = status(JsonReader.required(alert, path, "status", 20), path + "/status");
            String name = JsonReader.required(alert, path, "name", JsonReader.MAX_NAME);
            AlertSeverity severity = JsonReader.text(alert, path, "severity", 20).map(s -> switch (s) {
                case "critical" -> AlertSeverity.CRITICAL;
                case "warning" -> AlertSeverity.WARNING;
                case "info" -> AlertSeverity.INFO;
                default -> throw new MalformedAlertsException(path + "/severity", "not critical, warning or info");
            }).orElse(defaultSeverity);
            Instant startsAt = JsonReader.requiredInstant(alert, path, "startsAt");
            Optional<Instant> endsAt = ends(status, alert, path);
            String summary = JsonReader.text(alert, path, "summary", MAX_SUMMARY).filter(s -> !s.isBlank())
                    .orElse(name);
            read.add(new DeliveredAlert(i, id, status, name, severity, startsAt, endsAt, summary,
                    JsonReader.strings(alert, path, "labels"), JsonReader.excerpt(alert)));
        }
        return read;
    }

    private static Optional<Instant> ends(AlertStatus status, JsonNode alert, String path) {
        Optional<Instant> endsAt = JsonReader.instant(alert, path, "endsAt");
        if (status == AlertStatus.FIRING) {
            return Optional.empty();
        }
        if (endsAt.isEmpty()) {
            throw new MalformedAlertsException(path + "/endsAt", "missing for a resolved alert");
        }
        return endsAt;
    }

    private static AlertStatus status(String text, String field) {
        return switch (text) {
            case "firing" -> AlertStatus.FIRING;
            case "resolved" -> AlertStatus.RESOLVED;
            default -> throw new MalformedAlertsException(field, "neither firing nor resolved");
        };
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new MalformedAlertsException(path, "not an object");
        }
        return node;
    }

    private static Optional<String> first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate.strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty());
    }

    private static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
