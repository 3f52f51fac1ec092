package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.operations.out.BackupJobRepository;
import org.itilhis.ports.operations.out.BackupMissedRuns;
import org.itilhis.ports.operations.out.BackupRunRepository;
import org.itilhis.ports.operations.out.RestoreTestRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/**
 * The outbound ports of the backup records: the desk's (staff directory, event log,
 * transactions, clock), the service level configuration's business calendars (the schedules'
 * days and local time), the CMDB's items (a job backs up an item that exists), and its own stores.
 */
public record BackupPorts(ServiceDeskPorts desk, SlaConfigurationRepository calendars,
                          ConfigurationItemRepository items, BackupJobRepository jobs, BackupRunRepository runs,
                          BackupMissedRuns missed, RestoreTestRepository restoreTests) {
    public BackupPorts {
        checkNotNull(desk, "desk");
        checkNotNull(calendars, "calendars");
        checkNotNull(items, "items");
        checkNotNull(jobs, "jobs");
        checkNotNull(runs, "runs");
        checkNotNull(missed, "missed");
        checkNotNull(restoreTests, "restoreTests");
    }
}
