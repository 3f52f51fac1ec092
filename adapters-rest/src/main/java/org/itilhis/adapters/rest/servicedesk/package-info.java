/**
 * The service desk over HTTP: contacts and their outcomes, incidents and service requests
 * with their workflow steps, work logs, ratings and priority decisions, the work queue,
 * search with cursor pages and the audit trail, with their JSON records. Every resource
 * authenticates the actor, converts and validates the request, calls one inbound port and
 * answers with a {@code *Json} record.
 */
package org.itilhis.adapters.rest.servicedesk;
