package org.itilhis.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupJobDefinition;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupOutcome;
import org.itilhis.core.backup.BackupRun;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupSchedule;
import org.itilhis.core.backup.RestoreResult;
import org.itilhis.core.backup.RestoreTest;
import org.itilhis.core.backup.RestoreTestId;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/** Backup jobs, runs and restore tests for the backup stores' contracts. */
public final class BackupSamples {
    public static final GroupId DATABASE = GroupId.of("database");
    public static final StaffId LEAD = StaffId.of("E3000");
    public static final StaffId ENGINEER = StaffId.of("E3001");
    public static final CiId HIS_DB = new CiId(new UUID(0xC1L, 1));
    /** A night's 02:00 in Shanghai, with microseconds, as the columns keep them. */
    public static final Instant NIGHT = Instant.parse("2027-02-09T18:00:00.123456Z");

    private BackupSamples() {
    }

    public static BackupJobDefinition nightly(String target) {
        return new BackupJobDefinition("HIS 数据库每日全备", HIS_DB, new BackupSchedule("0 2 * * *",
                CalendarDays.EVERY_DAY, "office-hours"), BackupKind.FULL, target, Duration.ofHours(2),
                Duration.ofHours(24));
    }

    public static BackupJob job(String code) {
        return BackupJob.define(BackupJobCode.of(code), DATABASE, nightly("NAS-02:/backup/" + code), LEAD, NIGHT);
    }

    /** A run of {@code job} starting {@code hours} after {@link #NIGHT}, lasting 40 minutes. */
    public static BackupRun run(BackupRunId id, String job, int hours, BackupOutcome outcome, String externalId,
                                Instant answers) {
        Instant start = NIGHT.plus(Duration.ofHours(hours));
        Instant end = start.plus(Duration.ofMinutes(40));
        return new BackupRun(id, BackupJobCode.of(job), Optional.ofNullable(externalId), outcome, start, end,
                Optional.of(52_428_800_000L + hours), Optional.of("NAS-02:/backup/" + job + "/" + hours),
                outcome == BackupOutcome.FAILED ? Optional.of("ORA-19502: write error on file") : Optional.empty(),
                Optional.ofNullable(answers), Actor.SYSTEM_ID, end.plusSeconds(1));
    }

    public static RestoreTest restoreTest(RestoreTestId id, String job, int days, BackupRunId run) {
        return new RestoreTest(id, BackupJobCode.of(job), Optional.ofNullable(run), NIGHT.plus(Duration.ofDays(days)),
                "HIS 数据库恢复到测试服务器 test server", ENGINEER, days % 2 == 0 ? RestoreResult.PASSED
                : RestoreResult.PARTIAL, Optional.of("校验 1000 条医嘱 checked 1000 orders"), ENGINEER,
                NIGHT.plus(Duration.ofDays(days)).plusSeconds(3600));
    }
}
