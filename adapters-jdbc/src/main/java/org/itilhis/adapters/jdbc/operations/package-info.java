/**
 * The daily operations records' JDBC stores. The inspection rounds: the versions of the checklist
 * templates ({@link JdbcInspectionTemplateRepository}), their schedules ({@link
 * JdbcInspectionScheduleRepository}) and the rounds the schedules make, one per schedule and due
 * time, with the failed items of the recorded ones ({@link JdbcInspectionRoundRepository}),
 * registered by {@link JdbcInspectionStores}.
 */
package org.itilhis.adapters.jdbc.operations;
