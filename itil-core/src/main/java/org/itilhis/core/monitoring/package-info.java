/**
 * Monitoring alerts as the library records them: an alert normalised from whichever format
 * its source sent (Prometheus Alertmanager, Zabbix, the plain generic format), its status and
 * severity, and the rules that map alerts to configuration items.
 */
package org.itilhis.core.monitoring;
