/**
 * Driven ports of service level management: the stored configuration, the watch list of
 * open tickets' clocks, the report's standings and the escalation log.
 */
package org.itilhis.ports.servicelevel.out;
