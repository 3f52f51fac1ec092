package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.machineroom.EnvironmentReading;
import org.itilhis.core.machineroom.MachineRoomEntry;
import org.itilhis.core.machineroom.ReadingSource;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.core.machineroom.RoomVisitor;
import org.itilhis.core.machineroom.UnknownRoomException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.operations.in.MachineRoomCommand;
import org.itilhis.ports.operations.in.MachineRoomEntryNotFoundException;
import org.itilhis.ports.operations.in.MachineRoomEntryView;
import org.itilhis.ports.operations.in.MachineRoomUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements {@link MachineRoomUseCase} on the common command pipeline: validate, authorise,
 * check the room is in the CMDB, let the entry decide, save it with its events; the lead of the
 * room's owner group (its support group in the CMDB) is told of an unescorted visitor after
 * the commit.
 */
final class MachineRoomService implements MachineRoomUseCase {
    static final String UNESCORTED_TOPIC = "machine-room.unescorted-visitor";
    private static final Logger LOG = LoggerFactory.getLogger(MachineRoomService.class);

    private final MachineRoomPorts ports;
    private final MachineRoomSettings settings;
    private final AccessPolicy access;
    private final CommandPipeline pipeline;

    MachineRoomService(MachineRoomPorts ports, MachineRoomSettings settings, AccessPolicy access, Validator validator) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.pipeline = new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events());
    }

    /** An entry recorded, and whom to tell once it is committed. */
    private record Recorded(MachineRoomEntryView entry, Optional<Notification> notice) {
    }

    @Override
    public MachineRoomEntryView recordAccess(MachineRoomCommand.RecordAccess c) {
        return pipeline.run(c, () -> {
            authorise(c.actor(), Permission.WRITE_MACHINE_ROOM_LOG);
            boolean visitor = c.visitorName() != null && !c.visitorName().isBlank();
            if ((c.staff() != null) == visitor) {
                throw InvalidCommandException.of("staff", "give either staff (who entered) or visitorName, and only one");
            }
            ConfigurationItem room = room(c.room());
            RoomAccess access = new RoomAccess(Optional.ofNullable(c.staff()),
                    visitor ? Optional.of(RoomVisitor.of(c.visitorName(), c.visitorCompany())) : Optional.empty(),
                    Optional.ofNullable(c.escort()), c.purpose(), c.enteredAt(), Optional.empty());
            MachineRoomEntry entry = MachineRoomEntry.recordAccess(ports.entries().nextId(), c.room(), access,
                    c.actor().staffId(), now());
            ports.entries().save(entry);
            Optional<Notification> notice = access.unescorted() ? unescorted(room, entry, access) : Optional.empty();
            return Outcome.of(new Recorded(MachineRoomEntryView.of(entry), notice), entry.pullEvents());
        }, outcome -> outcome.result().notice().ifPresent(this::tell)).entry();
    }

    @Override
    public MachineRoomEntryView recordExit(MachineRoomCommand.RecordExit c) {
        return pipeline.run(c, () -> {
            authorise(c.actor(), Permission.WRITE_MACHINE_ROOM_LOG);
            MachineRoomEntry entry = ports.entries().find(c.entry())
                    .orElseThrow(() -> new MachineRoomEntryNotFoundException(c.entry()));
            CommandPipeline.checkVersion("machine-room-entry", entry.id().toString(), c.expectedVersion(),
                    entry.version());
            entry.recordExit(c.leftAt(), c.actor().staffId(), now());
            ports.entries().save(entry);
            return Outcome.of(MachineRoomEntryView.of(entry), entry.pullEvents());
        });
    }

    @Override
    public MachineRoomEntryView recordReading(MachineRoomCommand.RecordReading c) {
        return pipeline.run(c, () -> {
            authorise(c.actor(), Permission.POST_ENVIRONMENT_READING);
            room(c.room());
            EnvironmentReading reading = EnvironmentReading.against(settings.rangeOf(c.room(), c.quantity()),
                    c.quantity(), c.value(), c.unit(), c.readAt(),
                    c.actor().has(Role.SYSTEM) ? ReadingSource.SENSOR : ReadingSource.MANUAL);
            MachineRoomEntry entry = MachineRoomEntry.recordReading(ports.entries().nextId(), c.room(), reading,
                    c.actor().staffId(), now());
            ports.entries().save(entry);
            return Outcome.of(MachineRoomEntryView.of(entry), entry.pullEvents());
        });
    }

    @Override
    public MachineRoomEntryView recordEvent(MachineRoomCommand.RecordEvent c) {
        return pipeline.run(c, () -> {
            authorise(c.actor(), Permission.WRITE_MACHINE_ROOM_LOG);
            room(c.room());
            MachineRoomEntry entry = MachineRoomEntry.recordEvent(ports.entries().nextId(), c.room(), c.kind(),
                    c.start(), Optional.ofNullable(c.end()), c.description(), c.actor().staffId(), now());
            ports.entries().save(entry);
            return Outcome.of(MachineRoomEntryView.of(entry), entry.pullEvents());
        });
    }

    /** @throws UnknownRoomException if the room is not an item of the CMDB */
    private ConfigurationItem room(CiId room) {
        return ports.items().find(room).orElseThrow(() -> new UnknownRoomException(room));
    }

    /** The notice for the lead of the room's owner group, if the room names a group the directory knows. */
    private Optional<Notification> unescorted(ConfigurationItem room, MachineRoomEntry entry, RoomAccess access) {
        RoomVisitor visitor = access.visitor().orElseThrow();
        return room.details().supportGroup().flatMap(ports.desk().directory()::group).map(AssignmentGroup::lead)
                .map(lead -> new Notification(lead, UNESCORTED_TOPIC, entry.id().toString(), visitor.name()
                        + visitor.company().map(c -> " (" + c + ")").orElse("") + " entered " + room.details().name()
                        + " at " + access.enteredAt() + " without an escort: " + access.purpose()));
    }

    private void tell(Notification notice) {
        try {
            ports.desk().notifier().notify(notice);
        } catch (RuntimeException e) {
            LOG.warn("could not tell {} about the unescorted visit {}", notice.recipient(), notice.reference(), e);
        }
    }

    private void authorise(Actor actor, Permission permission) {
        access.check(checkNotNull(actor, "actor"), permission,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the machine room log");
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
