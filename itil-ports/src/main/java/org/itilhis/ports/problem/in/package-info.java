/**
 * Driving ports of problem management: the problem commands ({@link
 * org.itilhis.ports.problem.in.ProblemCommand}, logging apart), the reader's view and queries,
 * and the candidate problems of proactive detection.
 */
package org.itilhis.ports.problem.in;
