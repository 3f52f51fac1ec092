package org.itilhis.ports.reporting.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.core.workload.SplitRules;
import org.itilhis.ports.reporting.in.WorkloadQueries;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The reporting practice wired by hand on top of the desk, service level management and the
 * roster: the workload report and the projection that feeds it.
 */
public final class Reporting {
    private final WorkloadProjection projection;
    private final WorkloadQueryService workload;

    private Reporting(ReportingPorts ports, SplitRules rules, ServiceDeskSettings settings, Validator validator) {
        this.projection = new WorkloadProjection(ports, rules.zone());
        this.workload = new WorkloadQueryService(ports, rules, settings.access(), validator, projection);
    }

    /**
     * Reporting on {@code ports} under the desk's access policy ({@code settings.access()}),
     * splitting worked time by {@code rules}; the facts' days are dates of the rules' zone, so a
     * new zone needs {@link WorkloadProjection#rebuild()}.
     */
    public static Reporting create(ReportingPorts ports, SplitRules rules, ServiceDeskSettings settings,
                                   Validator validator) {
        return new Reporting(checkNotNull(ports, "ports"), checkNotNull(rules, "rules"),
                checkNotNull(settings, "settings"), checkNotNull(validator, "validator"));
    }

    public WorkloadQueries workload() {
        return workload;
    }

    /** Follows the event log into the workload facts; {@link WorkloadProjection#run()} on a cluster timer. */
    public WorkloadProjection projection() {
        return projection;
    }
}
