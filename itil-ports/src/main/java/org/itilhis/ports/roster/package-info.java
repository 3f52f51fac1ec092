/**
 * The duty roster's ports: shifts per group, rosters, swaps, the on-call chain the service
 * desk asks for, and shift handovers (issue 17).
 */
package org.itilhis.ports.roster;
