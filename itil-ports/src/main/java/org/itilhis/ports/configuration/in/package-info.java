/**
 * Driving ports of service configuration management (the CMDB): registering and changing
 * configuration items, their relationships and lifecycle, searches, impact analysis and the
 * CSV import.
 */
package org.itilhis.ports.configuration.in;
