/**
 * The duty roster (issue 17): shifts per assignment group, rosters of duties generated fairly
 * from a rotation pattern and then edited, swaps, the on-call chain and shift handovers.
 */
package org.itilhis.core.roster;
