/**
 * The daily operations records over REST. The inspection rounds under {@code /api/v1/inspections}:
 * checklist templates and their versions ({@link InspectionTemplateResource}), schedules ({@link
 * InspectionScheduleResource}), a group's rounds, recording one and the completion rates ({@link
 * InspectionRoundResource}), registered by {@link InspectionResources}.
 * The daily operations records over REST (issue 18): each record's resources and registration
 * ({@code RepairResources} for {@code /api/v1/repairs}).
 * The daily operations records over REST: each record's resources and their registration
 * ({@code BackupResources}: {@code /api/v1/backups}).
 * The REST resources of the daily operations records, each under its record's path and
 * registered by its own class ({@code MachineRoomResources}, ...).
 * The daily operations records over REST. The stock of consumables and spare parts under
 * {@code /api/v1/stock}: items and store rooms (with {@code ETag} / {@code If-Match}), movements
 * ({@code Idempotency-Key}, so a retried issue does not issue twice), an item's ledger (cursor
 * paged), balances and the consumption per department per month; registered by {@link
 * StockResources}.
 */
package org.itilhis.adapters.rest.operations;
