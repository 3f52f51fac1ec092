package org.itilhis.ports.monitoring.out;

import java.util.List;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.DeliveredAlert;

/**
 * Reads a delivery's body in its source's format (the REST adapter implements it with its JSON
 * reader): Alertmanager's webhook, the Zabbix media type script's payload, the generic format.
 */
public interface AlertPayloads {
    /**
     * The alerts of {@code body}, in the order delivered.
     *
     * @throws org.itilhis.core.monitoring.MalformedAlertsException if it is not {@code kind}'s format,
     *         naming the field
     */
    List<DeliveredAlert> read(AlertSourceKind kind, byte[] body);
}
