/**
 * The daily operations records over REST, each under its own path and registered by its own
 * class, so that an application serves only the records it wires: the inspection rounds under
 * {@code /api/v1/inspections} ({@link InspectionResources}: templates with their versions,
 * schedules, rounds recorded with {@code If-Match}, completion rates), the machine room log under
 * {@code /api/v1/machine-room-log} ({@link MachineRoomResources}), the backup records under
 * {@code /api/v1/backups} ({@link BackupResources}: jobs, runs posted by the backup software,
 * missed runs, restore tests, the report), the repairs under {@code /api/v1/repairs} ({@link
 * RepairResources}: each workflow step a POST with {@code If-Match}) and the stock under {@code
 * /api/v1/stock} ({@link StockResources}: items, store rooms, movements with {@code
 * Idempotency-Key} so a retried issue does not issue twice, ledgers, balances, consumption).
 */
package org.itilhis.adapters.rest.operations;
