package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.backup.BackupEvent;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobDefinition;
import org.itilhis.core.backup.MissedBackup;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.in.ReportFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the due times of backup jobs that no run answered by the deadline (the due time plus the
 * job's grace period), within the lookback, and raises an incident on the job's item for each,
 * exactly once across nodes: each missed run is recorded under its unique key (job, due time) in
 * the same transaction as its incident report, the record first, so that of two nodes finding the
 * same miss at once the second waits for the first's commit, is refused the key and rolls back,
 * reporting nothing. Repeated misses of a job add to its open incident (the fault is the job's
 * code). Meant to be called periodically by a cluster-safe scheduler.
 */
public final class MissedBackups {
    private static final Logger LOG = LoggerFactory.getLogger(MissedBackups.class);

    private final BackupPorts ports;
    private final BackupSchedules schedules;
    private final FaultIncidents faults;

    MissedBackups(BackupPorts ports, BackupSchedules schedules, FaultIncidents faults) {
        this.ports = checkNotNull(ports, "ports");
        this.schedules = checkNotNull(schedules, "schedules");
        this.faults = checkNotNull(faults, "faults");
    }

    /** Records what is missed now; answers how many missed runs this call recorded (and raised or added). */
    public int run() {
        Instant now = ports.desk().clock().instant();
        List<BackupJob> jobs = ports.desk().transactions().inTransaction(() -> ports.jobs().all());
        int recorded = 0;
        for (BackupJob job : jobs) {
            for (Instant due : overdue(job, now)) {
                if (record(job, due, now)) {
                    recorded++;
                }
            }
        }
        return recorded;
    }

    /** The job's due times whose deadline passed before {@code now}, neither answered nor recorded as missed. */
    private List<Instant> overdue(BackupJob job, Instant now) {
        Instant latestDue = now.minus(job.definition().grace()).minusNanos(1);
        List<Instant> due = schedules.dueTimes(job, now.minus(schedules.lookback()), latestDue);
        if (due.isEmpty()) {
            return List.of();
        }
        return ports.desk().transactions().inTransaction(() -> {
            Set<Instant> answered = ports.runs().answered(job.code(), due);
            Set<Instant> missed = ports.missed().recorded(job.code(), due);
            List<Instant> open = new ArrayList<>();
            due.stream().filter(time -> !answered.contains(time) && !missed.contains(time)).forEach(open::add);
            return open;
        });
    }

    private boolean record(BackupJob candidate, Instant due, Instant now) {
        try {
            return ports.desk().transactions().inTransaction(() -> {
                Optional<BackupJob> job = ports.jobs().find(candidate.code());
                if (job.isEmpty() || !job.get().definition().equals(candidate.definition())
                        || !ports.runs().answered(candidate.code(), List.of(due)).isEmpty()) {
                    return false;
                }
                BackupJobDefinition d = job.get().definition();
                MissedBackup missed = new MissedBackup(candidate.code(), due, due.plus(d.grace()), now);
                ports.missed().record(missed);
                FaultIncident incident = faults.report(report(job.get(), missed));
                ports.desk().events().append(List.of(new BackupEvent.RunMissed(candidate.code(), missed,
                        incident.number(), Actor.SYSTEM_ID, now)));
                return true;
            });
        } catch (VersionConflictException e) {
            LOG.info("the missed run of backup job {} due {} was recorded by another node", candidate.code(), due);
            return false;
        } catch (DomainException e) {
            // the item left the CMDB, say: nothing is recorded, and the next run tries again
            LOG.warn("could not raise the incident of backup job {}'s missed run due {}", candidate.code(), due, e);
            return false;
        }
    }

    private ReportFault report(BackupJob job, MissedBackup missed) {
        BackupJobDefinition d = job.definition();
        ZoneId zone = ports.calendars().calendar(d.schedule().calendar())
                .map(versions -> versions.calendarInForceAt(missed.dueAt()).zone()).orElse(ZoneId.of("UTC"));
        String due = missed.dueAt().atZone(zone).toLocalDateTime() + " (" + zone + ")";
        return new ReportFault(Actor.system(), d.ci(), BackupService.FAULT_SOURCE, job.code().value(),
                "备份未按时执行 Backup missed: " + BackupService.truncated(d.name(), 150),
                "Backup job " + job.code() + " (" + d.name() + ", " + d.kind() + " to " + d.target()
                        + ", schedule " + d.schedule().cron() + " on " + d.schedule().days() + ") had no run for "
                        + due + " by " + missed.deadline() + " (grace " + d.grace() + ").",
                "backup-job " + job.code() + " due " + missed.dueAt(), null);
    }
}
