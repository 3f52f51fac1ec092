package org.itilhis.ports.roster.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverParty;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.ShiftDays;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The roster's commands, each carrying its actor and checked with Jakarta Validation before
 * anything is read. {@code expectedVersion}, when given, is the version the actor saw; the
 * command is refused with a version conflict if the record changed since.
 */
public final class RosterCommand {
    private RosterCommand() {
    }

    /**
     * One shift of a {@link DefineShifts}. {@code endsNextDay} null: the shift ends the next day
     * exactly when {@code end} is not after {@code start}. {@code responseTime} exactly for an
     * on-call shift.
     */
    public record ShiftDefinition(@NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}") String code,
            @NotBlank @Size(max = 100) String name, @Size(max = 100) String englishName, @NotNull ShiftKind kind,
            @NotNull LocalTime start, @NotNull LocalTime end, Boolean endsNextDay, @NotNull ShiftDays days,
            Duration responseTime) {
    }

    /** Defines (or redefines) the shifts of {@code group}, in {@code zone}, on the days of business calendar {@code calendar}. */
    public record DefineShifts(@NotNull Actor actor, @NotNull GroupId group, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 64) String zone, @NotBlank @Size(max = 100) String calendar,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ShiftDefinition> shifts) {
    }

    /**
     * Generates the roster of {@code group} from {@code from} to {@code to} (both included):
     * {@code shifts} rotate among {@code engineers} in that order.
     */
    public record GenerateRoster(@NotNull Actor actor, @NotNull GroupId group, @NotNull LocalDate from,
            @NotNull LocalDate to, @NotEmpty @Size(max = 200) List<@NotNull StaffId> engineers,
            @NotEmpty @Size(max = 20) List<@NotBlank String> shifts) {
    }

    /** Gives {@code engineer} the shift {@code shift} of {@code date} (after any other holder: second on call, say). */
    public record AssignDuty(@NotNull Actor actor, @NotNull RosterId roster, @PositiveOrZero Long expectedVersion,
            @NotNull StaffId engineer, @NotBlank String shift, @NotNull LocalDate date) {
    }

    /** Takes {@code engineer}'s duty on {@code shift} of {@code date} off the roster. */
    public record RemoveDuty(@NotNull Actor actor, @NotNull RosterId roster, @PositiveOrZero Long expectedVersion,
            @NotNull StaffId engineer, @NotBlank String shift, @NotNull LocalDate date) {
    }

    /** Gives {@code engineer}'s duty on {@code shift} of {@code date} to {@code by}. */
    public record ReplaceDuty(@NotNull Actor actor, @NotNull RosterId roster, @PositiveOrZero Long expectedVersion,
            @NotNull StaffId engineer, @NotBlank String shift, @NotNull LocalDate date, @NotNull StaffId by) {
    }

    /**
     * The actor asks to give their duty on {@code shift} of {@code date} to {@code counterpart},
     * who gives their duty on {@code counterpartShift} of {@code counterpartDate} in return for
     * an {@link SwapKind#EXCHANGE} (both given exactly then).
     */
    public record RequestSwap(@NotNull Actor actor, @NotNull RosterId roster, @NotNull SwapKind kind,
            @NotBlank String shift, @NotNull LocalDate date, @NotNull StaffId counterpart, String counterpartShift,
            LocalDate counterpartDate, @Size(max = 2000) String reason) {
    }

    /** The group lead approves a requested swap; the roster changes with it. */
    public record ApproveSwap(@NotNull Actor actor, @NotNull SwapId swap, @PositiveOrZero Long expectedVersion) {
    }

    /** The group lead rejects a requested swap, saying why. */
    public record RejectSwap(@NotNull Actor actor, @NotNull SwapId swap, @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** The engineer who asked withdraws a requested swap. */
    public record WithdrawSwap(@NotNull Actor actor, @NotNull SwapId swap, @PositiveOrZero Long expectedVersion) {
    }

    /**
     * Writes the handover of {@code group} at the change of shift {@code shiftChange}, from {@code
     * outgoing} to {@code incoming}: the group's tickets in progress and its changes scheduled in
     * the next shift are listed as they stand now, with {@code notes}.
     */
    public record WriteHandover(@NotNull Actor actor, @NotNull GroupId group, @NotNull StaffId outgoing,
            @NotNull StaffId incoming, @NotNull Instant shiftChange,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> notes) {
    }

    /** The actor signs their part ({@code party}) of a handover. */
    public record SignHandover(@NotNull Actor actor, @NotNull HandoverId handover,
            @PositiveOrZero Long expectedVersion, @NotNull HandoverParty party) {
    }
}
