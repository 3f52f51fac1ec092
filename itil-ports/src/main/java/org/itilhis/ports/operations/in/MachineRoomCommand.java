package org.itilhis.ports.operations.in;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.machineroom.RoomEventKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;

/**
 * The machine room log's commands. Every entry names its room, a configuration item of the
 * CMDB; no time is later than now beyond the clocks' tolerated skew. Nullable components are
 * optional.
 */
public sealed interface MachineRoomCommand {
    Actor actor();

    /**
     * Someone entered the room: a member of staff ({@code staff}) or a visitor ({@code
     * visitorName}, with {@code visitorCompany}), exactly one of the two, escorted by a member
     * of staff ({@code escort}) or not (a visitor without an escort is flagged to the room's
     * owner group lead).
     */
    record RecordAccess(@NotNull Actor actor, @NotNull CiId room, StaffId staff,
                        @Size(max = 100) String visitorName, @Size(max = 100) String visitorCompany, StaffId escort,
                        @NotBlank @Size(max = 500) String purpose, @NotNull Instant enteredAt)
            implements MachineRoomCommand {
    }

    /** The visitor or member of staff of the visit {@code entry} left at {@code leftAt}. */
    record RecordExit(@NotNull Actor actor, @NotNull MachineRoomEntryId entry, @PositiveOrZero Long expectedVersion,
                      @NotNull Instant leftAt) implements MachineRoomCommand {
    }

    /**
     * An environment reading of the room: {@code quantity} ({@code temperature}, {@code humidity},
     * {@code ups-load}) at {@code value} {@code unit}, read at {@code readAt}, by an engineer or
     * posted by a sensor integration acting as the system.
     */
    record RecordReading(@NotNull Actor actor, @NotNull CiId room,
                         @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*") String quantity,
                         @NotNull @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal value,
                         @NotBlank @Size(max = 20) String unit, @NotNull Instant readAt)
            implements MachineRoomCommand {
    }

    /** An event in the room: {@code kind}, from {@code start} to {@code end} (null: not known yet), what happened. */
    record RecordEvent(@NotNull Actor actor, @NotNull CiId room, @NotNull RoomEventKind kind, @NotNull Instant start,
                       Instant end, @NotBlank @Size(max = 4000) String description) implements MachineRoomCommand {
    }
}
