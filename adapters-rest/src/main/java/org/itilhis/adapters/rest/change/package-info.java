/**
 * Change management over HTTP: changes with every step of their lifecycle (the CAB vote, the
 * schedule checked against blackouts and the other changes, the review), search with cursor
 * pages and the audit trail; the change configuration (standard change templates, advisory
 * boards and their agenda, blackout and maintenance windows); and the forward schedule, as JSON
 * and as an iCalendar feed, with a dry-run check of a proposed window. Served when the
 * application is wired with change management's ports; every resource calls one inbound port
 * and answers with a {@code *Json} record.
 */
package org.itilhis.adapters.rest.change;
