/**
 * Problem management and known errors (issue 15): the ports around the problem aggregate of
 * {@code org.itilhis.core.problem}, above the service desk and the CMDB; the links between
 * problems and incidents belong here.
 */
package org.itilhis.ports.problem;
