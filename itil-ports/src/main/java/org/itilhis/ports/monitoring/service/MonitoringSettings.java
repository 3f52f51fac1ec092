package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.itilhis.ports.configuration.service.FaultIncidentSettings;

/**
 * How the correlator turns alerts into incidents.
 *
 * @param window      how long after an incident was raised alerts on other items whose failure
 *                    reaches one of its business services are grouped under it
 * @param autoResolve whether an incident nobody has touched is closed by the library once every
 *                    alert linked to it has recovered
 * @param batchSize   how many alerts one run of the correlator takes from the log (one transaction)
 * @param faults      how the incidents are logged (the minutes noted with each entry the
 *                    correlator adds to an incident; the CMDB's fault incidents raise them)
 */
public record MonitoringSettings(Duration window, boolean autoResolve, int batchSize, FaultIncidentSettings faults) {
    public MonitoringSettings {
        checkNotNull(window, "window");
        checkArgument(!window.isNegative(), "window %s is negative", window);
        checkArgument(batchSize >= 1 && batchSize <= 10_000, "batch size %s not within 1..10000", batchSize);
        checkNotNull(faults, "faults");
    }

    /** Five minutes to group, incidents closed when their alerts recover untouched, 500 alerts a run. */
    public static MonitoringSettings hospitalDefault() {
        return new MonitoringSettings(Duration.ofMinutes(5), true, 500, FaultIncidentSettings.hospitalDefault());
    }

    public MonitoringSettings withWindow(Duration newWindow) {
        return new MonitoringSettings(newWindow, autoResolve, batchSize, faults);
    }

    public MonitoringSettings withAutoResolve(boolean on) {
        return new MonitoringSettings(window, on, batchSize, faults);
    }

    public MonitoringSettings withBatchSize(int size) {
        return new MonitoringSettings(window, autoResolve, size, faults);
    }
}
