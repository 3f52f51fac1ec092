/**
 * Driven ports of release management: the release repository and the release number sequence.
 * Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.release.out;
