/**
 * Driving ports of the daily operations records: the use cases, commands, queries and views of
 * the inspection rounds, the machine room log, the backup records, the repairs and the stock of
 * consumables and spare parts, each under its record's name ({@code Inspection*}, {@code
 * MachineRoom*}, {@code Backup*}, {@code Repair*}, {@code Stock*}).
 */
package org.itilhis.ports.operations.in;
