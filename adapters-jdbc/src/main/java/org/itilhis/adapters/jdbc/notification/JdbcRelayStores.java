package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** The notification relay's stores: its positions and its pending deliveries (V33). */
public final class JdbcRelayStores {
    private final JdbcRelayPositions positions;
    private final JdbcPendingDeliveries deliveries;

    public JdbcRelayStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.positions = new JdbcRelayPositions(parts);
        this.deliveries = new JdbcPendingDeliveries(parts);
    }

    public JdbcRelayPositions positions() {
        return positions;
    }

    public JdbcPendingDeliveries deliveries() {
        return deliveries;
    }
}
