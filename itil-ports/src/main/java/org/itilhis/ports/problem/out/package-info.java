/**
 * Driven ports of problem management: the problem repository and the problem number sequence. Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.problem.out;
