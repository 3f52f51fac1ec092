/**
 * Service level management over HTTP: a ticket's clocks, the service-level queue, the
 * tickets at risk, the SLA report, the SLA configuration and the business calendars, with
 * their JSON records.
 */
package org.itilhis.adapters.rest.servicelevel;
