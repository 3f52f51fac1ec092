/**
 * The duty roster's REST resources: {@code /api/v1/shifts} (a group's shift set, replaced with
 * {@code If-Match}), {@code /api/v1/rosters} (generated for a group and period, read with its
 * imbalance, its duties edited; who is on call now; a person's duties), {@code
 * /api/v1/rosters/swaps} (requested, approved or rejected by the group lead, withdrawn) and
 * {@code /api/v1/handovers} (written, signed by both, the unsigned ones past their grace period),
 * registered by {@link RosterResources}.
 */
package org.itilhis.adapters.rest.roster;
