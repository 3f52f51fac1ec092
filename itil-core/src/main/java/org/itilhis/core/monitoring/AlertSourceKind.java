package org.itilhis.core.monitoring;

/**
 * The format a monitoring source delivers its alerts in, which decides how its deliveries are
 * read: Prometheus Alertmanager's webhook, the payload of the Zabbix media type script the
 * project ships (docs/monitoring/zabbix-media-type.js), or the plain generic format.
 */
public enum AlertSourceKind {
    ALERTMANAGER,
    ZABBIX,
    GENERIC
}
