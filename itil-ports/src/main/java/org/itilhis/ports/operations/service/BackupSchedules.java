package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupSchedule;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/**
 * The due times of backup jobs: each job's cron expression read in its business calendar (the
 * version in force at the end of the span asked about), from the service level configuration,
 * never before the job is watched from.
 */
final class BackupSchedules {
    private final SlaConfigurationRepository calendars;
    private final Duration lookback;

    BackupSchedules(SlaConfigurationRepository calendars, Duration lookback) {
        this.calendars = checkNotNull(calendars, "calendars");
        this.lookback = checkNotNull(lookback, "lookback");
    }

    /**
     * Checks {@code schedule} can be read: a cron expression of five fields on a stored calendar.
     *
     * @throws org.itilhis.core.calendar.InvalidScheduleException (field {@code cron}) if not a cron expression
     * @throws InvalidCommandException (field {@code calendar}) if no such calendar is stored
     */
    void check(BackupSchedule schedule) {
        CronSchedule.parse("cron", schedule.cron(), schedule.days());
        if (calendars.calendar(schedule.calendar()).isEmpty()) {
            throw InvalidCommandException.of("calendar", "no business calendar " + schedule.calendar()
                    + " is stored; define it in the service level configuration first");
        }
    }

    /** The job's due times in {@code (after, until]}, not before it is watched from, in order. */
    ImmutableList<Instant> dueTimes(BackupJob job, Instant after, Instant until) {
        BackupSchedule schedule = job.definition().schedule();
        Instant from = Ordering.natural().max(after, job.watchedFrom().minusNanos(1));
        if (!until.isAfter(from)) {
            return ImmutableList.of();
        }
        Optional<BusinessCalendar> calendar = calendars.calendar(schedule.calendar())
                .map(versions -> versions.calendarInForceAt(until));
        if (calendar.isEmpty()) {
            return ImmutableList.of();
        }
        return CronSchedule.parse("cron", schedule.cron(), schedule.days()).dueTimes(from, until, calendar.get());
    }

    /**
     * The due time a run of {@code job} starting at {@code start} answers: the latest at or before
     * its start, within the lookback, that {@code answered} does not list as answered already.
     */
    Optional<Instant> answeredBy(BackupJob job, Instant start, Function<List<Instant>, Set<Instant>> answered) {
        ImmutableList<Instant> due = dueTimes(job, start.minus(lookback), start);
        Set<Instant> taken = answered.apply(due);
        return due.reverse().stream().filter(time -> !taken.contains(time)).findFirst();
    }

    Duration lookback() {
        return lookback;
    }
}
