/**
 * Change management: a change to configuration items, standard (from a pre-approved
 * template), normal (assessed and approved by the change advisory board) or emergency
 * (approved by the emergency CAB, reviewed afterwards); its risk from the CMDB's impact
 * analysis, the CAB's votes and decision, blackout and maintenance windows, and the
 * schedule's conflict checks.
 */
package org.itilhis.core.change;
