/**
 * Driving ports: the use cases of the service desk, their commands (records with Jakarta
 * Validation constraints, checked before the domain sees them), the queries and the views
 * they return. Every command carries the {@link org.itilhis.core.shared.Actor} it runs for.
 */
package org.itilhis.ports.in;
