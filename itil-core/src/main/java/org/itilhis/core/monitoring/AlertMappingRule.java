package org.itilhis.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * One rule that maps an alert to a configuration item by one of its labels, kept as data:
 * <ul>
 *   <li>{@link Match#ASSET_TAG}: the label's value is the item's asset tag ({@code asset_tag});</li>
 *   <li>{@link Match#HOST_NAME}: the label's value (without a port, for Prometheus's
 *       {@code instance}) is the item's {@code attribute} ({@code hostname}), case-insensitively;</li>
 *   <li>{@link Match#IP_ADDRESS}: the same for an IP address ({@code ip}, or {@code instance}'s host,
 *       against {@code ipAddress});</li>
 *   <li>{@link Match#LABEL_VALUE}: an alert whose label equals {@code value} is about {@code ci}.</li>
 * </ul>
 * An {@code instance} label's port is cut off for host names and addresses
 * ({@code 10.1.2.3:9100}, {@code [fe80::1]:9100}, {@code his-app-1:9100}).
 *
 * @param attribute the CI class attribute compared (HOST_NAME and IP_ADDRESS only)
 * @param value     the label's value (LABEL_VALUE only)
 * @param ci        the item it names (LABEL_VALUE only)
 */
public record AlertMappingRule(Match match, String label, Optional<String> attribute, Optional<String> value,
                               Optional<CiId> ci) {
    /** The longest label or attribute name, and the longest value. */
    public static final int MAX_LENGTH = 200;

    public AlertMappingRule {
        checkNotNull(match, "match");
        checkNotNull(label, "label");
        checkArgument(!label.isBlank() && label.length() <= MAX_LENGTH, "label %s", label);
        checkNotNull(attribute, "attribute");
        checkNotNull(value, "value");
        checkNotNull(ci, "ci");
        boolean attributed = match == Match.HOST_NAME || match == Match.IP_ADDRESS;
        checkArgument(attribute.isPresent() == attributed, "a %s rule %s an attribute", match,
                attributed ? "needs" : "takes no");
        checkArgument(value.isPresent() == (match == Match.LABEL_VALUE) && ci.isPresent() == (match == Match.LABEL_VALUE),
                "a value and an item come together, on a LABEL_VALUE rule only");
        attribute.ifPresent(a -> checkArgument(!a.isBlank() && a.length() <= MAX_LENGTH, "attribute %s", a));
        value.ifPresent(v -> checkArgument(v.length() <= MAX_LENGTH, "value of %s characters", v.length()));
    }

    public static AlertMappingRule assetTag(String label) {
        return new AlertMappingRule(Match.ASSET_TAG, label, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static AlertMappingRule hostName(String label, String attribute) {
        return new AlertMappingRule(Match.HOST_NAME, label, Optional.of(attribute), Optional.empty(), Optional.empty());
    }

    public static AlertMappingRule ipAddress(String label, String attribute) {
        return new AlertMappingRule(Match.IP_ADDRESS, label, Optional.of(attribute), Optional.empty(),
                Optional.empty());
    }

    public static AlertMappingRule labelValue(String label, String value, CiId ci) {
        return new AlertMappingRule(Match.LABEL_VALUE, label, Optional.empty(), Optional.of(value), Optional.of(ci));
    }

    /** The item this rule finds for an alert with {@code labels}, asking {@code items}; empty when it does not apply. */
    public Optional<CiId> apply(Map<String, String> labels, CiLookup items) {
        String given = labels.get(label);
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return switch (match) {
            case ASSET_TAG -> items.byAssetTag(given.strip());
            case HOST_NAME -> items.byAttribute(attribute.orElseThrow(), normalised(withoutPort(given)));
            case IP_ADDRESS -> items.byAttribute(attribute.orElseThrow(), normalised(withoutPort(given)));
            case LABEL_VALUE -> given.equals(value.orElseThrow()) ? ci : Optional.empty();
        };
    }

    /** How an attribute's value is compared: stripped, lower case (host names are case-insensitive). */
    public static String normalised(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A host or address without a {@code :port}: {@code [fe80::1]:9100} is {@code fe80::1}; a bare
     * IPv6 address stays; of a URL ({@code https://his.example.org:8443/health}, a blackbox probe's
     * {@code instance}) its host.
     */
    static String withoutPort(String text) {
        String host = text.strip();
        int scheme = host.indexOf("://");
        if (scheme > 0) {
            host = host.substring(scheme + 3);
            int path = host.indexOf('/');
            host = path >= 0 ? host.substring(0, path) : host;
            int user = host.lastIndexOf('@');
            host = user >= 0 ? host.substring(user + 1) : host;
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(1, end) : host;
        }
        int colon = host.indexOf(':');
        return colon > 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    /** What a rule compares. */
    public enum Match {
        ASSET_TAG,
        HOST_NAME,
        IP_ADDRESS,
        LABEL_VALUE
    }
}
