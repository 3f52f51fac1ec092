/**
 * Change management's JDBC stores: changes ({@link JdbcChangeRepository}), change numbers
 * ({@link JdbcChangeNumberSequence}) and the change configuration kept as data (advisory
 * boards, standard change templates, blackout and maintenance windows: {@link
 * JdbcChangeAdvisoryBoards}, {@link JdbcChangeTemplates}, {@link JdbcChangeWindows}), registered
 * by {@link JdbcChangeStores}.
 */
package org.itilhis.adapters.jdbc.change;
