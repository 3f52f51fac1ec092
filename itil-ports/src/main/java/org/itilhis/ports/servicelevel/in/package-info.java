/**
 * Driving ports of service level management: the SLA configuration and calendars, the
 * service-level work queue, the tickets at risk and the SLA report.
 */
package org.itilhis.ports.servicelevel.in;
