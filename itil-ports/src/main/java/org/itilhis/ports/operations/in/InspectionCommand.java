package org.itilhis.ports.operations.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The inspection rounds' commands, each carrying its actor and checked with Jakarta Validation
 * before anything is read. {@code expectedVersion}, when given, is the version the actor saw;
 * the command is refused with a version conflict if the record changed since.
 */
public final class InspectionCommand {
    /** A template's or an item's code: upper-case letters, digits and hyphens for templates, lower-case for items. */
    public static final String TEMPLATE_CODE = "[A-Z0-9][A-Z0-9-]{0,39}";
    public static final String ITEM_CODE = "[a-z0-9][a-z0-9-]{0,39}";

    private InspectionCommand() {
    }

    /**
     * One item of a {@link WriteTemplate}. A {@link ItemKind#READING} has a {@code unit} and a
     * normal range ({@code low}, {@code high}, both included, either may be left open); a {@link
     * ItemKind#CHOICE} its {@code options}, of which {@code failingOptions} count as failed;
     * {@code ci}, when given, is the configuration item this item inspects (else the template's).
     */
    public record ItemDefinition(@NotNull @Pattern(regexp = ITEM_CODE) String code,
            @NotBlank @Size(max = 200) String name, @NotNull ItemKind kind, CiId ci, @Size(max = 20) String unit,
            BigDecimal low, BigDecimal high, @Size(max = 20) List<@NotNull @Size(max = 100) String> options,
            @Size(max = 20) Set<@NotNull @Size(max = 100) String> failingOptions) {
    }

    /**
     * Writes a checklist template of {@code group}: its first version when {@code code} is new,
     * else the next version ({@code expectedVersion} the newest version the actor saw; 0 says the
     * template must be new). {@code ci} is the configuration item the checklist inspects.
     */
    public record WriteTemplate(@NotNull Actor actor, @NotNull @Pattern(regexp = TEMPLATE_CODE) String code,
            @NotNull GroupId group, @PositiveOrZero Long expectedVersion, @NotBlank @Size(max = 200) String name,
            @NotNull CiId ci, @NotEmpty @Size(max = 100) List<@NotNull @Valid ItemDefinition> items) {
    }

    /**
     * Schedules {@code group}'s rounds of {@code template}: due by the cron expression {@code
     * cron} (five fields, {@code 0 8,20 * * *}) on {@code days} of business calendar {@code
     * calendar}, in its zone; a round may be recorded up to {@code grace} after its due time.
     */
    public record DefineSchedule(@NotNull Actor actor, @NotNull GroupId group,
            @NotNull @Pattern(regexp = TEMPLATE_CODE) String template, @NotBlank @Size(max = 100) String cron,
            @NotNull CalendarDays days, @NotBlank @Size(max = 100) String calendar, @NotNull Duration grace) {
    }

    /** Changes a schedule; rounds made already stay as they are. */
    public record ChangeSchedule(@NotNull Actor actor, @NotNull ScheduleId schedule,
            @PositiveOrZero Long expectedVersion, @NotNull @Pattern(regexp = TEMPLATE_CODE) String template,
            @NotBlank @Size(max = 100) String cron, @NotNull CalendarDays days,
            @NotBlank @Size(max = 100) String calendar, @NotNull Duration grace) {
    }

    /** Retires a schedule: it makes no more rounds. */
    public record RetireSchedule(@NotNull Actor actor, @NotNull ScheduleId schedule,
            @PositiveOrZero Long expectedVersion) {
    }

    /**
     * The result of one item of a {@link RecordRound}: {@code passed} for a pass / fail item,
     * {@code reading} (a number, as typed) and optionally its {@code unit} for a reading, {@code
     * choice} for a choice; {@code note} for anything to add.
     */
    public record Answer(@NotNull @Pattern(regexp = ITEM_CODE) String item, Boolean passed,
            @Size(max = 40) String reading, @Size(max = 20) String unit, @Size(max = 100) String choice,
            @Size(max = 2000) String note) {
    }

    /**
     * Records a round: performed by {@code performedBy} (a member of the round's group) at {@code
     * performedAt}, with one result per item of template version {@code templateVersion} (the
     * round's). A failed item raises an incident on its configuration item, or adds to the one its
     * last failure raised.
     */
    public record RecordRound(@NotNull Actor actor, @NotNull RoundId round, @PositiveOrZero Long expectedVersion,
            @NotNull @Positive Long templateVersion, @NotNull StaffId performedBy, @NotNull Instant performedAt,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Answer> results) {
    }
}
