/**
 * Driving ports of the service desk: logging contacts, raising and working incidents and
 * service requests, their queries and views. Every command carries the {@link
 * org.itilhis.core.shared.Actor} it runs for.
 */
package org.itilhis.ports.servicedesk.in;
