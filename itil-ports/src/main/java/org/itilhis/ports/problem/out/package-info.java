/**
 * Driven ports of problem management: the problem repository, the problem number sequence and
 * the dismissals of candidate problems; and the full-text index of the published known errors, which
 * knowledge management implements. Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.problem.out;
