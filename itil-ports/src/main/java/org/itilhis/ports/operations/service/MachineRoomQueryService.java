package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.operations.in.MachineRoomEntryNotFoundException;
import org.itilhis.ports.operations.in.MachineRoomEntryView;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;
import org.itilhis.ports.operations.in.MachineRoomQueries;

/** Implements {@link MachineRoomQueries}: the reader's permission, then the store's answer in one transaction. */
final class MachineRoomQueryService implements MachineRoomQueries {
    /** The most open visits answered at once: rooms are few and visits short. */
    static final int MAX_OPEN_VISITS = 500;

    private final MachineRoomPorts ports;
    private final AccessPolicy access;

    MachineRoomQueryService(MachineRoomPorts ports, AccessPolicy access) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
    }

    @Override
    public List<MachineRoomEntryView> log(Actor actor, MachineRoomLogQuery query) {
        checkNotNull(query, "query");
        authorise(actor);
        return ports.desk().transactions().inTransaction(() -> ports.entries().log(query).stream()
                .map(MachineRoomEntryView::of).toList());
    }

    @Override
    public List<MachineRoomEntryView> openVisits(Actor actor, Optional<CiId> room) {
        checkNotNull(room, "room");
        authorise(actor);
        return ports.desk().transactions().inTransaction(() -> ports.entries().openVisits(room, MAX_OPEN_VISITS)
                .stream().map(MachineRoomEntryView::of).toList());
    }

    @Override
    public MachineRoomEntryView entry(Actor actor, MachineRoomEntryId id) {
        checkNotNull(id, "id");
        authorise(actor);
        return ports.desk().transactions().inTransaction(() -> ports.entries().find(id).map(MachineRoomEntryView::of)
                .orElseThrow(() -> new MachineRoomEntryNotFoundException(id)));
    }

    private void authorise(Actor actor) {
        access.check(checkNotNull(actor, "actor"), Permission.VIEW_MACHINE_ROOM_LOG,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the machine room log");
    }
}
