package org.itilhis.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.Test;

class BackupJobTest {
    static final BackupJobCode HIS = BackupJobCode.of("HIS-DB-NIGHTLY");
    static final GroupId DBA = GroupId.of("database");
    static final StaffId LEAD = StaffId.of("E0300");
    static final Instant AT = Instant.parse("2027-02-10T02:00:00Z");
    static final CiId HIS_DB = new CiId(new UUID(1, 42));

    static BackupJobDefinition nightly(String cron) {
        return new BackupJobDefinition(" HIS 数据库每日全备 ", HIS_DB, new BackupSchedule(cron, CalendarDays.EVERY_DAY,
                "office-hours"), BackupKind.FULL, "NAS-02:/backup/his", Duration.ofHours(2), Duration.ofHours(24));
    }

    @Test
    void aDefinedJobIsAtVersionOneWatchedFromItsDefinitionWithItsEvent() {
        BackupJob job = BackupJob.define(HIS, DBA, nightly("0 2 * * *"), LEAD, AT);

        assertThat(job.version()).isEqualTo(1);
        assertThat(job.watchedFrom()).isEqualTo(AT);
        assertThat(job.definition().name()).isEqualTo("HIS 数据库每日全备");
        assertThat(job.pullEvents()).singleElement().isInstanceOfSatisfying(BackupEvent.JobDefined.class, e -> {
            assertThat(e.type()).isEqualTo("backup.job-defined");
            assertThat(e.aggregateId()).isEqualTo("backup-job/HIS-DB-NIGHTLY");
        });
    }

    @Test
    void aNewScheduleIsWatchedFromItsChangeAnotherTargetKeepsTheOldStart() {
        BackupJob job = BackupJob.restore(BackupJob.define(HIS, DBA, nightly("0 2 * * *"), LEAD, AT).snapshot());
        BackupJobDefinition elsewhere = new BackupJobDefinition("HIS", HIS_DB, nightly("0 2 * * *").schedule(),
                BackupKind.FULL, "TAPE-01", Duration.ofHours(2), Duration.ofHours(24));

        job.redefine(elsewhere, LEAD, AT.plusSeconds(3600));
        assertThat(job.watchedFrom()).isEqualTo(AT);
        job.redefine(nightly("30 1 * * *"), LEAD, AT.plusSeconds(7200));

        assertThat(job.watchedFrom()).isEqualTo(AT.plusSeconds(7200));
        assertThat(job.version()).isEqualTo(3);
        assertThat(job.pendingEvents()).hasSize(2).allMatch(e -> e.type().equals("backup.job-redefined"));
    }

    @Test
    void aRunInTheFutureOrEndingBeforeItStartsIsRefusedNamingTheField() {
        java.time.Instant beyondSkew = AT.plus(BackupRun.CLOCK_SKEW).plusSeconds(1);
        assertThatThrownBy(() -> BackupRun.checkTimes(beyondSkew, beyondSkew.plusSeconds(1), AT))
                .isInstanceOfSatisfying(BackupTimeInTheFutureException.class,
                        e -> assertThat(e.arguments().get(0)).isEqualTo("startedAt"));
        assertThatThrownBy(() -> BackupRun.checkTimes(AT.minusSeconds(1), beyondSkew, AT))
                .isInstanceOfSatisfying(BackupTimeInTheFutureException.class,
                        e -> assertThat(e.arguments().get(0)).isEqualTo("endedAt"));
        assertThatThrownBy(() -> BackupRun.checkTimes(AT.minusSeconds(1), AT.minusSeconds(2), AT))
                .isInstanceOf(BackupRunEndsBeforeStartException.class);
        assertThatThrownBy(() -> RestoreTest.checkTime(beyondSkew, AT))
                .isInstanceOf(BackupTimeInTheFutureException.class);
        BackupRun.checkTimes(AT, AT, AT);
        BackupRun.checkTimes(AT.plusSeconds(30), AT.plus(BackupRun.CLOCK_SKEW), AT); // the backup server's clock ahead
    }

    @Test
    void aJobCodeIsAWordOfAtMostFortyCharacters() {
        assertThat(BackupJobCode.of("PACS_ARCHIVE.weekly-1").value()).isEqualTo("PACS_ARCHIVE.weekly-1");
        assertThatThrownBy(() -> BackupJobCode.of("-HIS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupJobCode.of("HIS DB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackupJobCode.of("X".repeat(41))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissedBackupIsDetectedAfterItsDeadlineAndARunHasNoNegativeSize() {
        assertThatThrownBy(() -> new MissedBackup(HIS, AT, AT.plusSeconds(7200), AT.plusSeconds(7200)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackupRun(new BackupRunId(new UUID(0, 1)), HIS, Optional.empty(),
                BackupOutcome.SUCCEEDED, AT, AT, Optional.of(-1L), Optional.empty(), Optional.empty(),
                Optional.empty(), LEAD, AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
