/**
 * The daily operations records over REST. The inspection rounds under {@code /api/v1/inspections}:
 * checklist templates and their versions ({@link InspectionTemplateResource}), schedules ({@link
 * InspectionScheduleResource}), a group's rounds, recording one and the completion rates ({@link
 * InspectionRoundResource}), registered by {@link InspectionResources}.
 */
package org.itilhis.adapters.rest.operations;
