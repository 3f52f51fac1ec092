/**
 * The reporting practice on JDBC: {@link org.itilhis.adapters.jdbc.reporting.JdbcWorkloadFacts},
 * the workload projection's facts per day and slice, worked intervals, tracks and position
 * (migration V25), registered in a storage by {@link
 * org.itilhis.adapters.jdbc.reporting.JdbcReportingStores}.
 */
package org.itilhis.adapters.jdbc.reporting;
