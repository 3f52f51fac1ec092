package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.operations.in.InspectionQueries;
import org.itilhis.ports.operations.in.InspectionUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The inspection rounds wired by hand beside the desk, the service level configuration
 * (calendars) and the CMDB (items, fault incidents): the commands and queries, and the timer
 * work that makes rounds fall due and flags those missed ({@link #roundsDue()}, to run
 * periodically on the cluster's timers).
 */
public final class Inspections {
    private final InspectionService inspections;
    private final InspectionQueryService queries;
    private final RoundsDue roundsDue;

    private Inspections(InspectionPorts ports, InspectionSettings settings, InspectionAccess access,
                        Validator validator) {
        this.inspections = new InspectionService(ports, settings, access, validator);
        this.queries = new InspectionQueryService(ports, access);
        this.roundsDue = new RoundsDue(ports, settings);
    }

    /** The inspection rounds on {@code ports}, under the desk's access policy ({@code desk.access()}). */
    public static Inspections create(InspectionPorts ports, InspectionSettings settings, ServiceDeskSettings desk,
                                     Validator validator) {
        checkNotNull(ports, "ports");
        return new Inspections(ports, checkNotNull(settings, "settings"),
                new InspectionAccess(checkNotNull(desk, "desk").access(), ports.desk().directory()),
                checkNotNull(validator, "validator"));
    }

    public InspectionUseCase inspections() {
        return inspections;
    }

    public InspectionQueries queries() {
        return queries;
    }

    /** Makes the rounds falling due and flags the missed; run it periodically. */
    public RoundsDue roundsDue() {
        return roundsDue;
    }
}
