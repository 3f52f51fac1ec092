/**
 * Driving ports of problem management: the problem commands ({@link
 * org.itilhis.ports.problem.in.ProblemCommand}, logging apart), the reader's view and queries,
 * the candidate problems of proactive detection, and the known errors at the desk: those that
 * match a call ({@link org.itilhis.ports.problem.in.KnownErrorSuggestions}) and the desk's first
 * steps answered with them ({@link org.itilhis.ports.problem.in.DeskWithKnownErrors}).
 */
package org.itilhis.ports.problem.in;
