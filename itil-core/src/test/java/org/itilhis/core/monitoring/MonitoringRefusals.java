package org.itilhis.core.monitoring;

import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.VersionConflictException;

/**
 * One of each refusal of the alert intake, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class MonitoringRefusals {
    private MonitoringRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                InvalidAlertSourceException.codeMalformed("Zabbix Main"),
                InvalidAlertSourceException.tokenMalformed(SourceToken.MIN_LENGTH, SourceToken.MAX_LENGTH),
                InvalidAlertSourceException.secretMalformed(SigningSecret.MIN_LENGTH, SigningSecret.MAX_LENGTH),
                InvalidAlertSourceException.signingNotGeneric(AlertSourceKind.ZABBIX),
                InvalidAlertSourceException.alreadyDisabled("zabbix"),
                InvalidAlertSourceException.alreadyEnabled("zabbix"),
                new MalformedAlertsException("/alerts/3/startsAt", "not an ISO-8601 instant with offset: 1772409480"),
                new VersionConflictException("alert-source", "zabbix", 1, 2),
                new VersionConflictException("alert-mappings", AlertMappings.AGGREGATE_ID, 0, 1));
    }
}
