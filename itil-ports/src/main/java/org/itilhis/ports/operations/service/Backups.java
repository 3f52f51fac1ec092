package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.operations.in.BackupQueries;
import org.itilhis.ports.operations.in.BackupUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The backup records wired by hand beside the desk, the service level configuration (calendars)
 * and the CMDB (its items, and its fault incidents for failed and missed runs): the commands, the
 * queries, and the missed-run check to run periodically on a cluster-safe timer.
 */
public final class Backups {
    private final BackupService jobs;
    private final BackupQueryService queries;
    private final MissedBackups missedBackups;

    private Backups(BackupPorts ports, BackupSettings settings, BackupAccess access, Validator validator,
                    FaultIncidents faults) {
        BackupSchedules schedules = new BackupSchedules(ports.calendars(), settings.lookback());
        this.jobs = new BackupService(ports, access, schedules, faults, validator);
        this.queries = new BackupQueryService(ports, access);
        this.missedBackups = new MissedBackups(ports, schedules, faults);
    }

    /**
     * The backup records on {@code ports}, under the desk's access policy ({@code desk.access()}),
     * raising the incidents of failed and missed runs through {@code faults} (the CMDB's).
     */
    public static Backups create(BackupPorts ports, BackupSettings settings, ServiceDeskSettings desk,
                                 Validator validator, FaultIncidents faults) {
        checkNotNull(ports, "ports");
        return new Backups(ports, checkNotNull(settings, "settings"),
                new BackupAccess(checkNotNull(desk, "desk").access(), ports.desk().directory(), ports.jobs()),
                checkNotNull(validator, "validator"), checkNotNull(faults, "faults"));
    }

    public BackupUseCase jobs() {
        return jobs;
    }

    public BackupQueries queries() {
        return queries;
    }

    /** Records missed runs and raises their incidents; run it periodically. */
    public MissedBackups missedBackups() {
        return missedBackups;
    }
}
