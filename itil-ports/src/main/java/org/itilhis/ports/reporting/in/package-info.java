/**
 * Driving ports of the reporting practice: {@link org.itilhis.ports.reporting.in.WorkloadQueries},
 * the workload report per engineer, group and department with its time split and per-month trend.
 */
package org.itilhis.ports.reporting.in;
