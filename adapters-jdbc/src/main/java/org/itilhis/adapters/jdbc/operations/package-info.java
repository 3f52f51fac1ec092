/**
 * The daily operations records on JDBC, each record's stores built from the parts every
 * practice shares by its own registration, one field of {@code JdbcServiceDeskStorage}: the
 * inspection rounds ({@link JdbcInspectionStores}: template versions, only ever inserted;
 * schedules; rounds, one per schedule and due time, with their failed items), the machine room
 * log ({@link JdbcMachineRoomStores}), the backup records ({@link JdbcBackupStores}: jobs, runs
 * unique per job and external id, missed runs unique per job and due time, restore tests), the
 * repairs ({@link JdbcRepairStores}) and the stock ({@link JdbcStockStores}: items and store
 * rooms at their versions, balances never negative by the database's own check, the ledger of
 * movements appended only).
 */
package org.itilhis.adapters.jdbc.operations;
