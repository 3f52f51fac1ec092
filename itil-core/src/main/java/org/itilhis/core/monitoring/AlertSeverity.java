package org.itilhis.core.monitoring;

import org.itilhis.core.cmdb.OperationalState;

/**
 * How bad a firing alert says its item is: {@link #CRITICAL} takes the item down,
 * {@link #WARNING} degrades it, {@link #INFO} is recorded and changes no state. Each source's
 * own levels map here (Alertmanager's {@code severity} label, Zabbix's trigger severity).
 */
public enum AlertSeverity {
    CRITICAL(OperationalState.DOWN),
    WARNING(OperationalState.DEGRADED),
    INFO(OperationalState.OPERATIONAL);

    private final OperationalState state;

    AlertSeverity(OperationalState state) {
        this.state = state;
    }

    /** The state a firing alert of this severity puts its item in. */
    public OperationalState state() {
        return state;
    }
}
