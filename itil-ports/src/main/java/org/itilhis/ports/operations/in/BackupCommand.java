package org.itilhis.ports.operations.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.RestoreResult;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** The commands of the backup records, each carrying the acting person. */
public final class BackupCommand {
    private BackupCommand() {
    }

    /**
     * What a backup job is: its name, the item backed up, the schedule ({@code cron} of five fields
     * read in business calendar {@code calendar}'s time, on its {@code days}), kind, target, grace
     * period and recovery point objective.
     */
    public record JobFields(@NotBlank @Size(max = 200) String name, @NotNull CiId ci,
                            @NotBlank @Size(max = 100) String cron, @NotNull CalendarDays days,
                            @NotBlank @Size(max = 100) String calendar, @NotNull BackupKind kind,
                            @NotBlank @Size(max = 500) String target, @NotNull Duration grace,
                            @NotNull Duration recoveryPointObjective) {
    }

    /** The group lead defines job {@code code} of {@code group}. */
    public record DefineJob(@NotNull Actor actor, @NotNull BackupJobCode code, @NotNull GroupId group,
                            @NotNull @Valid JobFields job) {
    }

    /** The group lead redefines job {@code code}, read at {@code expectedVersion} (null: not checked). */
    public record RedefineJob(@NotNull Actor actor, @NotNull BackupJobCode code, Long expectedVersion,
                              @NotNull @Valid JobFields job) {
    }

    /**
     * A run of job {@code job}, reported by an engineer or the backup software; {@code externalId}
     * is the backup software's own id of the run, which makes a repeated post of it harmless.
     */
    public record RecordRun(@NotNull Actor actor, @NotNull BackupJobCode job, @Size(max = 200) String externalId,
                            @NotNull BackupOutcome outcome, @NotNull Instant startedAt, @NotNull Instant endedAt,
                            @PositiveOrZero Long sizeBytes, @Size(max = 500) String location,
                            @Size(max = 4000) String message) {
    }

    /**
     * A restore test of job {@code job}: when, what was restored, from which run (null: not said),
     * by whom ({@code tester}, null: the actor), the result and notes.
     */
    public record RecordRestoreTest(@NotNull Actor actor, @NotNull BackupJobCode job, BackupRunId run,
                                    @NotNull Instant testedAt, @NotBlank @Size(max = 1000) String restored,
                                    StaffId tester, @NotNull RestoreResult result,
                                    @Size(max = 8000) String notes) {
    }
}
