package org.itilhis.ports.availability.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.itilhis.core.availability.ServiceAvailability;

/**
 * The availability report of a period: one line per business service asked for (or per
 * service with a target), by service name.
 */
public record AvailabilityReport(Instant from, Instant to, ImmutableList<Line> services) {
    public AvailabilityReport {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        services = ImmutableList.copyOf(checkNotNull(services, "services"));
    }

    /**
     * One service's figures: its name in the CMDB, the catalogue service whose calendar measured
     * it, and what the measurement found (outages with their causes and references: incident
     * numbers of declared outages, the alerts monitoring saw, repairs; change numbers of planned
     * maintenance).
     */
    public record Line(String serviceName, String catalogueService, ServiceAvailability availability) {
        public Line {
            checkNotNull(serviceName, "serviceName");
            checkNotNull(catalogueService, "catalogueService");
            checkNotNull(availability, "availability");
        }
    }
}
