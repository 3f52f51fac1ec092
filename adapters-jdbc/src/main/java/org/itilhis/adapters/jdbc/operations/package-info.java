/**
 * The daily operations records' JDBC stores. The inspection rounds: the versions of the checklist
 * templates ({@link JdbcInspectionTemplateRepository}), their schedules ({@link
 * JdbcInspectionScheduleRepository}) and the rounds the schedules make, one per schedule and due
 * time, with the failed items of the recorded ones ({@link JdbcInspectionRoundRepository}),
 * registered by {@link JdbcInspectionStores}.
 * The daily operations records on JDBC: each record's stores ({@code JdbcBackupStores}: backup
 * jobs, runs, missed runs and restore tests), built from the parts every practice shares.
 * The daily operations records' JDBC stores. The stock of consumables and spare parts: items
 * ({@link JdbcStockItems}) and store rooms ({@link JdbcStoreRooms}) at their versions, the
 * balances ({@link JdbcStockBalances}, never negative by the database's own check) and the
 * ledger of movements ({@link JdbcStockMovements}), registered by {@link JdbcStockStores}.
 * The daily operations records on JDBC (issue 18): each record's stores and its registration
 * ({@code JdbcRepairStores} for the repairs), tables of its own migration only.
 * The daily operations records on JDBC: each record's stores and their registration in the
 * storage ({@code JdbcMachineRoomStores}, ...).
 */
package org.itilhis.adapters.jdbc.operations;
