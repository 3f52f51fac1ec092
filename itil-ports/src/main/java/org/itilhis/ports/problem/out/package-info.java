/**
 * Driven ports of problem management: the problem repository, the problem number sequence and
 * the dismissals of candidate problems. Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.problem.out;
