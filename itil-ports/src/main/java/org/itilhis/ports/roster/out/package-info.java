/**
 * Driven ports of the duty roster: the stores of group shift sets, rosters, duty swaps and
 * shift handovers, snapshot-style with optimistic locking. Adapters prove themselves with the
 * test kit's contracts.
 */
package org.itilhis.ports.roster.out;
