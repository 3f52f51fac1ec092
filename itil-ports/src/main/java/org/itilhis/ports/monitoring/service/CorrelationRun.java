package org.itilhis.ports.monitoring.service;

/**
 * What one run of the correlator did.
 *
 * @param from         the position it started after
 * @param to           the position it reached (equal to {@code from} when there was nothing to do)
 * @param alerts       the alerts it took from the log
 * @param raised       incidents raised
 * @param stateChanges items whose observed state changed
 * @param closed       incidents closed because all their alerts recovered
 */
public record CorrelationRun(long from, long to, int alerts, int raised, int stateChanges, int closed) {
    static CorrelationRun idle(long at) {
        return new CorrelationRun(at, at, 0, 0, 0, 0);
    }

    /** Whether the log held nothing new. */
    public boolean idle() {
        return alerts == 0;
    }
}
