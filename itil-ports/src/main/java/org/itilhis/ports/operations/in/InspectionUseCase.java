package org.itilhis.ports.operations.in;

/**
 * Keeping the inspection rounds: checklist templates (versioned), their schedules, and recording
 * the rounds the schedules make. Each command is validated, authorised in the scope of the group
 * ({@code VIEW_INSPECTIONS} and {@code MANAGE_INSPECTIONS} or {@code RECORD_INSPECTION}), applied
 * and saved with its events in one transaction; a refused command changes nothing.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws InspectionTemplateNotFoundException for an unknown template, or one the actor may not see
 * @throws InspectionScheduleNotFoundException for an unknown schedule, or one the actor may not see
 * @throws InspectionRoundNotFoundException for an unknown round, or one the actor may not see
 * @throws org.itilhis.core.shared.VersionConflictException if the record changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused rule
 */
public interface InspectionUseCase {
    /**
     * Writes a template's first or next version.
     *
     * @throws org.itilhis.core.inspection.InvalidChecklistException for an ill-formed item, or a revision naming another group
     * @throws org.itilhis.ports.configuration.in.CiNotFoundException if the template or an item names an unknown configuration item
     */
    InspectionTemplateView writeTemplate(InspectionCommand.WriteTemplate command);

    /**
     * @throws org.itilhis.core.calendar.InvalidScheduleException if {@code cron} is not a cron expression of five fields
     * @throws org.itilhis.ports.servicedesk.in.AssignmentRefusedException for an unknown group
     */
    InspectionScheduleView defineSchedule(InspectionCommand.DefineSchedule command);

    /** @throws org.itilhis.core.inspection.ScheduleRetiredException if the schedule is retired */
    InspectionScheduleView changeSchedule(InspectionCommand.ChangeSchedule command);

    /** @throws org.itilhis.core.inspection.ScheduleRetiredException if the schedule is retired already */
    InspectionScheduleView retireSchedule(InspectionCommand.RetireSchedule command);

    /**
     * Records a round with its results and, for each failed item, the incident it raised or was
     * added to (all in one transaction: a refused or failed report records nothing).
     *
     * @throws org.itilhis.core.inspection.RoundNotRecordableException if the round is recorded or missed
     *         already, or {@code performedAt} is in the future or outside the round's window
     * @throws org.itilhis.core.inspection.InvalidResultException if the results do not fit the round's template version
     * @throws org.itilhis.ports.servicedesk.in.AssignmentRefusedException if {@code performedBy} is not in the round's group
     */
    RoundView recordRound(InspectionCommand.RecordRound command);
}
