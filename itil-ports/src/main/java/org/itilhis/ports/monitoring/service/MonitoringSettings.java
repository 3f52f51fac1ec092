package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How the intake judges deliveries: how far in the future an alert's times may lie (sources'
 * clocks drift a little; beyond that a clock is wrong and the alert is rejected and listed), and
 * the most alerts one delivery may hold (Alertmanager sends at most its {@code max_alerts}; a
 * larger body is refused as malformed rather than held in one transaction).
 */
public record MonitoringSettings(Duration futureTolerance, int maxAlertsPerDelivery) {
    public MonitoringSettings {
        checkNotNull(futureTolerance, "futureTolerance");
        checkArgument(!futureTolerance.isNegative(), "futureTolerance %s", futureTolerance);
        checkArgument(maxAlertsPerDelivery > 0, "maxAlertsPerDelivery %s", maxAlertsPerDelivery);
    }

    /** Five minutes ahead at most; 10,000 alerts a delivery. */
    public static MonitoringSettings hospitalDefault() {
        return new MonitoringSettings(Duration.ofMinutes(5), 10_000);
    }
}
