/**
 * The duty roster's JDBC stores: the groups' shift sets ({@link JdbcShiftSets}), rosters with
 * their duties ({@link JdbcRosterRepository}), duty swaps ({@link JdbcSwapRepository}) and shift
 * handovers ({@link JdbcHandoverRepository}), registered by {@link JdbcRosterStores}.
 */
package org.itilhis.adapters.jdbc.roster;
