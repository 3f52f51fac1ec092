package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.roster.in.Duties;
import org.itilhis.ports.roster.in.RosterQueries;
import org.itilhis.ports.roster.in.RosterUseCase;
import org.itilhis.ports.servicedesk.out.OnCallRoster;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The duty roster wired by hand beside the desk, the service level configuration (calendars)
 * and change management's changes: the roster commands and queries, the on-call chain the desk's
 * routing asks for ({@link #onCallRoster()}, to hand to the desk's wiring), the duties the
 * workload report reads, and the unsigned-handover check to run periodically.
 */
public final class RosterManagement {
    private final RosterService roster;
    private final RosterQueryService queries;
    private final OnCallChain onCall;
    private final HandoverCheck handoverCheck;

    private RosterManagement(RosterPorts ports, RosterSettings settings, RosterAccess access, Validator validator) {
        this.onCall = new OnCallChain(ports);
        this.roster = new RosterService(ports, settings, access, validator);
        this.queries = new RosterQueryService(ports, settings, access, onCall);
        this.handoverCheck = new HandoverCheck(ports, settings);
    }

    /** The roster on {@code ports}, under the desk's access policy ({@code desk.access()}). */
    public static RosterManagement create(RosterPorts ports, RosterSettings settings, ServiceDeskSettings desk,
                                          Validator validator) {
        checkNotNull(ports, "ports");
        return new RosterManagement(ports, checkNotNull(settings, "settings"),
                new RosterAccess(checkNotNull(desk, "desk").access(), ports.desk().directory()),
                checkNotNull(validator, "validator"));
    }

    public RosterUseCase roster() {
        return roster;
    }

    public RosterQueries queries() {
        return queries;
    }

    /** Who is on call for a group at an instant: for the service desk's routing. */
    public OnCallRoster onCallRoster() {
        return onCall;
    }

    /** The rostered duties of a period: for the workload report. */
    public Duties duties() {
        return onCall;
    }

    /** Flags unsigned handovers to the group lead; run it periodically. */
    public HandoverCheck handoverCheck() {
        return handoverCheck;
    }
}
