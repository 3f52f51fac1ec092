/**
 * Driving ports of monitoring: receiving alerts from an authenticated source (Alertmanager,
 * Zabbix, the generic format), the sources and the mapping rules, the queries of alerts, of the
 * alerts for no known item and of rejected deliveries, the operational state of the items and
 * what is affected now, and the item outages monitoring saw ({@link
 * org.itilhis.ports.monitoring.in.ObservedOutages}, which availability reads).
 */
package org.itilhis.ports.monitoring.in;
