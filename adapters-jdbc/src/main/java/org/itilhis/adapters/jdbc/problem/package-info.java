/**
 * Problem management's JDBC stores: problems ({@link JdbcProblemRepository}), problem numbers
 * ({@link JdbcProblemNumberSequence}) and dismissed candidate problems ({@link
 * JdbcDetectionDismissals}), registered by {@link JdbcProblemStores}.
 */
package org.itilhis.adapters.jdbc.problem;
