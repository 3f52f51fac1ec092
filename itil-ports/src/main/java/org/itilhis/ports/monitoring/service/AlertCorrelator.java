package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.monitoring.out.StoredAlert;

/**
 * Follows the alert log after its durable position, a batch at a time, and for each batch in
 * one transaction: keeps the items' observed states (and their history), raises incidents for
 * firing alerts through the CMDB's fault incidents, adds further alerts to the open incident of
 * their item and problem, groups alerts on items whose failure reaches the same business service
 * within the window under one incident (the candidate cause first), records recoveries and, when
 * configured, closes an untouched incident whose alerts have all recovered; then moves its
 * position from where it read it to the batch's last alert by compare-and-set.
 *
 * <p>Meant for a cluster timer: of two nodes running a batch at once, the second's position move
 * fails and its whole batch rolls back, so each alert is correlated once; a crash rolls back the
 * batch it was in, which the next run takes again.
 */
public final class AlertCorrelator {
    private final CorrelationPorts ports;
    private final CorrelationSettings settings;
    private final Cmdb cmdb;

    AlertCorrelator(CorrelationPorts ports, CorrelationSettings settings, Cmdb cmdb) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.cmdb = checkNotNull(cmdb, "cmdb");
    }

    /**
     * Correlates the next batch of alerts (at most the settings' batch size) in one transaction.
     *
     * @throws VersionConflictException (kind {@code alert-correlator}) if another node correlated
     *         the same alerts meanwhile; nothing of this run stays then
     */
    public CorrelationRun runOnce() {
        return ports.cmdb().desk().transactions().inTransaction(() -> {
            long from = ports.position().position();
            List<StoredAlert> alerts = ports.alerts().after(from, settings.batchSize());
            if (alerts.isEmpty()) {
                return CorrelationRun.idle(from);
            }
            CorrelationRun run = new CorrelationBatch(ports, settings, cmdb, alerts).correlate(from);
            if (!ports.position().advance(from, run.to())) {
                throw new VersionConflictException("alert-correlator", "position", from, ports.position().position());
            }
            return run;
        });
    }

    /**
     * Runs batches until the log holds nothing new (or {@code maxBatches} ran), for a timer that
     * catches up after a storm; returns how many alerts it correlated.
     */
    public int runUntilCaughtUp(int maxBatches) {
        int alerts = 0;
        for (int i = 0; i < maxBatches; i++) {
            CorrelationRun run = runOnce();
            alerts += run.alerts();
            if (run.alerts() < settings.batchSize()) {
                break;
            }
        }
        return alerts;
    }
}
