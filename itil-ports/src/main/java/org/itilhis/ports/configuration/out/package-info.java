/**
 * Driven ports of the CMDB: the configuration item repository and the links between tickets
 * and the items they affect.
 */
package org.itilhis.ports.configuration.out;
