package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.itilhis.core.cmdb.CiId;

/**
 * What a backup job is, as its group lead defines it.
 *
 * @param name   what people call it ({@code HIS 数据库每日全备})
 * @param ci     the configuration item backed up (a database, a file server, the PACS archive)
 * @param kind   full, incremental or log
 * @param target where the copies go ({@code NAS-02:/backup/his}, a tape library)
 * @param grace  how long after a due time its run may arrive before the run counts as missed
 * @param recoveryPointObjective the most data the hospital accepts to lose: the recovery point is
 *               met while the last good backup ended less than this long ago
 */
public record BackupJobDefinition(String name, CiId ci, BackupSchedule schedule, BackupKind kind, String target,
                                  Duration grace, Duration recoveryPointObjective) {
    public BackupJobDefinition {
        checkNotNull(name, "name");
        checkNotNull(ci, "ci");
        checkNotNull(schedule, "schedule");
        checkNotNull(kind, "kind");
        checkNotNull(target, "target");
        checkNotNull(grace, "grace");
        checkNotNull(recoveryPointObjective, "recoveryPointObjective");
        checkArgument(!name.isBlank(), "name is blank");
        checkArgument(!target.isBlank(), "target is blank");
        checkArgument(!grace.isNegative(), "grace %s is negative", grace);
        checkArgument(!recoveryPointObjective.isNegative() && !recoveryPointObjective.isZero(), "recovery point objective %s is not positive",
                recoveryPointObjective);
        name = name.strip();
        target = target.strip();
    }
}
