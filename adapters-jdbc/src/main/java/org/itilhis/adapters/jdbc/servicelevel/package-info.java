/**
 * Service level management's stores on JDBC: the SLA configuration and calendars, the watch
 * list, the report's standings and the escalation log.
 */
package org.itilhis.adapters.jdbc.servicelevel;
