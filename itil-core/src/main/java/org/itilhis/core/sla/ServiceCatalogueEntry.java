package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.priority.ServiceCriticality;

/**
 * An IT service as the service catalogue lists it, e.g. "HIS outpatient", "PACS" or
 * "desktop and printers": its criticality for patient care, which also decides the calendar
 * its tickets are measured in ({@link CalendarPolicy}), and the SLA it is offered under.
 * The service name is stripped, not blank and at most {@value #MAX_NAME} characters.
 */
public record ServiceCatalogueEntry(String service, ServiceCriticality criticality, ServiceLevelAgreement sla) {
    /** The longest service name. */
    public static final int MAX_NAME = 100;

    public ServiceCatalogueEntry {
        checkNotNull(service, "service");
        service = service.strip();
        checkArgument(!service.isEmpty(), "service name is blank");
        checkArgument(service.length() <= MAX_NAME, "service name is longer than %s characters: %s", MAX_NAME, service);
        checkNotNull(criticality, "criticality");
        checkNotNull(sla, "sla");
    }

    /** The service, its criticality and its SLA, printable. */
    public String describe() {
        return service + " (" + criticality + ")\n" + sla.describe();
    }
}
