package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.util.function.Supplier;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.ports.availability.in.AvailabilityQueries;
import org.itilhis.ports.availability.in.AvailabilityReports;
import org.itilhis.ports.availability.in.AvailabilityUseCase;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Availability management wired by hand beside the desk, the CMDB (its current graph) and the
 * service level configuration: outages declared on incidents, the services' targets, and the
 * availability report, which also reads what monitoring saw, the repairs' downtime and the
 * approved change windows through {@link OutageSources}.
 */
public final class AvailabilityManagement {
    private final AvailabilityService availability;
    private final AvailabilityQueryService queries;
    private final AvailabilityReportService reports;

    private AvailabilityManagement(AvailabilityPorts ports, ServiceDeskSettings settings, Validator validator,
                                   Supplier<CiGraph> graph, OutageSources sources) {
        ServiceNames names = new ServiceNames(ports, graph);
        this.availability = new AvailabilityService(ports, settings.access(), validator, graph);
        this.queries = new AvailabilityQueryService(ports, settings.access(), names);
        this.reports = new AvailabilityReportService(ports, sources, graph, names, queries);
    }

    /**
     * Availability on {@code ports} beside {@code cmdb} (which must run on the same items), under
     * the desk's access policy, reading the other practices through {@code sources}.
     */
    public static AvailabilityManagement create(AvailabilityPorts ports, ServiceDeskSettings settings,
                                                Validator validator, Cmdb cmdb, OutageSources sources) {
        checkNotNull(cmdb, "cmdb");
        return new AvailabilityManagement(checkNotNull(ports, "ports"), checkNotNull(settings, "settings"),
                checkNotNull(validator, "validator"), cmdb::currentGraph, checkNotNull(sources, "sources"));
    }

    public AvailabilityUseCase availability() {
        return availability;
    }

    public AvailabilityQueries queries() {
        return queries;
    }

    public AvailabilityReports reports() {
        return reports;
    }
}
