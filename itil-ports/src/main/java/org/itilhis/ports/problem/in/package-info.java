/**
 * Driving ports of problem management: the problem commands ({@link
 * org.itilhis.ports.problem.in.ProblemCommand}, logging apart), the reader's view and
 * queries.
 */
package org.itilhis.ports.problem.in;
