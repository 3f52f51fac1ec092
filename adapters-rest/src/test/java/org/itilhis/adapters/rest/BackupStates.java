package org.itilhis.adapters.rest;

import static org.itilhis.adapters.rest.RunningApi.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.backup.BackupJobDefinition;
import org.itilhis.core.backup.BackupKind;
import org.itilhis.core.backup.BackupSchedule;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The backup records in the state a walk's cell needs, put into the in-memory stores directly (as
 * each group's lead would have defined them): one nightly job per group on the walk's printer, on
 * a calendar of the walk's own; and the bodies of the requests the cells send.
 */
final class BackupStates {
    static final String CALENDAR = "backup-walk";

    private final InMemoryServiceDesk desk;
    private final String ci;
    private final Map<GroupId, BackupJobCode> jobs = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    BackupStates(RunningApi api, String ci) {
        this.desk = api.desk;
        this.ci = ci;
        desk.levels.administration().addCalendarVersion(Actor.system(), CALENDAR, Instant.EPOCH,
                BusinessCalendar.twentyFourSeven(ZoneId.of("Asia/Shanghai")), "the backup walk's calendar");
    }

    /** The code of {@code group}'s job, defined by its lead before the walk. */
    String job(GroupId group) {
        return jobs.computeIfAbsent(group, g -> {
            BackupJob job = BackupJob.define(BackupJobCode.of("WALK-" + g.value()), g,
                    new BackupJobDefinition("每日全备 " + g.value(), CiId.parse(ci),
                            new BackupSchedule("0 2 * * *", CalendarDays.EVERY_DAY, CALENDAR), BackupKind.FULL,
                            "NAS-02:/backup/" + g.value(), Duration.ofHours(2), Duration.ofHours(24)),
                    desk.directory.group(g).map(AssignmentGroup::lead).orElseThrow(), desk.clock.instant());
            desk.transactions.inTransaction(() -> {
                desk.backupJobs.save(job);
                return null;
            });
            return job.code();
        }).value();
    }

    /** The ETag of {@code group}'s job as it stands now. */
    String etag(GroupId group) {
        return "\"" + desk.backupJobs.find(BackupJobCode.of(job(group))).orElseThrow().version() + "\"";
    }

    /** A new job of {@code group} (a code of its own) or the group's job redefined ({@code code} null). */
    ObjectNode defining(GroupId group, boolean fresh) {
        ObjectNode body = object().put("name", "日志备份").put("ci", ci).put("cron", "0 * * * *")
                .put("days", "EVERY_DAY").put("calendar", CALENDAR).put("kind", "LOG").put("target", "NAS-03")
                .put("grace", "PT10M").put("recoveryPointObjective", "PT2H");
        return fresh ? body.put("code", "WALK-NEW-" + sequence.incrementAndGet()).put("group", group.value()) : body;
    }

    /** A run of a job, as the backup software posts it, ended an hour ago. */
    ObjectNode run() {
        Instant ended = desk.clock.instant().minus(Duration.ofHours(1));
        return object().put("externalId", "walk-" + sequence.incrementAndGet()).put("outcome", "SUCCEEDED")
                .put("startedAt", ended.minus(Duration.ofMinutes(30)).toString()).put("endedAt", ended.toString())
                .put("sizeBytes", 1024);
    }

    /** A restore test done an hour ago. */
    ObjectNode restoreTest() {
        return object().put("testedAt", desk.clock.instant().minus(Duration.ofHours(1)).toString())
                .put("restored", "数据库恢复到测试服务器").put("result", "PASSED");
    }
}
