/**
 * Problem management over HTTP: problems with their lifecycle steps, root cause analysis,
 * links to incidents and affected items, search with cursor pages and the audit trail; the
 * published known errors and the desk's resolution of a contact with one; the candidate
 * problems of proactive detection to accept or dismiss; and the problems an incident is
 * linked to. Served when the application is wired with problem management's ports; every
 * resource calls one inbound port and answers with a {@code *Json} record.
 */
package org.itilhis.adapters.rest.problem;
