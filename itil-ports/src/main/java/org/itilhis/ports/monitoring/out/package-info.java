/**
 * Driven ports of monitoring: the alert log (every received alert once, in arrival order),
 * the sources and their secrets, the mapping rules, the rejected deliveries, and the
 * correlator's stores (its position in the log, which incident stands for which item and
 * problem, the items' observed states and their history). Adapters prove themselves with the
 * test kit's contracts.
 */
package org.itilhis.ports.monitoring.out;
