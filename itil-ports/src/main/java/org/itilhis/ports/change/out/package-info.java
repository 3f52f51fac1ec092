/**
 * Driven ports of change management: the change repository and number sequence, and the
 * change configuration kept as data (advisory boards, standard change templates, blackout and
 * maintenance windows). Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.change.out;
