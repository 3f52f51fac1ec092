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
public record CorrelationSettings(Duration window, boolean autoResolve, int batchSize, FaultIncidentSettings faults) {
    public CorrelationSettings {
        checkNotNull(window, "window");
        checkArgument(!window.isNegative(), "window %s is negative", window);
        checkArgument(batchSize >= 1 && batchSize <= 10_000, "batch size %s not within 1..10000", batchSize);
        checkNotNull(faults, "faults");
    }

    /** Five minutes to group, incidents closed when their alerts recover untouched, 500 alerts a run. */
    public static CorrelationSettings hospitalDefault() {
        return new CorrelationSettings(Duration.ofMinutes(5), true, 500, FaultIncidentSettings.hospitalDefault());
    }

    public CorrelationSettings withWindow(Duration newWindow) {
        return new CorrelationSettings(newWindow, autoResolve, batchSize, faults);
    }

    public CorrelationSettings withAutoResolve(boolean on) {
        return new CorrelationSettings(window, on, batchSize, faults);
    }

    public CorrelationSettings withBatchSize(int size) {
        return new CorrelationSettings(window, autoResolve, size, faults);
    }
}
