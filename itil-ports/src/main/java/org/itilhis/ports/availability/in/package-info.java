/**
 * Driving ports of availability: outages declared on incidents, the services' availability
 * targets, and the availability report per service and period with its explaining outages.
 */
package org.itilhis.ports.availability.in;
