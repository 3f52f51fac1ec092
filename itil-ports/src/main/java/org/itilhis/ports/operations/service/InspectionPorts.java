package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.operations.out.InspectionRoundRepository;
import org.itilhis.ports.operations.out.InspectionScheduleRepository;
import org.itilhis.ports.operations.out.InspectionTemplateRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/**
 * The ports of the inspection rounds: the desk's (staff directory, event log, transactions,
 * clock, notifier), the service level configuration's business calendars (the days and zone of
 * the schedules), the CMDB's items (that a template's items exist) and its fault incidents (what
 * a failed item raises), and its own stores.
 */
public record InspectionPorts(ServiceDeskPorts desk, SlaConfigurationRepository calendars,
                              ConfigurationItemRepository items, FaultIncidents faults,
                              InspectionTemplateRepository templates, InspectionScheduleRepository schedules,
                              InspectionRoundRepository rounds) {
    public InspectionPorts {
        checkNotNull(desk, "desk");
        checkNotNull(calendars, "calendars");
        checkNotNull(items, "items");
        checkNotNull(faults, "faults");
        checkNotNull(templates, "templates");
        checkNotNull(schedules, "schedules");
        checkNotNull(rounds, "rounds");
    }
}
