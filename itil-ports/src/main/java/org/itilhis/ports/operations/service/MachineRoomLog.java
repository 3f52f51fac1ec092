package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.operations.in.MachineRoomQueries;
import org.itilhis.ports.operations.in.MachineRoomUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The machine room log (机房日志) wired by hand beside the desk and the CMDB: visits, environment
 * readings and events of the rooms the CMDB knows, and the queries of a room's log and of the
 * visits still open.
 */
public final class MachineRoomLog {
    private final MachineRoomService log;
    private final MachineRoomQueryService queries;

    private MachineRoomLog(MachineRoomPorts ports, MachineRoomSettings settings, ServiceDeskSettings desk,
                           Validator validator) {
        this.log = new MachineRoomService(ports, settings, desk.access(), validator);
        this.queries = new MachineRoomQueryService(ports, desk.access());
    }

    /** The log on {@code ports}, with the rooms' ranges of {@code settings}, under the desk's access policy. */
    public static MachineRoomLog create(MachineRoomPorts ports, MachineRoomSettings settings, ServiceDeskSettings desk,
                                        Validator validator) {
        return new MachineRoomLog(checkNotNull(ports, "ports"), checkNotNull(settings, "settings"),
                checkNotNull(desk, "desk"), checkNotNull(validator, "validator"));
    }

    public MachineRoomUseCase log() {
        return log;
    }

    public MachineRoomQueries queries() {
        return queries;
    }
}
