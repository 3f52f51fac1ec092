/**
 * Driven ports of availability: the declared outages and the availability targets. Adapters
 * prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.availability.out;
