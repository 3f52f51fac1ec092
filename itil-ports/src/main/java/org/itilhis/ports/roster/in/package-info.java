/**
 * Driving ports of the duty roster: its use case ({@link org.itilhis.ports.roster.in.RosterUseCase}
 * with the {@link org.itilhis.ports.roster.in.RosterCommand} records), queries and views, and {@link
 * org.itilhis.ports.roster.in.Duties}, the read the workload report splits worked time by.
 */
package org.itilhis.ports.roster.in;
