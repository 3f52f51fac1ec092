package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.calendar.CalendarDays;

/**
 * When a backup job falls due: a cron expression of five fields ({@code 0 2 * * *}: 02:00) read in
 * the local time of business calendar {@code calendar} (of the service level configuration), on
 * its {@code days} only. The application services parse it ({@code CronSchedule}); core keeps it
 * as written.
 */
public record BackupSchedule(String cron, CalendarDays days, String calendar) {
    public BackupSchedule {
        checkNotNull(cron, "cron");
        checkNotNull(days, "days");
        checkNotNull(calendar, "calendar");
        checkArgument(!cron.isBlank(), "cron is blank");
        checkArgument(!calendar.isBlank(), "calendar is blank");
        cron = cron.strip();
        calendar = calendar.strip();
    }
}
